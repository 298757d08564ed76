package jp.dsnet.themes.worklist;

import java.util.Map;
import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import jp.dsnet.themes.lifecycle.ThemeStage;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Gives every new task the theme's ID and stage as task variables, so that Tasklist's filters
 * show them on each card: a stage runs in its own process instance, which holds
 * {@code themeTitle} but neither the business key as a variable nor the lifecycle's
 * {@code themeStage}.
 */
class TaskCardVariables implements TaskListener {

  static final String THEME_ID = "themeId";

  private static final Map<String, ThemeStage> STAGE_OF_PROCESS = Map.of(
      ThemeLifecycle.INTAKE, ThemeStage.INTAKE,
      ThemeLifecycle.APPLIED_RESEARCH, ThemeStage.APPLIED_RESEARCH,
      ThemeLifecycle.SOLICITATION, ThemeStage.SOLICITATION,
      ThemeLifecycle.LICENSING, ThemeStage.LICENSING,
      ThemeLifecycle.POST_LICENSING, ThemeStage.POST_LICENSING,
      ThemeLifecycle.REACQUISITION, ThemeStage.REACQUISITION);

  @Override
  public void notify(DelegateTask task) {
    if (task.getExecution() == null) {
      return; // a standalone task belongs to no theme
    }
    String businessKey = task.getExecution().getProcessBusinessKey();
    if (businessKey != null) {
      task.setVariableLocal(THEME_ID, businessKey);
    }
    // The lifecycle's own tasks see its themeStage; a stage's tasks get the stage they belong to.
    ThemeStage stage = STAGE_OF_PROCESS.get(processKey(task.getProcessDefinitionId()));
    if (stage != null) {
      task.setVariableLocal(ThemeLifecycle.THEME_STAGE, stage.name());
    }
  }

  private static String processKey(String processDefinitionId) {
    return processDefinitionId == null ? null : processDefinitionId.split(":", 2)[0];
  }
}
