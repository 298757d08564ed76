package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_AwardLicensee: LS-2, LS-4: the head's award is final: {@code selectedLicensee} becomes the
 * bidder the head awarded ({@code awardedBidder}, spelled as in its bid), or stays the selected one.
 */
@Component
public class AwardLicenseeDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Object awarded = execution.getVariable(AWARDED_BIDDER);
    if (awarded instanceof String s && !s.isBlank()) {
      execution.setVariable(SELECTED_LICENSEE, Companies.find(Companies.read(execution.getVariable(BIDDERS)), s)
          .orElseThrow(() -> new IllegalStateException("ConfirmAwardCheck lets only bidders be awarded")));
    }
  }
}
