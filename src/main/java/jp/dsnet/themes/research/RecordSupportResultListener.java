package jp.dsnet.themes.research;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * ReportSupportResults, on complete: keeps each support type's result beside the others in
 * {@code supportResults}, for the head's milestone review (the task's own variable is local to
 * its instance of the parallel reports).
 */
@Component
public class RecordSupportResultListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String previous = (String) task.getExecution().getProcessInstance().getVariable(AppliedResearch.SUPPORT_RESULTS);
    String line = task.getVariable(AppliedResearch.SUPPORT_TYPE) + ": " + task.getVariable(AppliedResearch.RESULT_SUMMARY);
    task.getExecution().getProcessInstance().setVariable(AppliedResearch.SUPPORT_RESULTS,
        previous == null || previous.isEmpty() ? line : previous + "\n" + line);
  }
}
