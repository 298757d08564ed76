package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;

import jp.dsnet.themes.validation.Inputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Task_SealBid: LS-2: moves the bid that {@code BidSubmitted} brought out of the process
 * variables into the sealed-bid table, in the transaction that received it, so no runtime
 * variable ever holds it; {@link SealedBidHistoryPlugin} keeps it out of the history. Runs after
 * {@link BidSubmittedCheck} has validated the bid.
 */
@Component
public class SealBidDelegate implements JavaDelegate {

  private final SealedBids bids;

  public SealBidDelegate(SealedBids bids) {
    this.bids = bids;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Inputs bid = new Inputs(execution.getVariables(), ClockUtil.getCurrentTime().toInstant());
    String bidder = Companies.find(Companies.read(execution.getVariable(APPLICANTS)), bid.requireString(BIDDER_COMPANY))
        .orElseThrow(() -> new IllegalStateException("BidSubmittedCheck lets only applicants bid"));
    long amount = bid.requirePositiveAmount(BID_AMOUNT);
    String terms = bid.requireString(BID_TERMS);
    for (String name : SEALED_VARIABLES) {
      // a client may have sent them as processVariables, processVariablesLocal or both
      while (execution.hasVariable(name)) {
        execution.removeVariable(name);
      }
    }
    bids.seal(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), bidder, amount, terms, bid.now());
  }
}
