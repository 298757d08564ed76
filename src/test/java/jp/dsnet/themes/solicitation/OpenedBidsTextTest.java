package jp.dsnet.themes.solicitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ConfirmAward's {@code openedBids} text stays a String Camunda can store, however many bids came in. */
class OpenedBidsTextTest {

  private static List<SealedBids.Bid> bids(int count, int termsLength) {
    return IntStream.range(0, count).mapToObj(i -> new SealedBids.Bid(i + 1, "Rush Pharma " + i, 100_000_000L + i,
        "t".repeat(termsLength), Instant.parse("2027-09-12T02:11:40Z"))).toList();
  }

  @Test
  @DisplayName("A few bids: every bid with its terms")
  void fewBids_allWithTerms() {
    String text = ShowOpenedBidsListener.describe(bids(2, 10), "DSN-2027-001");
    assertThat(text).contains("- Rush Pharma 0: ¥100,000,000 (tttttttttt)", "- Rush Pharma 1: ¥100,000,001");
  }

  @Test
  @DisplayName("A rush of 100 bids: the highest first, within 4000 characters, and where to read them all")
  void rushOfBids_highestFirst_withinTheLimit() {
    String text = ShowOpenedBidsListener.describe(bids(100, 50), "DSN-2027-001");
    assertThat(text.length()).isLessThanOrEqualTo(ShowOpenedBidsListener.LONGEST_TEXT);
    assertThat(text).startsWith("- Rush Pharma 99: ¥100,000,099\n- Rush Pharma 98: ¥100,000,098\n")
        .contains(" highest of 100 bids").endsWith("GET /engine-rest/theme/DSN-2027-001/bids");
  }
}
