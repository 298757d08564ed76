package jp.dsnet.themes.engine;

import jp.dsnet.themes.validation.InputChecks;
import jp.dsnet.themes.validation.Inputs;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Validates what completes a user task, against its form and its checks. A refusal rolls the
 * completion back: the task stays open and no variable changes.
 */
class TaskInputValidation implements TaskListener {

  private final InputChecks checks;
  private final String taskKey;
  private final String formId;

  TaskInputValidation(InputChecks checks, String taskKey, String formId) {
    this.checks = checks;
    this.taskKey = taskKey;
    this.formId = formId;
  }

  @Override
  public void notify(DelegateTask task) {
    checks.validate(taskKey, formId, new Inputs(task.getVariables(), ClockUtil.getCurrentTime().toInstant()));
  }
}
