package jp.dsnet.themes.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The default flow of {@code Gateway_NextStage}: a stage ended with an outcome the lifecycle does
 * not route. It runs as an asynchronous job and always fails, so the theme becomes an incident
 * that names the outcome in Cockpit instead of an error in a case worker's hands (ADR 0004).
 */
@Component("reportUnroutedStageOutcomeDelegate")
public class ReportUnroutedStageOutcomeDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    throw new IllegalStateException("Theme " + execution.getProcessBusinessKey() + ": stage " + execution.getVariable(ThemeLifecycle.THEME_STAGE)
        + " ended with stageOutcome '" + execution.getVariable(ThemeLifecycle.STAGE_OUTCOME)
        + "', which Gateway_NextStage of theme-lifecycle does not route. A developer adds the route or corrects the stage's end event;"
        + " then the theme is moved on with a process instance modification (docs/process-owners.md).");
  }
}
