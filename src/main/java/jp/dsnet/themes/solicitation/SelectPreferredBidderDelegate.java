package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SelectPreferredBidder: LS-2: the bidder the researcher prefers, as that company spelled its bid. */
@Component
public class SelectPreferredBidderDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String preferred = (String) execution.getVariable(PREFERRED_BIDDER);
    execution.setVariable(SELECTED_LICENSEE, Companies.find(Companies.read(execution.getVariable(BIDDERS)), preferred)
        .orElseThrow(() -> new IllegalStateException("RecordResearcherPreferenceCheck lets only bidders be preferred")));
  }
}
