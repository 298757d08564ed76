package jp.dsnet.themes.solicitation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** LS-2, competitive bidding (競争入札): the highest amount wins; on a tie, the earlier bid. */
public final class BidRanking {

  static final Comparator<SealedBids.Bid> BEST_FIRST = Comparator.comparingLong(SealedBids.Bid::bidAmount).reversed()
      .thenComparing(SealedBids.Bid::submittedAt)
      .thenComparingLong(SealedBids.Bid::sequence);

  private BidRanking() {
  }

  public static Optional<SealedBids.Bid> winner(List<SealedBids.Bid> bids) {
    return bids.stream().min(BEST_FIRST);
  }
}
