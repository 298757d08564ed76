package jp.dsnet.themes.income;

import static org.assertj.core.api.Assertions.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.dsnet.themes.income.ContributionShares.Share;
import jp.dsnet.themes.income.IncomeSplit.Part;
import jp.dsnet.themes.validation.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LS-5, LS-7, IR-4: a payment split in whole yen by contribution shares, adding up exactly. */
class IncomeSplitTest {

  private static List<Share> shares(Object... institutionAndPercent) {
    List<Share> shares = new ArrayList<>();
    for (int i = 0; i < institutionAndPercent.length; i += 2) {
      shares.add(new Share((String) institutionAndPercent[i], new BigDecimal(institutionAndPercent[i + 1].toString())));
    }
    return shares;
  }

  private static List<Long> amounts(long payment, List<Share> shares) {
    return IncomeSplit.split(payment, shares).stream().map(Part::amount).toList();
  }

  @Test
  @DisplayName("LS-7: 100,000,001 yen over 33/33/34: the leftover yen goes to the largest fraction (the 34% share)")
  void unevenPayment_leftoverToLargestRemainder() {
    List<Part> parts = IncomeSplit.split(100_000_001L, shares("Osaka University", 33, "RIKEN", 33, "AIST", 34));

    assertThat(parts).extracting(Part::institution, Part::amount).containsExactly(
        tuple("Osaka University", 33_000_000L), tuple("RIKEN", 33_000_000L), tuple("AIST", 34_000_001L));
    assertThat(parts.stream().mapToLong(Part::amount).sum()).isEqualTo(100_000_001L);
  }

  @Test
  @DisplayName("LS-7: the leftover yen goes to the largest fraction; between equal halves, to the first listed")
  void equalRemainders_tieBrokenByListOrder() {
    assertThat(amounts(100, shares("A", "33.333333", "B", "33.333333", "C", "33.333334"))).containsExactly(33L, 33L, 34L);
    assertThat(amounts(100_000_001L, shares("A", 50, "B", 50))).containsExactly(50_000_001L, 50_000_000L);
    assertThat(amounts(1, shares("A", 50, "B", 50))).containsExactly(1L, 0L);
  }

  @Test
  @DisplayName("LS-7: equal fractions go first to the larger share, then by list order")
  void equalRemainders_tieBrokenByLargerShare() {
    // 5 yen x 10% = 0.5, 5 yen x 30% = 1.5, 5 yen x 60% = 3.0: one yen left, 10% and 30% tie at .5; the larger share wins
    assertThat(amounts(5, shares("Small", 10, "Large", 30, "Rest", 60))).containsExactly(0L, 2L, 3L);
    // 2 yen over 33/33/34: fractions .66, .66, .68: the 34% share first, then the first listed 33% share
    assertThat(amounts(2, shares("A", 33, "B", 33, "C", 34))).containsExactly(1L, 0L, 1L);
  }

  @Test
  @DisplayName("LS-7: whatever the shares, the parts add up to the payment and differ from the exact part by less than a yen")
  void anySplit_addsUpExactly() {
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      int institutions = 1 + random.nextInt(7);
      List<Share> shares = new ArrayList<>();
      int left = 100;
      for (int i = 0; i < institutions - 1 && left > 1; i++) {
        int percent = 1 + random.nextInt(left - 1);
        shares.add(new Share("I" + i, BigDecimal.valueOf(percent)));
        left -= percent;
      }
      shares.add(new Share("Last", BigDecimal.valueOf(left)));
      long payment = 1 + (long) (random.nextDouble() * 10_000_000_000L);

      List<Part> parts = IncomeSplit.split(payment, shares);
      assertThat(parts.stream().mapToLong(Part::amount).sum()).as("round %d", round).isEqualTo(payment);
      for (Part part : parts) {
        BigDecimal exact = BigDecimal.valueOf(payment).multiply(part.sharePercent()).divide(BigDecimal.valueOf(100));
        assertThat(BigDecimal.valueOf(part.amount()).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
      }
    }
  }

  @Test
  void paymentMustBePositive() {
    assertThatThrownBy(() -> IncomeSplit.split(0, shares("A", 100))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("LS-5: contribution shares come as Json or a String of JSON, each > 0, named once, summing to 100")
  void contributionShares_areParsedAndChecked() {
    assertThat(ContributionShares.parse("[{\"institution\":\"Osaka University\",\"sharePercent\":60},"
        + "{\"institution\":\"RIKEN\",\"sharePercent\":40}]"))
        .extracting(Share::institution, s -> s.sharePercent().intValueExact())
        .containsExactly(tuple("Osaka University", 60), tuple("RIKEN", 40));
    assertThat(ContributionShares.parse(List.of(java.util.Map.of("institution", "A", "sharePercent", 100)))).hasSize(1);

    assertRefused("[{\"institution\":\"A\",\"sharePercent\":60},{\"institution\":\"B\",\"sharePercent\":30}]", "sum to 100, they sum to 90");
    assertRefused("[{\"institution\":\"A\",\"sharePercent\":0},{\"institution\":\"B\",\"sharePercent\":100}]", "greater than 0");
    assertRefused("[{\"institution\":\"A\",\"sharePercent\":50},{\"institution\":\"A\",\"sharePercent\":50}]", "twice");
    assertRefused("[{\"sharePercent\":100}]", "institution");
    assertRefused("[]", "non-empty list");
    assertRefused("{\"institution\":\"A\"}", "non-empty list");
    assertRefused("not json", "must be JSON");
    assertRefused(null, "is required");
  }

  private static void assertRefused(Object raw, String problem) {
    assertThatThrownBy(() -> ContributionShares.parse(raw)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("contributionShares: ").hasMessageContaining(problem);
  }
}
