package jp.dsnet.themes.postlicensing;

import static jp.dsnet.themes.postlicensing.PostLicensing.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterProgressReport: LO-5, a progress report has arrived. The message set its values on
 * the theme; they are moved into this report's own SubProcess_ProgressReport, so that reports on
 * several milestones can be reviewed side by side and the next report must bring its own values;
 * the review's answer (reportAccepted) is kept there too.
 */
@Component
public class RegisterProgressReportDelegate implements JavaDelegate {

  private static final List<String> REPORT = List.of(MILESTONE_NAME, MILESTONE_ACHIEVED, PROGRESS_REPORT);

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> report = new HashMap<>();
    REPORT.forEach(name -> report.put(name, execution.getVariable(name)));
    execution.removeVariables(REPORT);
    execution.setVariablesLocal(report);
    execution.setVariableLocal(PROGRESS_REPORT_RECEIVED_AT, ClockUtil.getCurrentTime().toInstant().toString());
    execution.setVariableLocal(REPORT_ACCEPTED, false); // this review's own answer, unticked until the office accepts
  }
}
