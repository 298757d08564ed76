package jp.dsnet.themes.research;

import static jp.dsnet.themes.research.AppliedResearch.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.rewards.RewardLedger;
import jp.dsnet.themes.support.ProcessTestSupport;
import jp.dsnet.themes.support.Themes;
import jp.dsnet.themes.validation.InvalidInputException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through applied-research (AR-1..3, IN-5, IN-6, SC-4, IR-4, SR-2). */
class AppliedResearchProcessTest extends ProcessTestSupport {

  private static final OffsetDateTime NOW = OffsetDateTime.of(2027, 4, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));

  @Autowired
  RewardLedger rewards;

  private ProcessInstance startResearch(String modality) {
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    Map<String, Object> theme = Themes.proposal("modality", modality);
    return start(PROCESS_KEY, newThemeId(), theme);
  }

  private static Map<String, Object> plan(String types, OffsetDateTime due) {
    return new HashMap<>(Map.of(SUPPORT_TYPES, types, MILESTONE_NAME, "Lead compound", MILESTONE_DUE_DATE, due.toString()));
  }

  private static Map<String, Object> review(boolean achieved, String decision) {
    return new HashMap<>(Map.of(MILESTONE_ACHIEVED, achieved, INDUSTRY_ALIGNMENT_CONFIRMED, true, NEW_INVENTION_REPORTED, false,
        MILESTONE_DECISION, decision));
  }

  /** Plans HTS and PHARMACOLOGY, and the partner institutes report both. */
  private ProcessInstance atReview(String modality) {
    ProcessInstance research = startResearch(modality);
    complete(task(TASK_PLAN_SUPPORT_RESEARCH, research), plan("HTS, PHARMACOLOGY", NOW.plusMonths(3)));
    List<Task> reports = taskQuery().processInstanceId(research.getId()).taskDefinitionKey(TASK_REPORT_SUPPORT_RESULTS).list();
    assertThat(reports).hasSize(2).allSatisfy(t -> assertThat(t).hasCandidateGroup("partner-institutes"));
    for (Task report : reports) {
      complete(report, withVariables(RESULT_SUMMARY, "Results for " + taskService.getVariable(report.getId(), SUPPORT_TYPE)));
    }
    assertThat(research).isWaitingAt(TASK_REVIEW_MILESTONE);
    return research;
  }

  @Test
  @DisplayName("AR-1: one report per support type, in parallel, collected for the review")
  void plannedSupportTypes_eachGetAReport() {
    ProcessInstance research = atReview("SMALL_MOLECULE");
    assertThat(task(research)).hasCandidateGroup("strategy-office-head");
    assertThat((String) runtime.getVariable(research.getId(), SUPPORT_RESULTS))
        .contains("HTS: Results for HTS").contains("PHARMACOLOGY: Results for PHARMACOLOGY");
  }

  @Test
  @DisplayName("AR-3, IR-4: an achieved milestone is rewarded and the theme is ready to license out")
  void achievedAndReady_isRewarded_andEndsReadyForLicensing() {
    ProcessInstance research = atReview("SMALL_MOLECULE");
    complete(task(research), review(true, "READY_FOR_LICENSING"));

    assertThat(research).isEnded().hasPassedInOrder("Task_RecordMilestoneReward", "EndEvent_ReadyForLicensing")
        .variables().containsEntry("stageOutcome", "READY_FOR_LICENSING");
    assertThat(rewards.of(research.getBusinessKey())).singleElement()
        .satisfies(r -> assertThat(r.milestone()).isEqualTo("Lead compound"));
  }

  @Test
  @DisplayName("AR-2: a No-Go at the milestone ends NO_GO, without a reward when not achieved")
  void noGo_endsNoGo_withoutReward() {
    ProcessInstance research = atReview("SMALL_MOLECULE");
    complete(task(research), review(false, "NO_GO"));

    assertThat(research).isEnded().hasPassed("EndEvent_ResearchNoGo").hasNotPassed("Task_RecordMilestoneReward")
        .variables().containsEntry("stageOutcome", "NO_GO");
    assertThat(rewards.of(research.getBusinessKey())).isEmpty();
  }

  @Test
  @DisplayName("AR-2: CONTINUE starts the next milestone's supporting research")
  void continue_loopsWithTheNextMilestone() {
    ProcessInstance research = atReview("SMALL_MOLECULE");
    Map<String, Object> next = review(true, "CONTINUE");
    next.put(MILESTONE_NAME, "Candidate compound");
    next.put(MILESTONE_DUE_DATE, NOW.plusMonths(9).toString());
    complete(task(research), next);

    assertThat(research).isWaitingAt(TASK_REPORT_SUPPORT_RESULTS).variables().containsEntry(MILESTONE_NAME, "Candidate compound");
    assertThat(taskQuery().processInstanceId(research.getId()).taskDefinitionKey(TASK_REPORT_SUPPORT_RESULTS).count()).isEqualTo(2);
  }

  @Test
  @DisplayName("AR-2: CONTINUE without a future due date for the next milestone is refused")
  void continue_withPastDueDate_isRefused() {
    ProcessInstance research = atReview("SMALL_MOLECULE");
    Map<String, Object> next = review(true, "CONTINUE");
    next.put(MILESTONE_DUE_DATE, NOW.minusDays(1).toString());

    assertThatThrownBy(() -> taskService.complete(task(research).getId(), next))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("milestoneDueDate: must be in the future");
    assertThat(research).isWaitingAt(TASK_REVIEW_MILESTONE);
  }

  @Test
  @DisplayName("SC-4: a biologic goes to early clinical support, then to the next review")
  void earlyClinicalTrial_forBiologic_arrangesSupport() {
    ProcessInstance research = atReview("PROTEIN");
    complete(task(research), review(true, "EARLY_CLINICAL_TRIAL"));
    assertThat(research).isWaitingAt(TASK_ARRANGE_EARLY_CLINICAL_SUPPORT);
    assertThat(task(research)).hasCandidateGroup("strategy-office");
    complete(task(research), withVariables("earlyClinicalArrangement", "Hub at Osaka University Hospital."));

    assertThat(research).isWaitingAt(TASK_REVIEW_MILESTONE);
  }

  @Test
  @DisplayName("SC-4: an early clinical trial for a small molecule is refused, naming milestoneDecision")
  void earlyClinicalTrial_forSmallMolecule_isRefused() {
    ProcessInstance research = atReview("SMALL_MOLECULE");
    assertThatThrownBy(() -> taskService.complete(task(research).getId(), review(true, "EARLY_CLINICAL_TRIAL")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("milestoneDecision: EARLY_CLINICAL_TRIAL is for biologics only");
    assertThat(research).isWaitingAt(TASK_REVIEW_MILESTONE);
  }

  @Test
  @DisplayName("IN-6: a new invention goes to the IP office before the theme moves on")
  void newInvention_goesToTheIpOffice() {
    ProcessInstance research = atReview("SMALL_MOLECULE");
    Map<String, Object> withInvention = review(true, "READY_FOR_LICENSING");
    withInvention.put(NEW_INVENTION_REPORTED, true);
    complete(task(research), withInvention);

    assertThat(research).isWaitingAt(TASK_FILE_INVENTION_PATENT);
    assertThat(task(research)).hasCandidateGroup("ip-office");
    complete(task(research), withVariables("patentApplicationReference", "JP2027-123456"));
    assertThat(research).isEnded().hasPassed("EndEvent_ReadyForLicensing");
  }

  @Test
  @DisplayName("AR-2: a reminder two weeks before the due date, a follow-up when it passes, and the research goes on")
  void milestoneTimers_remindAndFollowUp_withoutLosingTheTheme() {
    ProcessInstance research = startResearch("SMALL_MOLECULE");
    complete(task(TASK_PLAN_SUPPORT_RESEARCH, research), plan("CRYSTALLOGRAPHY", NOW.plusDays(30)));
    assertThat(jobQuery().processInstanceId(research.getId()).timers().count()).isEqualTo(2);

    ClockUtil.setCurrentTime(Date.from(NOW.plusDays(17).toInstant()));
    execute(jobQuery().processInstanceId(research.getId()).timers().duedateLowerThan(ClockUtil.getCurrentTime()).singleResult());
    assertThat(research).isWaitingAt(TASK_REPORT_SUPPORT_RESULTS, TASK_CHECK_MILESTONE_PROGRESS);

    ClockUtil.setCurrentTime(Date.from(NOW.plusDays(31).toInstant()));
    execute(jobQuery().processInstanceId(research.getId()).timers().duedateLowerThan(ClockUtil.getCurrentTime()).singleResult());
    assertThat(research).isWaitingAt(TASK_REPORT_SUPPORT_RESULTS, TASK_CHECK_MILESTONE_PROGRESS, TASK_FOLLOW_UP_OVERDUE_MILESTONE);
    assertThat(task(TASK_FOLLOW_UP_OVERDUE_MILESTONE, research)).hasCandidateGroup("strategy-office");

    complete(task(TASK_REPORT_SUPPORT_RESULTS, research), withVariables(RESULT_SUMMARY, "Structure solved at SPring-8."));
    assertThat(research).isWaitingAt(TASK_REVIEW_MILESTONE, TASK_CHECK_MILESTONE_PROGRESS, TASK_FOLLOW_UP_OVERDUE_MILESTONE);
  }

  @Test
  @DisplayName("AR-1: an unknown or repeated support type is refused, naming supportTypes")
  void badSupportTypes_areRefused() {
    ProcessInstance research = startResearch("SMALL_MOLECULE");
    String id = task(research).getId();
    assertThatThrownBy(() -> taskService.complete(id, plan("HTS, ALCHEMY", NOW.plusMonths(3))))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("supportTypes: unknown support type 'ALCHEMY'");
    assertThatThrownBy(() -> taskService.complete(id, plan("HTS,HTS", NOW.plusMonths(3))))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("supportTypes: names HTS twice");
    assertThatThrownBy(() -> taskService.complete(id, plan("HTS", NOW.minusDays(1))))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("milestoneDueDate: must be in the future");
    assertThat(research).isWaitingAt(TASK_PLAN_SUPPORT_RESEARCH);
  }
}
