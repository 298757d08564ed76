package jp.dsnet.themes.income;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.dsnet.themes.income.ContributionShares.Share;

/**
 * LS-5, LS-7, IR-4: splits a licence payment in whole yen among the institutions by their
 * contribution shares, so that the parts add up exactly to the payment.
 *
 * <p>Largest remainder method: every institution first gets the whole yen of its exact part
 * (payment x share / 100, rounded down); the yen left over (fewer than the number of institutions)
 * go one each to the institutions with the largest fractions of a yen. Ties are broken by the
 * larger share, then by the order of {@code contributionShares} (earlier first), so the same
 * input always gives the same split. Example: 100,000,001 yen over 33/33/34 gives
 * 33,000,000 / 33,000,000 / 34,000,001.
 */
public final class IncomeSplit {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** One institution's part of a payment. */
  public record Part(String institution, BigDecimal sharePercent, long amount) {
  }

  private IncomeSplit() {
  }

  /**
   * @param amount the payment in yen, greater than 0
   * @param shares the institutions' shares, summing to 100 (see {@link ContributionShares#parse})
   * @return one part per share, in the order of the shares, adding up to {@code amount}
   */
  public static List<Part> split(long amount, List<Share> shares) {
    if (amount <= 0) {
      throw new IllegalArgumentException("A payment to split must be greater than 0 yen, was " + amount);
    }
    if (shares.isEmpty()) {
      throw new IllegalArgumentException("A payment needs at least one share to be split");
    }
    record Candidate(int index, long floor, BigDecimal remainder, BigDecimal share) {
    }
    List<Candidate> candidates = new ArrayList<>();
    long distributed = 0;
    for (int i = 0; i < shares.size(); i++) {
      BigDecimal exact = BigDecimal.valueOf(amount).multiply(shares.get(i).sharePercent()).divide(HUNDRED);
      BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
      candidates.add(new Candidate(i, floor.longValueExact(), exact.subtract(floor), shares.get(i).sharePercent()));
      distributed += floor.longValueExact();
    }
    long leftover = amount - distributed;
    if (leftover < 0 || leftover >= shares.size()) {
      throw new IllegalArgumentException("The shares " + shares + " do not sum to 100");
    }
    long[] amounts = candidates.stream().mapToLong(Candidate::floor).toArray();
    candidates.stream()
        .sorted(Comparator.comparing(Candidate::remainder).reversed()
            .thenComparing(Comparator.comparing(Candidate::share).reversed())
            .thenComparingInt(Candidate::index))
        .limit(leftover)
        .forEach(c -> amounts[c.index()]++);
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < shares.size(); i++) {
      parts.add(new Part(shares.get(i).institution(), shares.get(i).sharePercent(), amounts[i]));
    }
    return List.copyOf(parts);
  }
}
