package jp.dsnet.themes.research;

import static jp.dsnet.themes.research.AppliedResearch.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Task_CollectSupportReports: the partners' reports of this milestone, as text for the review
 * (AR-1, AR-2); and every partner institute that has reported for the theme so far, in any run of
 * applied research, as the Json list {@code supportInstitutes}: their contribution earns them a
 * share when the theme is licensed out (LS-5).
 */
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
    execution.setVariable(SUPPORT_INSTITUTES, SpinValues.jsonValue(institutesOf(execution.getProcessBusinessKey())).create());
  }

  /** The institutes as first spelled, each once (case and spacing aside), as a JSON list. */
  private String institutesOf(String themeId) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (SupportReports.Report report : reports.ofTheme(themeId)) {
      if (report.institute() != null) {
        String name = report.institute().trim().replaceAll("\\s+", " ");
        byKey.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
      }
    }
    ArrayNode json = new ObjectMapper().createArrayNode();
    byKey.values().forEach(json::add);
    return json.toString();
  }
}
