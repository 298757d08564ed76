package jp.dsnet.themes.research;

import static jp.dsnet.themes.research.AppliedResearch.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.rewards.RewardGrade;
import jp.dsnet.themes.rewards.RewardLedger;
import jp.dsnet.themes.rights.PatentApplications;
import jp.dsnet.themes.support.ProcessTestSupport;
import jp.dsnet.themes.validation.InvalidInputException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through applied-research (AR-1..3, IN-5, IN-6, SC-4, IR-4, SR-2), timers driven explicitly. */
class AppliedResearchProcessTest extends ProcessTestSupport {

  private static final ZoneOffset JST = ZoneOffset.ofHours(9);

  @Autowired
  RewardLedger rewards;
  @Autowired
  SupportReports reports;

  private Instant now;

  @BeforeEach
  void freezeClock() {
    now = Instant.parse("2027-04-01T00:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private String inDays(int days) {
    return OffsetDateTime.ofInstant(now.plus(Duration.ofDays(days)), JST).toString();
  }

  private void clockAt(Instant instant) {
    now = instant;
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  private ProcessInstance startResearch(String modality) {
    Map<String, Object> theme = new HashMap<>();
    theme.put("themeTitle", "Selective KRAS G12D inhibitor");
    theme.put("leadResearcher", "researcher");
    theme.put("institution", "Osaka University");
    theme.put("modality", modality);
    theme.put("researchStage", "TARGET_VALIDATION");
    theme.put("exitStrategy", "License to a mid-size pharma after non-clinical PoC.");
    return start(PROCESS_KEY, newThemeId(), theme);
  }

  private static Map<String, Object> plan(String supportTypes, String milestone, String due) {
    return withVariables(SUPPORT_TYPES, supportTypes, MILESTONE_NAME, milestone, MILESTONE_DUE_DATE, due);
  }

  /** Started and planned with two support types, first milestone "Lead compound" in 90 days. */
  private ProcessInstance planned(String modality) {
    ProcessInstance research = startResearch(modality);
    complete(task(TASK_PLAN_SUPPORT_RESEARCH, research), plan("HTS, PHARMACOLOGY", "Lead compound", inDays(90)));
    return research;
  }

  private List<Task> supportTasks(ProcessInstance research) {
    return taskService.createTaskQuery().processInstanceId(research.getId()).taskDefinitionKey(TASK_REPORT_SUPPORT_RESULTS).list();
  }

  private void reportAll(ProcessInstance research) {
    for (Task support : supportTasks(research)) {
      String type = (String) taskService.getVariable(support.getId(), SUPPORT_TYPE);
      taskService.complete(support.getId(), Map.of(RESULT_SUMMARY, type + " results confirmed.", SUPPORT_INSTITUTE, "RIKEN"));
    }
  }

  private ProcessInstance atReview(String modality) {
    ProcessInstance research = planned(modality);
    reportAll(research);
    assertThat(research).isWaitingAt(TASK_REVIEW_MILESTONE);
    return research;
  }

  /** A review; an achieved milestone is graded B (IR-4). */
  private static Map<String, Object> review(boolean achieved, boolean aligned, String decision) {
    Map<String, Object> review = withVariables(MILESTONE_ACHIEVED, achieved, INDUSTRY_ALIGNMENT_CONFIRMED, aligned, MILESTONE_DECISION, decision);
    if (achieved) {
      review.put(RewardGrade.VARIABLE, "B");
    }
    return review;
  }

  private Job timer(ProcessInstance research, String activityId) {
    return managementService().createJobQuery().processInstanceId(research.getId()).activityId(activityId).singleResult();
  }

  @Test
  @DisplayName("AR-1: the plan starts one ReportSupportResults per support type, all at once, for partner institutes")
  void plan_startsOneReportPerSupportType() {
    ProcessInstance research = startResearch("SMALL_MOLECULE");
    assertThat(task(research)).hasCandidateGroup("strategy-office");
    complete(task(research), plan("HTS, PHARMACOLOGY,COMPUTATION", "Lead compound", inDays(90)));

    List<Task> support = supportTasks(research);
    assertThat(support).hasSize(3);
    assertThat(support).allSatisfy(t -> assertThat(t).hasCandidateGroup("partner-institutes"));
    assertThat(support).extracting(t -> taskService.getVariable(t.getId(), SUPPORT_TYPE))
        .containsExactlyInAnyOrder("HTS", "PHARMACOLOGY", "COMPUTATION");
  }

  @Test
  @DisplayName("AR-1: each result stays local to its task; the review shows every partner's report")
  void results_stayLocal_andAreCollectedForTheReview() {
    ProcessInstance research = planned("SMALL_MOLECULE");
    Task first = supportTasks(research).get(0);
    taskService.complete(first.getId(), Map.of(RESULT_SUMMARY, "Three hits confirmed.", SUPPORT_INSTITUTE, "RIKEN"));

    assertThat(runtime.getVariables(research.getId())).doesNotContainKeys(RESULT_SUMMARY, SUPPORT_TYPE);
    assertThat(research).isWaitingAt(TASK_REPORT_SUPPORT_RESULTS);
    reportAll(research);

    assertThat(research).isWaitingAt(TASK_REVIEW_MILESTONE)
        .hasPassedInOrder(TASK_REPORT_SUPPORT_RESULTS, TASK_COLLECT_SUPPORT_REPORTS);
    assertThat(task(research)).hasCandidateGroup("strategy-office-head");
    assertThat((String) runtime.getVariable(research.getId(), SUPPORT_REPORTS))
        .contains("Three hits confirmed.").contains("RIKEN").contains("High-throughput screening").contains("Pharmacology (薬効薬理)");
    assertThat(reports.of(research.getId(), "Lead compound")).hasSize(2);
  }

  @Test
  @DisplayName("AR-1: an unknown or repeated support type and a past due date are refused naming the variable; the task stays open")
  void badPlan_isRefused() {
    ProcessInstance research = startResearch("SMALL_MOLECULE");
    Task planTask = task(research);

    assertThatThrownBy(() -> taskService.complete(planTask.getId(), plan("HTS, X_RAY", "Lead", inDays(30))))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("supportTypes: 'X_RAY' is not a support type");
    assertThatThrownBy(() -> taskService.complete(planTask.getId(), plan("HTS,HTS", "Lead", inDays(30))))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("supportTypes: names HTS twice");
    assertThatThrownBy(() -> taskService.complete(planTask.getId(), plan("HTS", "Lead", inDays(-1))))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("milestoneDueDate: must be in the future");

    assertThat(research).isWaitingAt(TASK_PLAN_SUPPORT_RESEARCH);
    assertThat(runtime.getVariables(research.getId())).doesNotContainKeys(SUPPORT_TYPES, MILESTONE_NAME);
  }

  @Test
  @DisplayName("AR-3, IR-4, SR-2: an achieved milestone ready for licensing records rewards and ends READY_FOR_LICENSING")
  void readyForLicensing_recordsRewards_andEnds() {
    ProcessInstance research = atReview("SMALL_MOLECULE");
    complete(task(research), review(true, true, "READY_FOR_LICENSING"));

    assertThat(research).isEnded()
        .hasPassedInOrder(TASK_REVIEW_MILESTONE, TASK_RECORD_MILESTONE_REWARD, "Gateway_NewInvention", END_READY_FOR_LICENSING)
        .hasNotPassed(TASK_FILE_INVENTION_PATENT);
    assertThat(research).variables().containsEntry("stageOutcome", "READY_FOR_LICENSING")
        .containsEntry(REVIEWED_MILESTONE_NAME, "Lead compound").containsKey(MILESTONE_REWARD);
    List<RewardLedger.Reward> recorded = rewards.of(research.getBusinessKey());
    assertThat(recorded).hasSize(3).allSatisfy(r -> {
      assertThat(r.kind()).isEqualTo(RewardLedger.Kind.MILESTONE);
      assertThat(r.milestone()).isEqualTo("Lead compound");
      assertThat(r.grade()).as("IR-4: by results").isEqualTo(RewardGrade.B);
    });
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(research.getId())
        .variableName(MILESTONE_REWARD).singleResult().getValue()).asString().contains("grade B");
    assertThat(recorded).extracting(RewardLedger.Reward::institution).containsExactlyInAnyOrder("Osaka University", "RIKEN", "RIKEN");
  }

  @Test
  @DisplayName("IR-4, SR-2: an achieved milestone without a reward grade, or with an unknown one, is refused naming rewardGrade")
  void achievedWithoutGrade_isRefused() {
    ProcessInstance research = atReview("SMALL_MOLECULE");
    Task reviewTask = task(research);
    Map<String, Object> ungraded = review(true, true, "READY_FOR_LICENSING");
    ungraded.remove(RewardGrade.VARIABLE);
    assertThatThrownBy(() -> taskService.complete(reviewTask.getId(), ungraded))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("rewardGrade: is required");
    ungraded.put(RewardGrade.VARIABLE, "S");
    assertThatThrownBy(() -> taskService.complete(reviewTask.getId(), ungraded))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("rewardGrade:");

    assertThat(research).isWaitingAt(TASK_REVIEW_MILESTONE);
    assertThat(rewards.of(research.getBusinessKey())).isEmpty();
  }

  @Test
  @DisplayName("AR-1, LS-5: a report names the partner institute that did the work; every institute that reported is kept for the shares")
  void reportWithoutInstitute_isRefused_andInstitutesAreCollected() {
    ProcessInstance research = planned("SMALL_MOLECULE");
    List<Task> support = supportTasks(research);
    assertThatThrownBy(() -> taskService.complete(support.get(0).getId(), Map.of(RESULT_SUMMARY, "Three hits confirmed.")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("supportInstitute: is required");
    assertThat(supportTasks(research)).hasSize(2);

    taskService.complete(support.get(0).getId(), Map.of(RESULT_SUMMARY, "Three hits confirmed.", SUPPORT_INSTITUTE, "RIKEN"));
    taskService.complete(support.get(1).getId(), Map.of(RESULT_SUMMARY, "Efficacy in mice.", SUPPORT_INSTITUTE, "Tohoku University"));

    assertThat(research).isWaitingAt(TASK_REVIEW_MILESTONE);
    assertThat(runtime.getVariable(research.getId(), SUPPORT_INSTITUTES).toString())
        .isEqualTo("[\"RIKEN\",\"Tohoku University\"]");
  }

  @Test
  @DisplayName("AR-2: a No-Go at a missed milestone ends NO_GO without a reward")
  void noGo_endsWithoutReward() {
    ProcessInstance research = atReview("SMALL_MOLECULE");
    complete(task(research), review(false, false, "NO_GO"));

    assertThat(research).isEnded().hasPassed(END_NO_GO).hasNotPassed(TASK_RECORD_MILESTONE_REWARD, END_READY_FOR_LICENSING);
    assertThat(research).variables().containsEntry("stageOutcome", "NO_GO");
    assertThat(rewards.of(research.getBusinessKey())).isEmpty();
  }

  @Test
  @DisplayName("AR-2: CONTINUE with the next milestone loops to supporting research for it; the reward names the reviewed milestone")
  void continue_loopsToTheNextMilestone() {
    ProcessInstance research = atReview("SMALL_MOLECULE");
    Map<String, Object> next = review(true, true, "CONTINUE");
    next.put(MILESTONE_NAME, "Candidate compound");
    next.put(MILESTONE_DUE_DATE, inDays(200));
    complete(task(research), next);

    assertThat(research).isWaitingAt(TASK_REPORT_SUPPORT_RESULTS).hasPassedInOrder(TASK_REVIEW_MILESTONE, "Gateway_MilestoneDecision",
        "Gateway_JoinMilestonePeriod").hasNotPassed(TASK_ARRANGE_EARLY_CLINICAL_SUPPORT);
    assertThat(supportTasks(research)).hasSize(2);
    assertThat(research).variables().containsEntry(MILESTONE_NAME, "Candidate compound").containsEntry(REVIEWED_MILESTONE_NAME, "Lead compound");
    assertThat(rewards.of(research.getBusinessKey())).extracting(RewardLedger.Reward::milestone).containsOnly("Lead compound");

    reportAll(research);
    assertThat(task(research)).satisfies(t -> assertThat(taskService.getVariable(t.getId(), REVIEWED_MILESTONE_NAME)).isEqualTo("Candidate compound"));
    complete(task(research), review(true, true, "READY_FOR_LICENSING"));
    assertThat(research).isEnded().variables().containsEntry("stageOutcome", "READY_FOR_LICENSING");
    assertThat(rewards.of(research.getBusinessKey())).extracting(RewardLedger.Reward::milestone).contains("Candidate compound");
  }

  @Test
  @DisplayName("AR-2: CONTINUE without a new milestone, or with a past due date, is refused naming the variable")
  void continueWithoutNextMilestone_isRefused() {
    ProcessInstance research = atReview("SMALL_MOLECULE");
    Task reviewTask = task(research);

    assertThatThrownBy(() -> taskService.complete(reviewTask.getId(), review(true, true, "CONTINUE")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("milestoneName: must name the next milestone");
    Map<String, Object> past = review(true, true, "CONTINUE");
    past.put(MILESTONE_NAME, "Candidate compound");
    past.put(MILESTONE_DUE_DATE, inDays(-3));
    assertThatThrownBy(() -> taskService.complete(reviewTask.getId(), past))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("milestoneDueDate: must be in the future");

    assertThat(research).isWaitingAt(TASK_REVIEW_MILESTONE);
    assertThat(research).variables().containsEntry(MILESTONE_NAME, "Lead compound").doesNotContainKey(MILESTONE_DECISION);
  }

  @Test
  @DisplayName("IN-5: READY_FOR_LICENSING without confirmed industry alignment is refused")
  void readyForLicensingWithoutIndustryAlignment_isRefused() {
    ProcessInstance research = atReview("SMALL_MOLECULE");
    assertThatThrownBy(() -> taskService.complete(task(research).getId(), review(true, false, "READY_FOR_LICENSING")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("industryAlignmentConfirmed: must be true");
    assertThat(research).isWaitingAt(TASK_REVIEW_MILESTONE);
  }

  @Test
  @DisplayName("SC-4: an early clinical trial for a small molecule is refused naming milestoneDecision")
  void earlyClinicalTrialForSmallMolecule_isRefused() {
    ProcessInstance research = atReview("SMALL_MOLECULE");
    assertThatThrownBy(() -> taskService.complete(task(research).getId(), review(true, true, "EARLY_CLINICAL_TRIAL")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("milestoneDecision: EARLY_CLINICAL_TRIAL is for biologics only");
    assertThat(research).isWaitingAt(TASK_REVIEW_MILESTONE);
  }

  @Test
  @DisplayName("SC-4: a protein goes to an early clinical trial: the office arranges it, then the head reviews its milestone")
  void earlyClinicalTrialForProtein_arrangesSupport_thenNextReview() {
    ProcessInstance research = atReview("PROTEIN");
    complete(task(research), review(true, true, "EARLY_CLINICAL_TRIAL"));

    assertThat(research).isWaitingAt(TASK_ARRANGE_EARLY_CLINICAL_SUPPORT);
    Task arrange = task(research);
    assertThat(arrange).hasCandidateGroup("strategy-office");
    assertThatThrownBy(() -> taskService.complete(arrange.getId(), Map.of(EARLY_CLINICAL_SUPPORT, "TRANSLATIONAL_RESEARCH_HUB",
        EARLY_CLINICAL_SUPPORT_PLAN, "Phase 0 at a hub.")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("milestoneName: must name the next milestone");
    complete(arrange, withVariables(EARLY_CLINICAL_SUPPORT, "TRANSLATIONAL_RESEARCH_HUB", EARLY_CLINICAL_SUPPORT_PLAN, "Phase 0 at a hub.",
        MILESTONE_NAME, "Exploratory trial readout", MILESTONE_DUE_DATE, inDays(300)));

    assertThat(research).isWaitingAt(TASK_REVIEW_MILESTONE);
    assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(research.getId())
        .activityId(TASK_REPORT_SUPPORT_RESULTS).count()).as("support research only before the trial").isEqualTo(2);
    assertThat(taskService.getVariable(task(research).getId(), REVIEWED_MILESTONE_NAME)).isEqualTo("Exploratory trial readout");
    complete(task(research), review(true, true, "NO_GO"));
    assertThat(research).isEnded().variables().containsEntry("stageOutcome", "NO_GO");
  }

  @Test
  @DisplayName("IN-6: a new invention goes to the IP office for filing before the theme moves on")
  void newInvention_isFiledBeforeTheThemeMovesOn() {
    ProcessInstance research = atReview("SMALL_MOLECULE");
    Task reviewTask = task(research);
    Map<String, Object> withInvention = review(true, true, "READY_FOR_LICENSING");
    withInvention.put(NEW_INVENTION_REPORTED, true);
    assertThatThrownBy(() -> taskService.complete(reviewTask.getId(), withInvention))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("inventionDescription: is required");
    withInvention.put(INVENTION_DESCRIPTION, "A new crystal form of the lead compound.");
    complete(reviewTask, withInvention);

    assertThat(research).isWaitingAt(TASK_FILE_INVENTION_PATENT);
    Task file = task(research);
    assertThat(file).hasCandidateGroup("ip-office");
    assertThatThrownBy(() -> taskService.complete(file.getId(), Map.of(PATENT_FILED, true)))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("patentApplicationReference: is required");
    complete(file, withVariables(PATENT_FILED, true, PATENT_APPLICATION_REFERENCE, "JP2027-123456"));

    assertThat(research).isEnded().hasPassedInOrder(TASK_FILE_INVENTION_PATENT, END_READY_FOR_LICENSING);
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(research.getId())
        .variableName(PatentApplications.VARIABLE).singleResult().getValue().toString())
        .as("IN-6: the filing is added to the theme's applications").isEqualTo("[\"JP2027-123456\"]");
  }

  @Test
  @DisplayName("AR-2: a reminder before the due date, a follow-up task after it; both end with the review, the theme is never lost")
  void reminderAndFollowUp_endWithTheReview() {
    ProcessInstance research = planned("SMALL_MOLECULE");
    Instant due = OffsetDateTime.parse((String) runtime.getVariable(research.getId(), MILESTONE_DUE_DATE)).toInstant();
    Job reminder = timer(research, TIMER_MILESTONE_DUE_SOON);
    assertThat(reminder.getDuedate().toInstant()).isEqualTo(due.minus(Duration.ofDays(14)));

    clockAt(due.minus(Duration.ofDays(14)));
    execute(reminder);
    assertThat(research).isWaitingAt(TASK_REPORT_SUPPORT_RESULTS, TASK_CHECK_MILESTONE_PROGRESS);
    assertThat(task(TASK_CHECK_MILESTONE_PROGRESS, research)).hasCandidateGroup("strategy-office");

    clockAt(due.plusSeconds(60));
    execute(timer(research, TIMER_MILESTONE_OVERDUE));
    assertThat(research).isWaitingAt(TASK_REPORT_SUPPORT_RESULTS, TASK_CHECK_MILESTONE_PROGRESS, TASK_FOLLOW_UP_OVERDUE_RESEARCH_MILESTONE);
    Task followUp = task(TASK_FOLLOW_UP_OVERDUE_RESEARCH_MILESTONE, research);
    assertThat(followUp).hasCandidateGroup("strategy-office");
    assertThatThrownBy(() -> taskService.complete(followUp.getId(), Map.of()))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("followUpNote: is required");
    complete(followUp, withVariables(FOLLOW_UP_NOTE, "Partners need four more weeks; the researcher agrees."));

    reportAll(research);
    complete(task(TASK_REVIEW_MILESTONE, research), review(false, true, "NO_GO"));
    assertThat(research).isEnded();
    assertThat(taskService.createTaskQuery().processInstanceId(research.getId()).count()).isZero();
  }

  @Test
  @DisplayName("AR-2: the next milestone gets its own timers; those of the reviewed milestone are gone")
  void continue_replacesTheTimers() {
    ProcessInstance research = atReview("SMALL_MOLECULE");
    Map<String, Object> next = review(false, true, "CONTINUE");
    next.put(MILESTONE_NAME, "Candidate compound");
    next.put(MILESTONE_DUE_DATE, inDays(200));
    complete(task(research), next);

    assertThat(timer(research, TIMER_MILESTONE_OVERDUE).getDuedate().toInstant())
        .isEqualTo(OffsetDateTime.parse(inDays(200)).toInstant());
    assertThat(managementService().createJobQuery().processInstanceId(research.getId()).count()).isEqualTo(2);
  }
}
