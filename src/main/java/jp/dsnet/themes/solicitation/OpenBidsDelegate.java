package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Task_OpenBids (開札): LS-2: at the bid deadline the tender is opened: from now on the strategy
 * office and its head can read the bids (GET /engine-rest/theme/{themeId}/bids). The process
 * learns how many bids came in and from whom, never the amounts or terms.
 */
@Component
public class OpenBidsDelegate implements JavaDelegate {

  private final SealedBids bids;

  public OpenBidsDelegate(SealedBids bids) {
    this.bids = bids;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<SealedBids.Bid> opened = bids.open(execution.getProcessInstanceId(), ClockUtil.getCurrentTime().toInstant());
    execution.setVariable(BID_COUNT, (long) opened.size());
    execution.setVariable(BIDDERS, SpinValues.jsonValue(Companies.toJson(opened.stream().map(SealedBids.Bid::bidderCompany).toList()))
        .create());
  }
}
