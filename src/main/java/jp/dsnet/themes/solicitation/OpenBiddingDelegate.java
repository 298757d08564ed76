package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;

import jp.dsnet.themes.validation.Inputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Task_OpenBidding: LS-2: starts the tender whose bids stay sealed until {@code bidDeadline}. */
@Component
public class OpenBiddingDelegate implements JavaDelegate {

  private final SealedBids bids;

  public OpenBiddingDelegate(SealedBids bids) {
    this.bids = bids;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Inputs variables = new Inputs(execution.getVariables(), ClockUtil.getCurrentTime().toInstant());
    bids.startTender(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
        variables.requireEnum(TENDER_METHOD, TenderMethod.class), variables.requireDateTime(BID_DEADLINE).toString(), variables.now());
  }
}
