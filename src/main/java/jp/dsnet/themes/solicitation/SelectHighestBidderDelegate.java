package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.SELECTED_LICENSEE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SelectHighestBidder: LS-2, competitive bidding: the highest bid wins, the earlier one on a
 * tie. Only the winner's name becomes a variable; the amount stays with the opened bids.
 */
@Component
public class SelectHighestBidderDelegate implements JavaDelegate {

  private final SealedBids bids;

  public SelectHighestBidderDelegate(SealedBids bids) {
    this.bids = bids;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SealedBids.Bid winner = BidRanking.winner(bids.openedBids(execution.getProcessInstanceId()))
        .orElseThrow(() -> new IllegalStateException("No bid to rank; the model routes 'no bid' elsewhere"));
    execution.setVariable(SELECTED_LICENSEE, winner.bidderCompany());
  }
}
