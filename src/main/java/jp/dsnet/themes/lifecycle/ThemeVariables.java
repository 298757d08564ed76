package jp.dsnet.themes.lifecycle;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Sets the theme's bookkeeping variables from the models, with a value checked against the
 * contract, e.g. {@code ${themeVariables.stage(execution, 'INTAKE')}} on a call activity's start,
 * {@code ${themeVariables.status(execution, 'WITHDRAWN')}} on an end event, or
 * {@code ${themeVariables.stageOutcome(execution, 'ADOPTED')}} on an end event of a stage.
 * A typo in a model then fails loudly instead of routing a theme nowhere.
 */
@Component("themeVariables")
public class ThemeVariables {

  public void stage(DelegateExecution execution, String stage) {
    execution.setVariable(ThemeLifecycle.THEME_STAGE, ThemeStage.valueOf(stage).name());
  }

  public void status(DelegateExecution execution, String status) {
    execution.setVariable(ThemeLifecycle.THEME_STATUS, ThemeStatus.valueOf(status).name());
  }

  /** IN-4: from adoption on, the theme may be withdrawn (see the WithdrawalRequested check). */
  public void markAdopted(DelegateExecution execution) {
    execution.setVariable(ThemeLifecycle.THEME_ADOPTED, true);
  }

  /** Sets {@code stageOutcome}; refuses an outcome that {@link StageOutcome} does not allow this process. */
  public void stageOutcome(DelegateExecution execution, String outcome) {
    String processKey = processKey(execution);
    Set<StageOutcome> allowed = StageOutcome.of(processKey);
    if (allowed.stream().noneMatch(o -> o.name().equals(outcome))) {
      throw new IllegalArgumentException("Stage outcome '" + outcome + "' at " + execution.getCurrentActivityId()
          + " is not one that " + processKey + " may report; allowed: " + allowed);
    }
    execution.setVariable(ThemeLifecycle.STAGE_OUTCOME, outcome);
  }

  /** A process definition id is {@code key:version:id} (Camunda's format). */
  private static String processKey(DelegateExecution execution) {
    String definitionId = execution.getProcessDefinitionId();
    return definitionId.substring(0, definitionId.indexOf(':'));
  }
}
