package jp.dsnet.themes.postlicensing;

import static jp.dsnet.themes.postlicensing.PostLicensing.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.income.IncomeSplit.Part;
import jp.dsnet.themes.income.IncomeSplitLedger;
import jp.dsnet.themes.income.IncomeSplitLedger.PaymentKind;
import jp.dsnet.themes.rewards.RewardLedger;
import jp.dsnet.themes.support.ProcessTestSupport;
import jp.dsnet.themes.validation.InvalidInputException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through post-licensing, on the application's engine (LO-5, AL-1..3, LS-7, IR-4, 実用化). */
class PostLicensingProcessTest extends ProcessTestSupport {

  static final ZoneOffset JST = ZoneOffset.ofHours(9);
  static final String LEAD = "Lead candidate selected";
  static final String PHASE_ONE = "Phase I start";

  @Autowired
  IncomeSplitLedger incomeSplits;
  @Autowired
  ManagementService management;
  @Autowired
  RewardLedger rewards;

  private OffsetDateTime start;

  private ProcessInstance startPostLicensing(String milestonesJson) {
    start = ClockUtil.getCurrentTime().toInstant().atOffset(JST).withNano(0);
    Map<String, Object> variables = new HashMap<>();
    variables.put("themeTitle", "Selective KRAS G12D inhibitor");
    variables.put(SELECTED_LICENSEE, "Kansai Pharma");
    variables.put(LICENSE_AGREEMENT_REFERENCE, "LA-2027-003");
    variables.put(CONTRIBUTION_SHARES, SpinValues.jsonValue("[{\"institution\":\"Osaka University\",\"sharePercent\":33},"
        + "{\"institution\":\"RIKEN\",\"sharePercent\":33},{\"institution\":\"AIST\",\"sharePercent\":34}]").create());
    if (milestonesJson != null) {
      variables.put(MILESTONES, SpinValues.jsonValue(milestonesJson).create());
    }
    return start("post-licensing", newThemeId(), variables);
  }

  /** Two milestones: the lead candidate due in 180 days (50,000,000 yen), Phase I in 365 days (100,000,001 yen). */
  private ProcessInstance twoMilestones() {
    OffsetDateTime now = ClockUtil.getCurrentTime().toInstant().atOffset(JST).withNano(0);
    return startPostLicensing("[{\"name\":\"" + LEAD + "\",\"dueDate\":\"" + now.plusDays(180) + "\",\"payment\":50000000},"
        + "{\"name\":\"" + PHASE_ONE + "\",\"dueDate\":\"" + now.plusDays(365) + "\",\"payment\":100000001}]");
  }

  private void report(ProcessInstance instance, String milestone, Boolean achieved, String report) {
    var correlation = runtime.createMessageCorrelation(MESSAGE_PROGRESS_REPORT_SUBMITTED)
        .processInstanceBusinessKey(instance.getBusinessKey()).setVariable(MILESTONE_NAME, milestone);
    if (achieved != null) {
      correlation.setVariable(MILESTONE_ACHIEVED, achieved);
    }
    if (report != null) {
      correlation.setVariable(PROGRESS_REPORT, report);
    }
    correlation.correlate();
  }

  private Task reviewOf(ProcessInstance instance, String milestone) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_REVIEW_PROGRESS_REPORT).list()
        .stream().filter(t -> milestone.equals(taskService.getVariable(t.getId(), MILESTONE_NAME))).findFirst().orElseThrow();
  }

  private void acceptAndPay(ProcessInstance instance, String milestone) {
    report(instance, milestone, true, milestone + " reached on schedule.");
    complete(reviewOf(instance, milestone), withVariables(REPORT_ACCEPTED, true));
    execute(job(ACTIVITY_RECORD_MILESTONE_PAYMENT, instance));
  }

  private List<String> awaitedMilestones(ProcessInstance instance) {
    return runtime.createExecutionQuery().processInstanceId(instance.getId()).activityId(ACTIVITY_AWAIT_MILESTONE).list().stream()
        .map(e -> (String) runtime.getVariable(e.getId(), LICENSE_MILESTONE)).sorted().toList();
  }

  private Job firstTimer(ProcessInstance instance, String activityId) {
    return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).orderByJobDuedate().asc()
        .list().get(0);
  }

  private void launch(ProcessInstance instance, String product, String launchDate) {
    var correlation = runtime.createMessageCorrelation(MESSAGE_PRODUCT_LAUNCHED).processInstanceBusinessKey(instance.getBusinessKey());
    if (product != null) {
      correlation.setVariable(PRODUCT_NAME, product);
    }
    if (launchDate != null) {
      correlation.setVariable(LAUNCH_DATE, launchDate);
    }
    correlation.correlate();
  }

  private String yesterday() {
    return ClockUtil.getCurrentTime().toInstant().atOffset(JST).withNano(0).minusDays(1).toString();
  }

  private void abandon(ProcessInstance instance, String reason) {
    runtime.createMessageCorrelation(MESSAGE_DEVELOPMENT_ABANDONED).processInstanceBusinessKey(instance.getBusinessKey())
        .setVariable(ABANDONMENT_REASON, reason).correlate();
  }

  private void at(OffsetDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  @Test
  @DisplayName("LO-5, LS-7, 実用化: every milestone met and paid does not end the stage; the confirmed launch does: COMPLETED, market-use reward")
  void everyMilestoneMet_thenLaunchConfirmed_completes() {
    ProcessInstance post = twoMilestones();
    assertThat(post).isWaitingAt(ACTIVITY_AWAIT_MILESTONE);
    assertThat(awaitedMilestones(post)).containsExactly(LEAD, PHASE_ONE);

    report(post, LEAD, true, "Candidate KR-0042 selected.");
    assertThat(task(TASK_REVIEW_PROGRESS_REPORT, post)).hasCandidateGroup("strategy-office");
    complete(task(TASK_REVIEW_PROGRESS_REPORT, post), withVariables(REPORT_ACCEPTED, true));
    execute(job(ACTIVITY_RECORD_MILESTONE_PAYMENT, post));
    assertThat(awaitedMilestones(post)).containsExactly(PHASE_ONE);
    assertThat(MilestonesMet.of(runtime.getVariable(post.getId(), MILESTONES_MET))).containsExactly(LEAD);

    acceptAndPay(post, PHASE_ONE);
    assertThat(post).isNotEnded().hasPassed(END_ALL_MILESTONES_MET).isWaitingAt(ACTIVITY_AWAIT_PRODUCT_LAUNCH);
    assertThat(post).variables().doesNotContainKey("stageOutcome");

    launch(post, "Kransib tablets 100 mg", yesterday());
    Task confirm = task(TASK_CONFIRM_MARKET_LAUNCH, post);
    assertThat(confirm).hasCandidateGroup("strategy-office");
    assertThat(taskService.getVariables(confirm.getId())).containsEntry(PRODUCT_NAME, "Kransib tablets 100 mg")
        .containsEntry(OPEN_MILESTONES, "none (なし)");
    complete(confirm, withVariables(LAUNCH_CONFIRMED, true));
    execute(job(ACTIVITY_RECORD_MARKET_USE_REWARD, post));
    assertThat(post).isEnded().hasPassedInOrder(ACTIVITY_AWAIT_PRODUCT_LAUNCH, TASK_CONFIRM_MARKET_LAUNCH,
            ACTIVITY_RECORD_MARKET_USE_REWARD, END_PRODUCT_ON_THE_MARKET)
        .hasNotPassed(END_DEVELOPMENT_ABANDONED).variables().containsEntry("stageOutcome", "COMPLETED")
        .hasEntrySatisfying(MARKET_USE_REWARD, v -> assertThat((String) v).contains("Kransib tablets 100 mg", "RIKEN (33%)"));
    assertThat(rewards.of(post.getBusinessKey())).extracting(RewardLedger.Reward::kind, RewardLedger.Reward::milestone,
        RewardLedger.Reward::institution).containsExactlyInAnyOrder(
        tuple(RewardLedger.Kind.MARKET_USE, "Kransib tablets 100 mg", "Osaka University"),
        tuple(RewardLedger.Kind.MARKET_USE, "Kransib tablets 100 mg", "RIKEN"),
        tuple(RewardLedger.Kind.MARKET_USE, "Kransib tablets 100 mg", "AIST"));
    var splits = incomeSplits.of(post.getBusinessKey());
    assertThat(splits).extracting(s -> s.payment().kind(), s -> s.payment().milestoneName(), s -> s.payment().amount())
        .containsExactly(tuple(PaymentKind.MILESTONE, LEAD, 50_000_000L), tuple(PaymentKind.MILESTONE, PHASE_ONE, 100_000_001L));
    assertThat(splits.get(1).parts()).extracting(Part::amount).containsExactly(33_000_000L, 33_000_000L, 34_000_001L);
    assertThat(splits.get(0).parts()).extracting(Part::amount).containsExactly(16_500_000L, 16_500_000L, 17_000_000L);
  }

  @ParameterizedTest(name = "achieved={0}, accepted={1}")
  @CsvSource({"false, true", "true, false"})
  @DisplayName("LO-5: a milestone not achieved, or a report not accepted: no payment, the milestone waits for the next report")
  void reportNotAchievedOrNotAccepted_milestoneKeepsWaiting(boolean achieved, boolean accepted) {
    ProcessInstance post = twoMilestones();
    report(post, LEAD, achieved, "Two candidates left.");
    complete(task(TASK_REVIEW_PROGRESS_REPORT, post), withVariables(REPORT_ACCEPTED, accepted));

    assertThat(post).hasPassed(END_REPORT_NOTED).hasNotPassed(ACTIVITY_RECORD_MILESTONE_PAYMENT);
    assertThat(awaitedMilestones(post)).containsExactly(LEAD, PHASE_ONE);
    assertThat(incomeSplits.of(post.getBusinessKey())).isEmpty();

    acceptAndPay(post, LEAD);
    assertThat(awaitedMilestones(post)).containsExactly(PHASE_ONE);
  }

  @Test
  @DisplayName("LO-5: reports on two milestones are reviewed side by side, each with its own values")
  void reportsOnTwoMilestones_areReviewedSideBySide() {
    ProcessInstance post = twoMilestones();
    report(post, LEAD, true, "Candidate selected.");
    report(post, PHASE_ONE, false, "IND filed, first patient next month.");

    assertThat(taskService.createTaskQuery().processInstanceId(post.getId()).taskDefinitionKey(TASK_REVIEW_PROGRESS_REPORT).count())
        .isEqualTo(2);
    Task lead = reviewOf(post, LEAD);
    Task phaseOne = reviewOf(post, PHASE_ONE);
    assertThat(taskService.getVariables(lead.getId())).containsEntry(MILESTONE_ACHIEVED, true)
        .containsEntry(PROGRESS_REPORT, "Candidate selected.");
    assertThat(taskService.getVariables(phaseOne.getId())).containsEntry(MILESTONE_ACHIEVED, false)
        .containsEntry(PROGRESS_REPORT, "IND filed, first patient next month.");
    assertThat(taskService.getVariable(phaseOne.getId(), REPORT_ACCEPTED)).as("unticked until the office accepts").isEqualTo(false);

    complete(phaseOne, withVariables(REPORT_ACCEPTED, true));
    assertThat(taskService.getVariable(lead.getId(), REPORT_ACCEPTED)).as("one review's answer is not the other's").isEqualTo(false);
    complete(lead, withVariables(REPORT_ACCEPTED, true));
    execute(job(ACTIVITY_RECORD_MILESTONE_PAYMENT, post));
    assertThat(awaitedMilestones(post)).containsExactly(PHASE_ONE);
    assertThat(incomeSplits.of(post.getBusinessKey())).extracting(s -> s.payment().milestoneName()).containsExactly(LEAD);
  }

  @Test
  @DisplayName("LO-5: two accepted reports on one milestone pay it once")
  void twoAcceptedReportsOnOneMilestone_payOnce() {
    ProcessInstance post = twoMilestones();
    report(post, LEAD, true, "Candidate selected.");
    report(post, LEAD, true, "Candidate selected (final report).");
    taskService.createTaskQuery().processInstanceId(post.getId()).list()
        .forEach(t -> complete(t, withVariables(REPORT_ACCEPTED, true)));
    management.createJobQuery().processInstanceId(post.getId()).activityId(ACTIVITY_RECORD_MILESTONE_PAYMENT).list()
        .forEach(j -> execute(j));

    assertThat(incomeSplits.of(post.getBusinessKey())).hasSize(1);
    assertThat(awaitedMilestones(post)).containsExactly(PHASE_ONE);
  }

  @Test
  @DisplayName("CONTRACT: a report on a milestone that is not in the licence is refused naming milestoneName")
  void unknownMilestone_isRefused() {
    ProcessInstance post = twoMilestones();

    assertThatThrownBy(() -> report(post, "Phase III start", true, "?")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("milestoneName: must be one of the licence's milestones [" + LEAD + ", " + PHASE_ONE + "]");
    assertThat(taskService.createTaskQuery().processInstanceId(post.getId()).count()).isZero();
    assertThat(runtime.getVariables(post.getId())).doesNotContainKeys(MILESTONE_NAME, PROGRESS_REPORT);
  }

  @Test
  @DisplayName("CONTRACT: a report on a milestone already met, or without milestoneAchieved or progressReport, is refused")
  void reportOnMetMilestoneOrIncomplete_isRefused() {
    ProcessInstance post = twoMilestones();
    acceptAndPay(post, LEAD);

    assertThatThrownBy(() -> report(post, LEAD, true, "Again.")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("milestoneName: milestone '" + LEAD + "' has already been met");
    assertThatThrownBy(() -> report(post, PHASE_ONE, null, "Report.")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("milestoneAchieved: is required");
    assertThatThrownBy(() -> report(post, PHASE_ONE, true, null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("progressReport: is required");
    assertThat(taskService.createTaskQuery().processInstanceId(post.getId()).count()).isZero();
  }

  @Test
  @DisplayName("LO-5: values of applied research (milestoneAchieved) are forgotten: a report must bring its own")
  void earlierValues_areForgotten() {
    OffsetDateTime now = ClockUtil.getCurrentTime().toInstant().atOffset(JST);
    Map<String, Object> variables = new HashMap<>(Map.of(SELECTED_LICENSEE, "Kansai Pharma", CONTRIBUTION_SHARES,
        "[{\"institution\":\"Osaka University\",\"sharePercent\":100}]",
        MILESTONES, "[{\"name\":\"" + LEAD + "\",\"dueDate\":\"" + now.plusDays(90) + "\",\"payment\":1}]",
        MILESTONE_NAME, "Lead compound", MILESTONE_ACHIEVED, true, ABANDONMENT_REASON, "From an earlier licence."));
    ProcessInstance post = start(PROCESS_KEY, newThemeId(), variables);

    assertThat(post).variables().doesNotContainKeys(MILESTONE_NAME, MILESTONE_ACHIEVED, ABANDONMENT_REASON);
    assertThatThrownBy(() -> report(post, LEAD, null, "Report.")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("milestoneAchieved: is required");
  }

  @Test
  @DisplayName("LO-5: 30 days before a due date the office is asked to remind the licensee; the milestone keeps waiting")
  void reminderBeforeDueDate_asksTheOfficeToRemind() {
    ProcessInstance post = twoMilestones();
    Job reminder = firstTimer(post, BOUNDARY_MILESTONE_REMINDER);
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(start.plusDays(150).toInstant()));

    at(start.plusDays(151));
    execute(reminder);
    Task remind = task(TASK_REMIND_LICENSEE_OF_MILESTONE, post);
    assertThat(remind).hasCandidateGroup("strategy-office");
    assertThat(taskService.getVariable(remind.getId(), LICENSE_MILESTONE)).isEqualTo(LEAD);
    assertThat(taskService.getVariable(remind.getId(), LICENSE_MILESTONE_DUE_DATE)).isEqualTo(start.plusDays(180).toString());
    complete(remind, withVariables(REMINDER_NOTE, "Called the licensee's project lead."));

    assertThat(post).hasPassed("EndEvent_LicenseeReminded");
    assertThat(awaitedMilestones(post)).containsExactly(LEAD, PHASE_ONE);
  }

  @Test
  @DisplayName("CONTRACT: a missed due date gives the office a follow-up; kept waiting, it comes back at the next follow-up date")
  void dueDatePassed_keepWaiting_followsUpAgain_untilMet() {
    ProcessInstance post = twoMilestones();
    at(start.plusDays(181));
    execute(firstTimer(post, BOUNDARY_MILESTONE_REMINDER));
    execute(firstTimer(post, BOUNDARY_MILESTONE_OVERDUE));

    Task followUp = task(TASK_FOLLOW_UP_OVERDUE_MILESTONE, post);
    assertThat(followUp).hasCandidateGroup("strategy-office");
    assertThat(taskService.getVariable(followUp.getId(), LICENSE_MILESTONE)).isEqualTo(LEAD);
    assertThatThrownBy(() -> taskService.complete(followUp.getId(), Map.of(MILESTONE_FOLLOW_UP, "KEEP_WAITING",
        NEXT_FOLLOW_UP_DATE, start.plusDays(100).toString(), FOLLOW_UP_NOTE, "Delayed by tox study.")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("nextFollowUpDate: must be in the future");
    complete(followUp, withVariables(MILESTONE_FOLLOW_UP, "KEEP_WAITING", NEXT_FOLLOW_UP_DATE, start.plusDays(211).toString(),
        FOLLOW_UP_NOTE, "Delayed by a tox study; report expected within a month."));

    assertThat(post).hasPassed("Gateway_MilestoneFollowUp");
    assertThat(awaitedMilestones(post)).containsExactly(LEAD, PHASE_ONE);
    Job nextFollowUp = firstTimer(post, EVENT_NEXT_FOLLOW_UP_DUE);
    assertThat(nextFollowUp.getDuedate()).isEqualTo(Date.from(start.plusDays(211).toInstant()));
    at(start.plusDays(212));
    execute(nextFollowUp);
    assertThat(task(TASK_FOLLOW_UP_OVERDUE_MILESTONE, post)).isNotNull();

    acceptAndPay(post, LEAD);
    assertThat(taskService.createTaskQuery().processInstanceId(post.getId()).taskDefinitionKey(TASK_FOLLOW_UP_OVERDUE_MILESTONE).count())
        .as("the met milestone's follow-up ends with it").isZero();
    assertThat(awaitedMilestones(post)).containsExactly(PHASE_ONE);
  }

  @Test
  @DisplayName("AL-3: an overdue milestone treated as abandoned ends the contract: ABANDONED, the follow-up note is the reason")
  void dueDatePassed_treatedAsAbandoned_endsAbandoned() {
    ProcessInstance post = twoMilestones();
    at(start.plusDays(181));
    execute(firstTimer(post, BOUNDARY_MILESTONE_OVERDUE));
    complete(task(TASK_FOLLOW_UP_OVERDUE_MILESTONE, post), withVariables(MILESTONE_FOLLOW_UP, "TREAT_AS_ABANDONED",
        FOLLOW_UP_NOTE, "The licensee stopped the project."));

    assertThat(post).isEnded().hasPassed(END_TREATED_AS_ABANDONED, END_ABANDONED_AFTER_FOLLOW_UP)
        .hasNotPassed(END_ALL_MILESTONES_MET).variables().containsEntry("stageOutcome", "ABANDONED")
        .containsEntry(ABANDONMENT_REASON, "The licensee stopped the project.");
  }

  @Test
  @DisplayName("AL-3: the licensee may abandon development at any time: ABANDONED, open reviews and waits cancelled")
  void developmentAbandoned_endsAbandoned_andCancelsOpenWork() {
    ProcessInstance post = twoMilestones();
    acceptAndPay(post, LEAD);
    report(post, PHASE_ONE, false, "Slow recruitment.");

    runtime.createMessageCorrelation(MESSAGE_DEVELOPMENT_ABANDONED).processInstanceBusinessKey(post.getBusinessKey())
        .setVariable(ABANDONMENT_REASON, "Portfolio change.").correlate();

    assertThat(post).isEnded().hasPassed(END_DEVELOPMENT_ABANDONED).hasNotPassed(END_ALL_MILESTONES_MET)
        .variables().containsEntry("stageOutcome", "ABANDONED").containsEntry(ABANDONMENT_REASON, "Portfolio change.");
    assertThat(taskService.createTaskQuery().processInstanceId(post.getId()).count()).isZero();
    assertThat(incomeSplits.of(post.getBusinessKey())).hasSize(1);
  }

  @Test
  @DisplayName("CONTRACT: DevelopmentAbandoned without a reason is refused naming abandonmentReason")
  void abandonmentWithoutReason_isRefused() {
    ProcessInstance post = twoMilestones();

    assertThatThrownBy(() -> runtime.createMessageCorrelation(MESSAGE_DEVELOPMENT_ABANDONED)
        .processInstanceBusinessKey(post.getBusinessKey()).correlate())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("abandonmentReason: is required");
    assertThat(post).isNotEnded();
    assertThat(awaitedMilestones(post)).containsExactly(LEAD, PHASE_ONE);
  }

  @Test
  @DisplayName("AL-3: a licence without milestones waits for the launch; the licensee may still abandon: ABANDONED")
  void noMilestones_waitsForLaunch_abandonmentAccepted() {
    ProcessInstance post = startPostLicensing(null);
    assertThat(post).isNotEnded().hasPassed(END_ALL_MILESTONES_MET).hasNotPassed(ACTIVITY_AWAIT_MILESTONE)
        .isWaitingAt(ACTIVITY_AWAIT_PRODUCT_LAUNCH);
    abandon(post, "Safety signal in the first cohort.");
    assertThat(post).isEnded().hasPassed(END_DEVELOPMENT_ABANDONED).hasNotPassed(END_PRODUCT_ON_THE_MARKET)
        .variables().containsEntry("stageOutcome", "ABANDONED");

    ProcessInstance empty = startPostLicensing("[]");
    assertThat(empty).isWaitingAt(ACTIVITY_AWAIT_PRODUCT_LAUNCH).hasPassed(END_ALL_MILESTONES_MET);
  }

  @Test
  @DisplayName("AL-3: after every milestone was met the licensee may still abandon: ABANDONED, no market-use reward")
  void allMilestonesMet_thenAbandoned_endsAbandoned() {
    ProcessInstance post = twoMilestones();
    acceptAndPay(post, LEAD);
    acceptAndPay(post, PHASE_ONE);
    assertThat(post).hasPassed(END_ALL_MILESTONES_MET).isWaitingAt(ACTIVITY_AWAIT_PRODUCT_LAUNCH);

    abandon(post, "Market outlook changed.");
    assertThat(post).isEnded().hasPassed(END_DEVELOPMENT_ABANDONED).variables().containsEntry("stageOutcome", "ABANDONED")
        .containsEntry(ABANDONMENT_REASON, "Market outlook changed.");
    assertThat(rewards.of(post.getBusinessKey())).isEmpty();
  }

  @Test
  @DisplayName("AL-3: a launch the office cannot confirm keeps the stage waiting; the next report must bring its own values")
  void launchNotConfirmed_keepsWaiting() {
    ProcessInstance post = startPostLicensing(null);
    launch(post, "Kransib", yesterday());
    complete(task(TASK_CONFIRM_MARKET_LAUNCH, post), withVariables(LAUNCH_CONFIRMED, false));

    assertThat(post).isNotEnded().isWaitingAt(ACTIVITY_AWAIT_PRODUCT_LAUNCH).hasPassed("Gateway_JoinAwaitLaunch")
        .hasNotPassed(ACTIVITY_RECORD_MARKET_USE_REWARD);
    assertThat(runtime.getVariables(post.getId())).doesNotContainKeys(PRODUCT_NAME, LAUNCH_DATE, LAUNCH_CONFIRMED, LAUNCH_REPORTED_AT);
    assertThatThrownBy(() -> launch(post, null, yesterday())).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("productName: is required");

    launch(post, "Kransib tablets", yesterday());
    complete(task(TASK_CONFIRM_MARKET_LAUNCH, post), withVariables(LAUNCH_CONFIRMED, true));
    execute(job(ACTIVITY_RECORD_MARKET_USE_REWARD, post));
    assertThat(post).isEnded().variables().containsEntry("stageOutcome", "COMPLETED");
  }

  @Test
  @DisplayName("CONTRACT: ProductLaunched with a launch date in the future, or while a launch is under review, is refused; nothing changes")
  void launchInTheFutureOrUnderReview_isRefused() {
    ProcessInstance post = twoMilestones();
    String tomorrow = ClockUtil.getCurrentTime().toInstant().atOffset(JST).plusDays(1).toString();
    assertThatThrownBy(() -> launch(post, "Kransib", tomorrow)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("launchDate: must not be in the future");
    assertThatThrownBy(() -> launch(post, "Kransib", "next spring")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("launchDate: must be an ISO-8601 date-time");
    assertThat(post).isWaitingAt(ACTIVITY_AWAIT_PRODUCT_LAUNCH);
    assertThat(taskService.createTaskQuery().processInstanceId(post.getId()).count()).isZero();

    launch(post, "Kransib", yesterday());
    assertThatThrownBy(() -> launch(post, "Kransib again", yesterday())).isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(runtime.getVariable(post.getId(), PRODUCT_NAME)).isEqualTo("Kransib");
  }

  @Test
  @DisplayName("AL-3: a launch confirmed while milestones are open ends the stage and closes them; the office saw which")
  void launchConfirmedWithOpenMilestones_closesThem() {
    ProcessInstance post = twoMilestones();
    acceptAndPay(post, LEAD);
    report(post, PHASE_ONE, false, "Recruiting.");
    launch(post, "Kransib", yesterday());

    Task confirm = task(TASK_CONFIRM_MARKET_LAUNCH, post);
    assertThat(taskService.getVariable(confirm.getId(), OPEN_MILESTONES)).isEqualTo(PHASE_ONE);
    complete(confirm, withVariables(LAUNCH_CONFIRMED, true));
    execute(job(ACTIVITY_RECORD_MARKET_USE_REWARD, post));

    assertThat(post).isEnded().hasNotPassed(END_ALL_MILESTONES_MET).variables().containsEntry("stageOutcome", "COMPLETED");
    assertThat(taskService.createTaskQuery().processInstanceId(post.getId()).count()).as("the open review ended too").isZero();
    assertThat(incomeSplits.of(post.getBusinessKey())).hasSize(1);
  }

  @Test
  @DisplayName("LO-5: a progress milestone (payment 0) is met without an income split; the paid one is split")
  void progressMilestone_metWithoutSplit() {
    OffsetDateTime now = ClockUtil.getCurrentTime().toInstant().atOffset(JST).withNano(0);
    ProcessInstance post = startPostLicensing("[{\"name\":\"Tox report\",\"dueDate\":\"" + now.plusDays(90) + "\",\"payment\":0},"
        + "{\"name\":\"" + PHASE_ONE + "\",\"dueDate\":\"" + now.plusDays(365) + "\",\"payment\":100000001}]");
    acceptAndPay(post, "Tox report");

    assertThat(awaitedMilestones(post)).containsExactly(PHASE_ONE);
    assertThat(MilestonesMet.of(runtime.getVariable(post.getId(), MILESTONES_MET))).containsExactly("Tox report");
    assertThat(incomeSplits.of(post.getBusinessKey())).isEmpty();
    acceptAndPay(post, PHASE_ONE);
    assertThat(incomeSplits.of(post.getBusinessKey())).singleElement()
        .satisfies(split -> assertThat(split.payment().milestoneName()).isEqualTo(PHASE_ONE));
  }
}
