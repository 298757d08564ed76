package jp.dsnet.themes.worklist;

import static jp.dsnet.themes.research.AppliedResearch.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.dsnet.themes.support.ProcessTestSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tasks tied to a deadline carry it as their due date; every task carries the theme's ID and stage for Tasklist's cards. */
class TaskDueDatesProcessTest extends ProcessTestSupport {

  /** The user tasks that the procedure ties to a deadline, by process and the due date's expression. */
  private static final Map<String, String> DUE_DATES = Map.of(
      "ReviewMilestone", "${milestoneDueDate}",
      "ReportSupportResults", "${milestoneDueDate}",
      "CheckMilestoneProgress", "${milestoneDueDate}",
      "FollowUpOverdueResearchMilestone", "${milestoneDueDate}",
      "ChooseTenderMethod", "${dueDates.after(callDeadline, 'P14D')}",
      "FollowUpFeasibilityStudy", "${feasibilityStudyDeadline}",
      "RemindLicenseeOfMilestone", "${licenseMilestoneDueDate}",
      "FollowUpOverdueMilestone", "${licenseMilestoneDueDate}");

  @Autowired
  RepositoryService repository;
  @Autowired
  DueDates dueDates;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("Follow-ups, reminders and reviews before a deadline have a due date; other tasks have none")
  void deadlineTasks_haveDueDates() {
    Map<String, String> found = new TreeMap<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class).stream()
          .filter(task -> task.getCamundaDueDate() != null)
          .forEach(task -> found.put(task.getId(), task.getCamundaDueDate()));
    }
    assertThat(found).isEqualTo(new TreeMap<>(DUE_DATES));
  }

  @Test
  @DisplayName("The review, the partners' reports, the reminder and the follow-up are due at the milestone's due date")
  void milestoneTasks_areDueAtTheMilestone() {
    Instant now = Instant.parse("2027-04-01T00:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
    String due = OffsetDateTime.ofInstant(now.plus(Duration.ofDays(90)), ZoneOffset.ofHours(9)).toString();
    Map<String, Object> theme = new HashMap<>();
    theme.put("themeTitle", "Selective KRAS G12D inhibitor");
    theme.put("leadResearcher", "researcher");
    theme.put("institution", "Osaka University");
    theme.put("modality", "SMALL_MOLECULE");
    theme.put("researchStage", "TARGET_VALIDATION");
    theme.put("exitStrategy", "License to a mid-size pharma after non-clinical PoC.");
    String themeId = newThemeId();
    ProcessInstance research = start(PROCESS_KEY, themeId, theme);

    Task plan = task(TASK_PLAN_SUPPORT_RESEARCH, research);
    assertThat(plan.getDueDate()).isNull();
    assertThat(taskService.getVariablesLocal(plan.getId()))
        .containsEntry(TaskCardVariables.THEME_ID, themeId).containsEntry("themeStage", "APPLIED_RESEARCH");

    complete(plan, withVariables(SUPPORT_TYPES, "HTS", MILESTONE_NAME, "Lead compound", MILESTONE_DUE_DATE, due));
    Date dueDate = Date.from(OffsetDateTime.parse(due).toInstant());
    assertThat(task(TASK_REPORT_SUPPORT_RESULTS, research).getDueDate()).isEqualTo(dueDate);

    ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofDays(91))));
    managementService().createJobQuery().processInstanceId(research.getId()).timers().list().forEach(job -> execute(job));
    Set<String> open = taskService.createTaskQuery().processInstanceId(research.getId()).list().stream()
        .filter(t -> dueDate.equals(t.getDueDate())).map(Task::getTaskDefinitionKey).collect(Collectors.toSet());
    assertThat(open).containsExactlyInAnyOrder(TASK_REPORT_SUPPORT_RESULTS, TASK_CHECK_MILESTONE_PROGRESS,
        TASK_FOLLOW_UP_OVERDUE_RESEARCH_MILESTONE);

    Task report = task(TASK_REPORT_SUPPORT_RESULTS, research);
    taskService.complete(report.getId(), Map.of(RESULT_SUMMARY, "Hits confirmed.", SUPPORT_INSTITUTE, "RIKEN"));
    assertThat(task(TASK_REVIEW_MILESTONE, research).getDueDate()).isEqualTo(dueDate);
  }

  @Test
  @DisplayName("ChooseTenderMethod is due two weeks after the call closed, whatever the deadline's offset")
  void tenderMethod_isDueTwoWeeksAfterTheCall() {
    assertThat(dueDates.after("2027-03-31T17:00+09:00", "P14D").toInstant())
        .isEqualTo(Instant.parse("2027-04-14T08:00:00Z"));
    assertThat(dueDates.after(Date.from(Instant.parse("2027-03-31T08:00:00Z")), "P14D").toInstant())
        .isEqualTo(Instant.parse("2027-04-14T08:00:00Z"));
  }
}
