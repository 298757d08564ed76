package jp.dsnet.themes.research;

import static jp.dsnet.themes.research.AppliedResearch.*;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CollectSupportReports: the partners' reports of this milestone, as text for the review (AR-1, AR-2). */
@Component
public class CollectSupportReportsDelegate implements JavaDelegate {

  private final SupportReports reports;

  public CollectSupportReportsDelegate(SupportReports reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<SupportReports.Report> ofMilestone = reports.of(execution.getProcessInstanceId(),
        (String) execution.getVariable(MILESTONE_NAME));
    execution.setVariable(SUPPORT_REPORTS, ofMilestone.isEmpty()
        ? "No supporting research was reported for this milestone."
        : ofMilestone.stream().map(r -> "- " + r.describe()).collect(Collectors.joining("\n")));
  }
}
