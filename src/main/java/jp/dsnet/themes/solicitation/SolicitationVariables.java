package jp.dsnet.themes.solicitation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Sets {@code decisionContext} from the model with a checked value, e.g.
 * {@code ${solicitationVariables.decisionContext(execution, 'NO_APPLICANT')}} on the event that
 * leads to {@code DecideThemeContinuation}: a typo fails loudly instead of showing nonsense.
 */
@Component("solicitationVariables")
public class SolicitationVariables {

  public void decisionContext(DelegateExecution execution, String context) {
    execution.setVariable(LicenseeSolicitation.DECISION_CONTEXT, DecisionContext.valueOf(context).name());
  }
}
