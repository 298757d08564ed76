package jp.dsnet.themes.research;

import static jp.dsnet.themes.research.AppliedResearch.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * ReportSupportResults, on complete (after its input has been validated): keeps the partner's
 * report beyond the task, whose {@code resultSummary} is local to it (AR-1, SR-1).
 */
@Component
public class RecordSupportReportListener implements TaskListener {

  private final SupportReports reports;

  public RecordSupportReportListener(SupportReports reports) {
    this.reports = reports;
  }

  @Override
  public void notify(DelegateTask task) {
    reports.record(new SupportReports.Report(task.getExecution().getProcessBusinessKey(), task.getProcessInstanceId(),
        (String) task.getVariable(MILESTONE_NAME), SupportType.valueOf((String) task.getVariable(SUPPORT_TYPE)),
        blankToNull(task.getVariable(SUPPORT_INSTITUTE)), ((String) task.getVariable(RESULT_SUMMARY)).trim(), reporter(task),
        ClockUtil.getCurrentTime().toInstant()));
  }

  /** The user who completes the task (over REST or in Tasklist), else its assignee. */
  private static String reporter(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null ? authentication.getUserId() : task.getAssignee();
  }

  private static String blankToNull(Object value) {
    return value instanceof String s && !s.isBlank() ? s.trim() : null;
  }
}
