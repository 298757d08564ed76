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

  public void decisionContext(DelegateExecution execution, String context) {
    execution.setVariable(Licensing.DECISION_CONTEXT, Licensing.DecisionContext.valueOf(context).name());
  }
}
