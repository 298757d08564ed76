package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;
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
import jp.dsnet.themes.rights.PatentApplications;
import jp.dsnet.themes.support.ProcessTestSupport;
import jp.dsnet.themes.validation.InvalidInputException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through licensee-solicitation (LS-1..5), with the deadlines driven explicitly and
 * their races: a message after its deadline is refused and changes nothing.
 */
class LicenseeSolicitationProcessTest extends ProcessTestSupport {

  private static final ZoneOffset JST = ZoneOffset.ofHours(9);
  private static final String SHARES = "[{\"institution\":\"Osaka University\",\"sharePercent\":70},{\"institution\":\"RIKEN\",\"sharePercent\":30}]";

  @Autowired
  SealedBids sealedBids;

  private Instant now;

  @BeforeEach
  void freezeClock() {
    clockAt(Instant.parse("2027-06-01T01:00:00Z"));
  }

  private void clockAt(Instant instant) {
    now = instant;
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  private String inDays(int days) {
    return OffsetDateTime.ofInstant(now.plus(Duration.ofDays(days)), JST).toString();
  }

  /** The theme record as the lifecycle maps it in: one patent application filed (IN-6), RIKEN reported (AR-1). */
  private ProcessInstance startSolicitation() {
    return startSolicitation(Map.of(PatentApplications.VARIABLE, "[\"JP2026-004711\"]", "supportInstitutes", "[\"RIKEN\"]"));
  }

  private ProcessInstance startSolicitation(Map<String, Object> record) {
    Map<String, Object> theme = new HashMap<>(record);
    theme.put("themeTitle", "Selective KRAS G12D inhibitor");
    theme.put("leadResearcher", "researcher");
    theme.put("institution", "Osaka University");
    theme.put("modality", "SMALL_MOLECULE");
    return start(PROCESS_KEY, newThemeId(), theme);
  }

  /** Shares allocated and the call published, open for 30 days. */
  private ProcessInstance callOpen() {
    ProcessInstance solicitation = startSolicitation();
    complete(task(TASK_ALLOCATE_CONTRIBUTION_SHARES, solicitation), withVariables(CONTRIBUTION_SHARES, SHARES));
    complete(task(TASK_PUBLISH_LICENSEE_CALL, solicitation), withVariables(CALL_DEADLINE, inDays(30)));
    return solicitation;
  }

  private void apply(ProcessInstance solicitation, String company) {
    runtime.createMessageCorrelation(MESSAGE_APPLICATION_RECEIVED).processInstanceBusinessKey(solicitation.getBusinessKey())
        .setVariable(APPLICANT_COMPANY, company).correlate();
  }

  private void bid(ProcessInstance solicitation, String company, Object amount, String terms) {
    runtime.createMessageCorrelation(MESSAGE_BID_SUBMITTED).processInstanceBusinessKey(solicitation.getBusinessKey())
        .setVariable(BIDDER_COMPANY, company).setVariable(BID_AMOUNT, amount).setVariable(BID_TERMS, terms).correlate();
  }

  /** The application's refusal of a call, wherever the engine put it in the cause chain. */
  private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException refusal) {
        return assertThat(refusal);
      }
    }
    throw new AssertionError("Expected a refusal (InvalidInputException), got " + thrown, thrown);
  }

  private Job deadline(ProcessInstance solicitation, String timerId) {
    return managementService().createJobQuery().processInstanceId(solicitation.getId()).activityId(timerId).singleResult();
  }

  /** Moves the clock to the deadline and fires its timer. */
  private void passDeadline(ProcessInstance solicitation, String timerId) {
    Job timer = deadline(solicitation, timerId);
    clockAt(timer.getDuedate().toInstant().plusSeconds(1));
    execute(timer);
  }

  private ProcessInstance closedWith(String... companies) {
    ProcessInstance solicitation = callOpen();
    for (String company : companies) {
      apply(solicitation, company);
    }
    passDeadline(solicitation, TIMER_CALL_DEADLINE);
    return solicitation;
  }

  /** Two applicants, tender method chosen, bidding open for 14 days. */
  private ProcessInstance biddingOpen(String tenderMethod) {
    ProcessInstance solicitation = closedWith("Kansai Pharma", "Tohoku Biotech");
    assertThat(solicitation).isWaitingAt(TASK_CHOOSE_TENDER_METHOD);
    complete(task(solicitation), withVariables(TENDER_METHOD, tenderMethod, BID_DEADLINE, inDays(14)));
    return solicitation;
  }

  @Test
  @DisplayName("LS-5: shares that do not sum to 100, or with a share of 0, are refused naming contributionShares; the task stays open")
  void badShares_areRefused() {
    ProcessInstance solicitation = startSolicitation();
    Task allocate = task(solicitation);
    assertThat(allocate).hasCandidateGroup("strategy-office");

    assertThatThrownBy(() -> taskService.complete(allocate.getId(), Map.of(CONTRIBUTION_SHARES,
        "[{\"institution\":\"Osaka University\",\"sharePercent\":60},{\"institution\":\"RIKEN\",\"sharePercent\":30}]")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("contributionShares: the shares must sum to 100, they sum to 90");
    assertThatThrownBy(() -> taskService.complete(allocate.getId(), Map.of(CONTRIBUTION_SHARES,
        List.of(Map.of("institution", "Osaka University", "sharePercent", 100), Map.of("institution", "RIKEN", "sharePercent", 0)))))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("contributionShares: the share of 'RIKEN' must be a number greater than 0");
    assertThatThrownBy(() -> taskService.complete(allocate.getId(), Map.of(CONTRIBUTION_SHARES, "sixty-forty")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("contributionShares: must be JSON");

    assertThat(solicitation).isWaitingAt(TASK_ALLOCATE_CONTRIBUTION_SHARES);
    assertThat(runtime.getVariables(solicitation.getId())).doesNotContainKey(CONTRIBUTION_SHARES);
  }

  @Test
  @DisplayName("LS-5: shares given as a String holding JSON are kept as a Json variable; LS-1: the call needs a future deadline")
  void sharesAsString_becomeJson_andCallNeedsFutureDeadline() {
    ProcessInstance solicitation = startSolicitation();
    complete(task(solicitation), withVariables(CONTRIBUTION_SHARES, SHARES));

    TypedValue shares = runtime.getVariableTyped(solicitation.getId(), CONTRIBUTION_SHARES);
    assertThat(shares).isInstanceOf(JsonValue.class);
    assertThat(shares.getValue().toString()).isEqualTo(
        "[{\"institution\":\"Osaka University\",\"sharePercent\":70},{\"institution\":\"RIKEN\",\"sharePercent\":30}]");

    Task publish = task(solicitation);
    assertThat(publish.getTaskDefinitionKey()).isEqualTo(TASK_PUBLISH_LICENSEE_CALL);
    assertThatThrownBy(() -> taskService.complete(publish.getId(), Map.of(CALL_DEADLINE, inDays(-1))))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("callDeadline: must be in the future");
    assertThat(solicitation).isWaitingAt(TASK_PUBLISH_LICENSEE_CALL);
  }

  @Test
  @DisplayName("LS-5, AR-1: shares without the researcher's institution or a partner institute that reported are refused naming contributionShares")
  void sharesWithoutAContributor_areRefused() {
    ProcessInstance solicitation = startSolicitation(Map.of(PatentApplications.VARIABLE, "[\"JP2026-004711\"]",
        "supportInstitutes", "[\"RIKEN\",\"Tohoku University\"]"));
    Task allocate = task(solicitation);

    assertThatThrownBy(() -> taskService.complete(allocate.getId(), Map.of(CONTRIBUTION_SHARES, SHARES)))
        .hasRootCauseInstanceOf(InvalidInputException.class)
        .hasMessageContaining("contributionShares: must give a share to every contributor").hasMessageContaining("[Tohoku University]");
    assertThatThrownBy(() -> taskService.complete(allocate.getId(), Map.of(CONTRIBUTION_SHARES,
        "[{\"institution\":\"Kyoto University\",\"sharePercent\":50},{\"institution\":\"RIKEN\",\"sharePercent\":30},"
            + "{\"institution\":\"Tohoku University\",\"sharePercent\":20}]")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("missing: [Osaka University]");
    assertThat(solicitation).isWaitingAt(TASK_ALLOCATE_CONTRIBUTION_SHARES);

    complete(allocate, withVariables(CONTRIBUTION_SHARES, "[{\"institution\":\"osaka university\",\"sharePercent\":50},"
        + "{\"institution\":\"RIKEN\",\"sharePercent\":30},{\"institution\":\"Tohoku  University\",\"sharePercent\":20}]"));
    assertThat(solicitation).isWaitingAt(TASK_PUBLISH_LICENSEE_CALL);
  }

  @Test
  @DisplayName("IN-6: no call while the theme has neither a patent application nor a waiver: refused naming patentApplicationReference")
  void callWithoutRights_isRefused() {
    ProcessInstance solicitation = startSolicitation(Map.of());
    complete(task(solicitation), withVariables(CONTRIBUTION_SHARES,
        "[{\"institution\":\"Osaka University\",\"sharePercent\":100}]"));
    Task publish = task(solicitation);

    assertRefused(() -> taskService.complete(publish.getId(), Map.of(CALL_DEADLINE, inDays(30))))
        .hasMessageStartingWith(PatentApplications.REFERENCE + ": the theme has no patent application");
    assertThat(solicitation).isWaitingAt(TASK_PUBLISH_LICENSEE_CALL).variables().doesNotContainKey(CALL_DEADLINE);

    ProcessInstance waived = startSolicitation(Map.of(PatentApplications.WAIVER_REASON, "Know-how licence."));
    complete(task(waived), withVariables(CONTRIBUTION_SHARES, "[{\"institution\":\"Osaka University\",\"sharePercent\":100}]"));
    complete(task(waived), withVariables(CALL_DEADLINE, inDays(30)));
    assertThat(waived).isWaitingAt(TIMER_CALL_DEADLINE);
  }

  @ParameterizedTest(name = "LS-3: no applicant, the head decides {0}: stageOutcome {0}")
  @CsvSource({"RESOLICIT, EndEvent_Resolicit", "CONTINUE_RESEARCH, EndEvent_ContinueResearch", "NO_GO, EndEvent_NoGo"})
  void noApplicant_asksHeadToDecideContinuation(String decision, String endEvent) {
    ProcessInstance solicitation = closedWith();

    assertThat(solicitation).isWaitingAt(TASK_DECIDE_THEME_CONTINUATION).hasPassed("Event_NoApplicant").hasNotPassed(TASK_CHOOSE_TENDER_METHOD);
    assertThat(task(solicitation)).hasCandidateGroup("strategy-office-head");
    assertThat(solicitation).variables().containsEntry(DECISION_CONTEXT, "NO_APPLICANT").containsEntry(APPLICANT_COUNT, 0L);
    complete(task(solicitation), withVariables(CONTINUATION_DECISION, decision));

    assertThat(solicitation).isEnded().hasPassed(endEvent).variables().containsEntry("stageOutcome", decision);
  }

  @Test
  @DisplayName("LS-1, LS-4: one applicant (who applied twice) is the licensee; the head confirms: LICENSEE_SELECTED")
  void oneApplicant_isSelectedLicensee() {
    ProcessInstance solicitation = callOpen();
    apply(solicitation, "Kansai Pharma");
    apply(solicitation, "  kansai   PHARMA ");
    assertThat(solicitation).variables().containsEntry(APPLICANT_COUNT, 1L);

    passDeadline(solicitation, TIMER_CALL_DEADLINE);
    assertThat(solicitation).isWaitingAt(TASK_CONFIRM_AWARD).hasPassed(TASK_SELECT_SOLE_APPLICANT).hasNotPassed(TASK_CHOOSE_TENDER_METHOD);
    assertThat(task(solicitation)).hasCandidateGroup("strategy-office-head");
    assertThat(solicitation).variables().containsEntry(SELECTED_LICENSEE, "Kansai Pharma");
    complete(task(solicitation), withVariables(AWARD_CONFIRMED, true));

    assertThat(solicitation).isEnded().hasPassed(END_LICENSEE_SELECTED).variables()
        .containsEntry("stageOutcome", "LICENSEE_SELECTED").containsEntry(SELECTED_LICENSEE, "Kansai Pharma");
  }

  @Test
  @DisplayName("The head does not confirm the award: DecideThemeContinuation with AWARD_NOT_CONFIRMED")
  void awardNotConfirmed_asksHeadToDecideContinuation() {
    ProcessInstance solicitation = closedWith("Kansai Pharma");
    complete(task(solicitation), withVariables(AWARD_CONFIRMED, false));

    assertThat(solicitation).isWaitingAt(TASK_DECIDE_THEME_CONTINUATION).hasPassed("Event_AwardNotConfirmed");
    assertThat(solicitation).variables().containsEntry(DECISION_CONTEXT, "AWARD_NOT_CONFIRMED");
    complete(task(solicitation), withVariables(CONTINUATION_DECISION, "RESOLICIT"));
    assertThat(solicitation).isEnded().variables().containsEntry("stageOutcome", "RESOLICIT");
  }

  @Test
  @DisplayName("LS-1: an application after the deadline is refused, whether the timer has fired or not, and changes nothing")
  void applicationAfterDeadline_isRefused() {
    ProcessInstance solicitation = callOpen();
    apply(solicitation, "Kansai Pharma");
    Job timer = deadline(solicitation, TIMER_CALL_DEADLINE);

    clockAt(timer.getDuedate().toInstant().plusSeconds(1)); // the deadline has passed, the timer has not fired yet
    assertRefused(() -> apply(solicitation, "Late Pharma")).hasMessageContaining("callDeadline: the call (公募) closed at");
    assertThat(Companies.read(runtime.getVariable(solicitation.getId(), APPLICANTS))).containsExactly("Kansai Pharma");

    execute(timer);
    assertThatThrownBy(() -> apply(solicitation, "Late Pharma")).isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(solicitation).isWaitingAt(TASK_CONFIRM_AWARD).variables().containsEntry(SELECTED_LICENSEE, "Kansai Pharma");
  }

  @Test
  @DisplayName("LS-2: two applicants, competitive bidding: the highest bid wins; its amount never becomes a variable")
  void competitive_highestBidWins() {
    ProcessInstance solicitation = biddingOpen("COMPETITIVE");
    assertThat(solicitation).isWaitingAt("Event_BidDeadlinePassed");
    bid(solicitation, "Kansai Pharma", 300_000_000L, "Upfront 300M yen, royalty 5%");
    bid(solicitation, "Tohoku Biotech", 450_000_000L, "Upfront 450M yen, royalty 4%");

    passDeadline(solicitation, TIMER_BID_DEADLINE);
    assertThat(solicitation).isWaitingAt(TASK_CONFIRM_AWARD).hasPassedInOrder(TASK_OPEN_BIDS, TASK_SELECT_HIGHEST_BIDDER);
    assertThat(solicitation).variables().containsEntry(SELECTED_LICENSEE, "Tohoku Biotech").containsEntry(BID_COUNT, 2L)
        .doesNotContainKeys(BID_AMOUNT, BID_TERMS, BIDDER_COMPANY);
    assertThat(runtime.getVariables(solicitation.getId()).values()).noneMatch(v -> String.valueOf(v).contains("450000000"));
  }

  @Test
  @DisplayName("LS-2: competitive bidding with equal amounts: the earlier bid wins")
  void competitive_tie_earlierBidWins() {
    ProcessInstance solicitation = biddingOpen("COMPETITIVE");
    bid(solicitation, "Tohoku Biotech", 400_000_000L, "Terms A");
    clockAt(now.plusSeconds(60));
    bid(solicitation, "Kansai Pharma", 400_000_000L, "Terms B");

    passDeadline(solicitation, TIMER_BID_DEADLINE);
    assertThat(solicitation).variables().containsEntry(SELECTED_LICENSEE, "Tohoku Biotech");
  }

  @Test
  @DisplayName("LS-2: researcher's preference: the lead researcher chooses among the bidders; a company that did not bid is refused")
  void researcherPreference_leadResearcherChoosesAmongBidders() {
    ProcessInstance solicitation = biddingOpen("RESEARCHER_PREFERENCE");
    bid(solicitation, "Kansai Pharma", 300_000_000L, "Upfront 300M yen");
    bid(solicitation, "Tohoku Biotech", 450_000_000L, "Upfront 450M yen");
    passDeadline(solicitation, TIMER_BID_DEADLINE);

    assertThat(solicitation).isWaitingAt(TASK_RECORD_RESEARCHER_PREFERENCE).hasNotPassed(TASK_SELECT_HIGHEST_BIDDER);
    Task preference = task(solicitation);
    assertThat(preference).isAssignedTo("researcher");
    assertThat(Companies.read(runtime.getVariable(solicitation.getId(), BIDDERS))).containsExactly("Kansai Pharma", "Tohoku Biotech");
    assertThatThrownBy(() -> taskService.complete(preference.getId(), Map.of(PREFERRED_BIDDER, "Osaka Chemicals")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("preferredBidder: 'Osaka Chemicals' did not bid");
    complete(preference, withVariables(PREFERRED_BIDDER, "kansai pharma"));

    assertThat(solicitation).isWaitingAt(TASK_CONFIRM_AWARD).variables().containsEntry(SELECTED_LICENSEE, "Kansai Pharma");
    complete(task(solicitation), withVariables(AWARD_CONFIRMED, true));
    assertThat(solicitation).isEnded().variables().containsEntry("stageOutcome", "LICENSEE_SELECTED");
  }

  /** Two bids opened under the researcher's preference for Kansai Pharma: the head's ConfirmAward is open. */
  private ProcessInstance awardToConfirm() {
    ProcessInstance solicitation = biddingOpen("RESEARCHER_PREFERENCE");
    bid(solicitation, "Kansai Pharma", 300_000_000L, "Upfront 300M yen");
    bid(solicitation, "Tohoku Biotech", 450_000_000L, "Upfront 450M yen, royalty 4%");
    passDeadline(solicitation, TIMER_BID_DEADLINE);
    complete(task(solicitation), withVariables(PREFERRED_BIDDER, "Kansai Pharma"));
    assertThat(solicitation).isWaitingAt(TASK_CONFIRM_AWARD);
    return solicitation;
  }

  @Test
  @DisplayName("LS-2: the head sees every opened bid and the researcher's preference on ConfirmAward; the bids stay out of history")
  void confirmAward_showsEveryBid() {
    ProcessInstance solicitation = awardToConfirm();
    Task confirm = task(solicitation);

    assertThat((String) taskService.getVariableLocal(confirm.getId(), OPENED_BIDS))
        .contains("Kansai Pharma: ¥300,000,000 (Upfront 300M yen)").contains("Tohoku Biotech: ¥450,000,000 (Upfront 450M yen, royalty 4%)");
    assertThat(taskService.getVariable(confirm.getId(), PREFERRED_BIDDER)).isEqualTo("Kansai Pharma");
    assertThat(runtime.getVariables(solicitation.getId())).doesNotContainKey(OPENED_BIDS);
    complete(confirm, withVariables(AWARD_CONFIRMED, true));

    assertThat(solicitation).isEnded().hasPassedInOrder(TASK_CONFIRM_AWARD, TASK_AWARD_LICENSEE, END_LICENSEE_SELECTED)
        .variables().containsEntry(SELECTED_LICENSEE, "Kansai Pharma");
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(solicitation.getId()).variableName(OPENED_BIDS)
        .includeDeleted().count()).isZero();
    assertThat(historyService().createHistoricDetailQuery().processInstanceId(solicitation.getId()).list())
        .noneMatch(d -> String.valueOf(d).contains("300,000,000"));
  }

  @Test
  @DisplayName("LS-2: the head awards another bidder than the researcher's preference, with a rationale: that bidder is the licensee")
  void confirmAward_headAwardsAnotherBidder() {
    ProcessInstance solicitation = awardToConfirm();
    Task confirm = task(solicitation);

    assertRefused(() -> taskService.complete(confirm.getId(), Map.of(AWARD_CONFIRMED, true, AWARDED_BIDDER, "tohoku biotech")))
        .hasMessageStartingWith(AWARD_RATIONALE + ": is required when the award");
    assertRefused(() -> taskService.complete(confirm.getId(), Map.of(AWARD_CONFIRMED, true, AWARDED_BIDDER, "Osaka Chemicals",
        AWARD_RATIONALE, "Better terms.")))
        .hasMessageStartingWith(AWARDED_BIDDER + ": 'Osaka Chemicals' did not bid");
    assertThat(solicitation).isWaitingAt(TASK_CONFIRM_AWARD).variables().containsEntry(SELECTED_LICENSEE, "Kansai Pharma");

    complete(confirm, withVariables(AWARD_CONFIRMED, true, AWARDED_BIDDER, "tohoku biotech",
        AWARD_RATIONALE, "A far higher offer and a partner the researcher also named acceptable."));

    assertThat(solicitation).isEnded().hasPassed(TASK_AWARD_LICENSEE).variables()
        .containsEntry("stageOutcome", "LICENSEE_SELECTED").containsEntry(SELECTED_LICENSEE, "Tohoku Biotech");
  }

  @Test
  @DisplayName("LS-2: awarding the preferred bidder by name needs no rationale; without a tender only the sole applicant can be awarded")
  void confirmAward_awardedBidderRules() {
    ProcessInstance solicitation = awardToConfirm();
    complete(task(solicitation), withVariables(AWARD_CONFIRMED, true, AWARDED_BIDDER, "KANSAI PHARMA"));
    assertThat(solicitation).isEnded().variables().containsEntry(SELECTED_LICENSEE, "Kansai Pharma");

    ProcessInstance sole = closedWith("Kansai Pharma");
    Task confirm = task(sole);
    assertThat(taskService.getVariableLocal(confirm.getId(), OPENED_BIDS)).isNull();
    assertRefused(() -> taskService.complete(confirm.getId(), Map.of(AWARD_CONFIRMED, true, AWARDED_BIDDER, "Tohoku Biotech",
        AWARD_RATIONALE, "Preferred.")))
        .hasMessageStartingWith(AWARDED_BIDDER + ": there was no tender");
    complete(confirm, withVariables(AWARD_CONFIRMED, false, AWARDED_BIDDER, "Tohoku Biotech"));
    assertThat(sole).isWaitingAt(TASK_DECIDE_THEME_CONTINUATION).variables().containsEntry(SELECTED_LICENSEE, "Kansai Pharma");
  }

  @Test
  @DisplayName("LS-2, LS-3: no bid by the deadline: DecideThemeContinuation with NO_BID")
  void noBid_asksHeadToDecideContinuation() {
    ProcessInstance solicitation = biddingOpen("COMPETITIVE");
    passDeadline(solicitation, TIMER_BID_DEADLINE);

    assertThat(solicitation).isWaitingAt(TASK_DECIDE_THEME_CONTINUATION).hasPassed("Event_NoBid").hasNotPassed(TASK_SELECT_HIGHEST_BIDDER);
    assertThat(solicitation).variables().containsEntry(DECISION_CONTEXT, "NO_BID").containsEntry(BID_COUNT, 0L);
    complete(task(solicitation), withVariables(CONTINUATION_DECISION, "CONTINUE_RESEARCH"));
    assertThat(solicitation).isEnded().variables().containsEntry("stageOutcome", "CONTINUE_RESEARCH");
  }

  @Test
  @DisplayName("LS-2: bids from non-applicants, with an amount of 0, a second bid or one after the deadline are refused and change nothing")
  void badOrLateBids_areRefused() {
    ProcessInstance solicitation = biddingOpen("COMPETITIVE");
    assertRefused(() -> bid(solicitation, "Osaka Chemicals", 100L, "Terms")).hasMessageContaining("bidderCompany: 'Osaka Chemicals' did not apply");
    assertRefused(() -> bid(solicitation, "Kansai Pharma", 0L, "Terms")).hasMessageContaining("bidAmount: must be an amount in yen greater than 0");
    assertRefused(() -> bid(solicitation, "Kansai Pharma", 100L, " ")).hasMessageContaining("bidTerms: is required");
    bid(solicitation, "Kansai Pharma", 300_000_000L, "Upfront 300M yen");
    assertRefused(() -> bid(solicitation, "KANSAI PHARMA", 500_000_000L, "Better terms")).hasMessageContaining("bidderCompany: 'Kansai Pharma' has already bid");

    Job timer = deadline(solicitation, TIMER_BID_DEADLINE);
    clockAt(timer.getDuedate().toInstant().plusSeconds(1));
    assertRefused(() -> bid(solicitation, "Tohoku Biotech", 900_000_000L, "Late")).hasMessageContaining("bidDeadline: bidding (入札) closed at");
    execute(timer);
    assertThatThrownBy(() -> bid(solicitation, "Tohoku Biotech", 900_000_000L, "Late")).isInstanceOf(MismatchingMessageCorrelationException.class);

    assertThat(sealedBids.openedBids(solicitation.getId())).singleElement()
        .satisfies(b -> assertThat(b.bidAmount()).isEqualTo(300_000_000L));
    assertThat(solicitation).variables().containsEntry(SELECTED_LICENSEE, "Kansai Pharma").containsEntry(BID_COUNT, 1L);
  }

  @Test
  @DisplayName("LS-2: a sealed bid is in no runtime or history variable, and cannot be read until the deadline")
  void bid_isSealedUntilTheDeadline() {
    ProcessInstance solicitation = biddingOpen("COMPETITIVE");
    runtime.createMessageCorrelation(MESSAGE_BID_SUBMITTED).processInstanceBusinessKey(solicitation.getBusinessKey())
        .setVariable(BIDDER_COMPANY, "Kansai Pharma").setVariable(BID_AMOUNT, 777_777_777L).setVariable(BID_TERMS, "Secret terms XYZ")
        .setVariableLocal(BID_TERMS, "Secret terms XYZ").correlate();

    for (String name : SEALED_VARIABLES) {
      assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(solicitation.getId()).variableName(name).count()).as(name).isZero();
      assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(solicitation.getId()).variableName(name).includeDeleted().count())
          .as(name).isZero();
    }
    assertThat(historyService().createHistoricDetailQuery().processInstanceId(solicitation.getId()).list())
        .noneMatch(d -> String.valueOf(d).contains("777777777") || String.valueOf(d).contains("Secret terms"));
    assertThat(sealedBids.tender(solicitation.getId())).get().satisfies(t -> assertThat(t.isOpened()).isFalse());
    assertThatThrownBy(() -> sealedBids.openedBids(solicitation.getId())).hasMessageContaining("is sealed until");

    passDeadline(solicitation, TIMER_BID_DEADLINE);
    assertThat(sealedBids.openedBids(solicitation.getId())).singleElement().satisfies(b -> {
      assertThat(b.bidAmount()).isEqualTo(777_777_777L);
      assertThat(b.bidTerms()).isEqualTo("Secret terms XYZ");
      assertThat(b.bidderCompany()).isEqualTo("Kansai Pharma");
    });
  }

  @Test
  @DisplayName("LS-1: a new call forgets the tender and award of the theme's last call")
  void newCall_startsAfresh() {
    Map<String, Object> theme = new HashMap<>();
    theme.put("leadResearcher", "researcher");
    theme.put(SELECTED_LICENSEE, "Last Call Pharma");
    theme.put(TENDER_METHOD, "COMPETITIVE");
    theme.put(APPLICANTS, "[\"Last Call Pharma\"]");
    theme.put(PatentApplications.WAIVER_REASON, "Know-how licence.");
    ProcessInstance solicitation = start(PROCESS_KEY, newThemeId(), theme);
    complete(task(solicitation), withVariables(CONTRIBUTION_SHARES, SHARES));
    complete(task(solicitation), withVariables(CALL_DEADLINE, inDays(30)));

    assertThat(solicitation).variables().doesNotContainKeys(SELECTED_LICENSEE, TENDER_METHOD).containsEntry(APPLICANT_COUNT, 0L);
    assertThat(Companies.read(runtime.getVariable(solicitation.getId(), APPLICANTS))).isEmpty();
  }
}
