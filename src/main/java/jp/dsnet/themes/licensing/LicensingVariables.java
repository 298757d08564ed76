package jp.dsnet.themes.licensing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Sets {@code decisionContext} from the model with a value checked against the contract, e.g.
 * {@code ${licensingVariables.decisionContext(execution, 'FS_ABANDONED')}} on the flow that leads to
 * {@code DecideThemeContinuation}, so a typo in the model fails loudly.
 */
@Component("licensingVariables")
public class LicensingVariables {

  /**
   * At the start: forgets what an earlier licensing of the theme (before a RESOLICIT or a
   * reacquisition) decided, so that no form shows the last licensee's answers as if they were
   * this one's and every FeasibilityStudyConcluded must bring its own fsDecision.
   */
  public void forgetEarlierRound(DelegateExecution execution) {
    execution.removeVariables(Licensing.ROUND_VARIABLES);
  }

  public void decisionContext(DelegateExecution execution, String context) {
    execution.setVariable(Licensing.DECISION_CONTEXT, Licensing.DecisionContext.valueOf(context).name());
  }
}
