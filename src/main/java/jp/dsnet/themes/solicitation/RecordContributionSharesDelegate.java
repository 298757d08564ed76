package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.CONTRIBUTION_SHARES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Task_RecordContributionShares: LS-5: keeps the validated shares as a Json variable in one
 * canonical form, whether they came as Json or as a String holding JSON (Tasklist's text area),
 * so that licensing splits income from one well-formed list (LS-7).
 */
@Component
public class RecordContributionSharesDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    var shares = ContributionShares.parse(execution.getVariable(CONTRIBUTION_SHARES));
    execution.setVariable(CONTRIBUTION_SHARES, SpinValues.jsonValue(ContributionShares.toJson(shares)).create());
  }
}
