package jp.dsnet.themes.licensing;

import static jp.dsnet.themes.licensing.Licensing.*;
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
import jp.dsnet.themes.support.ProcessTestSupport;
import jp.dsnet.themes.validation.InvalidInputException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through licensing, on the application's engine (LO-1..5, LS-4, LS-7, AL-1). */
class LicensingProcessTest extends ProcessTestSupport {

  static final ZoneOffset JST = ZoneOffset.ofHours(9);
  static final String LICENSEE = "Kansai Pharma";

  @Autowired
  IncomeSplitLedger incomeSplits;

  static OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atOffset(JST).withNano(0);
  }

  static String inDays(int days) {
    return now().plusDays(days).toString();
  }

  /** What licensee-solicitation hands over: the one selected licensee and the contribution shares (LS-4, LS-5). */
  static Map<String, Object> selectedLicensee() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("themeTitle", "Selective KRAS G12D inhibitor");
    variables.put("leadResearcher", "researcher");
    variables.put("institution", "Osaka University");
    variables.put(SELECTED_LICENSEE, LICENSEE);
    variables.put(CONTRIBUTION_SHARES, SpinValues.jsonValue("[{\"institution\":\"Osaka University\",\"sharePercent\":33},"
        + "{\"institution\":\"RIKEN\",\"sharePercent\":33},{\"institution\":\"AIST\",\"sharePercent\":34}]").create());
    return variables;
  }

  static Map<String, Object> licenceTerms() {
    Map<String, Object> terms = new HashMap<>();
    terms.put(LICENSE_TYPE, "EXCLUSIVE_LICENSE");
    terms.put(DILIGENCE_OBLIGATION, true);
    terms.put(NON_COMPETE_CLAUSE, true);
    terms.put(LICENSEE_BEARS_IP_COSTS, true);
    terms.put(UPFRONT_PAYMENT, 100_000_001L);
    terms.put(CANDIDATE_COMPOUND_DETERMINED, false);
    terms.put(MILESTONES, SpinValues.jsonValue("[{\"name\":\"Phase I start\",\"dueDate\":\"" + inDays(365)
        + "\",\"payment\":300000000}]").create());
    return terms;
  }

  private ProcessInstance startLicensing() {
    return start(PROCESS_KEY, newThemeId(), selectedLicensee());
  }

  private ProcessInstance awaitingFeasibilityStudy() {
    ProcessInstance licensing = startLicensing();
    complete(task(TASK_EXECUTE_SECRECY_AGREEMENT, licensing),
        withVariables(SECRECY_AGREEMENT_REFERENCE, "NDA-2027-007", FEASIBILITY_STUDY_DEADLINE, inDays(60)));
    return licensing;
  }

  private void concludeFeasibilityStudy(ProcessInstance licensing, String decision) {
    runtime.createMessageCorrelation(MESSAGE_FEASIBILITY_STUDY_CONCLUDED).processInstanceBusinessKey(licensing.getBusinessKey())
        .setVariable(FS_DECISION, decision).setVariable(FS_DATA_REFERENCE, "DR-42").correlate();
  }

  private ProcessInstance atProposal() {
    ProcessInstance licensing = awaitingFeasibilityStudy();
    concludeFeasibilityStudy(licensing, "PROCEED");
    return licensing;
  }

  private void proposalAgreed(ProcessInstance licensing) {
    complete(task(TASK_REVIEW_DEVELOPMENT_PROPOSAL, licensing), withVariables(DEVELOPMENT_STRATEGY, "Phase I in 2029.",
        PROPOSED_TERMS, "Upfront plus milestones.", CONSENSUS_REACHED, true));
    complete(task(TASK_CONFIRM_TERMS_WITH_RESEARCHER, licensing), withVariables(RESEARCHER_AGREES, true));
  }

  private ProcessInstance atDraft() {
    ProcessInstance licensing = atProposal();
    proposalAgreed(licensing);
    complete(task(TASK_CONDUCT_DUE_DILIGENCE, licensing), withVariables(DUE_DILIGENCE_PASSED, true, DUE_DILIGENCE_FINDINGS, "No issue."));
    return licensing;
  }

  private void assertInvalid(Task task, Map<String, Object> variables, String message) {
    assertThatThrownBy(() -> taskService.complete(task.getId(), variables))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(message);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isEqualTo(1);
  }

  @Test
  @DisplayName("LO-1..3, LS-4, LS-7: SA, data room, FS proceeds, both agree, DD passes, licence signed: LICENSED, upfront payment split")
  void feasibilityStudyProceeds_allAgree_licensesAndSplitsTheUpfrontPayment() {
    ProcessInstance licensing = startLicensing();
    assertThat(licensing).isWaitingAt(TASK_EXECUTE_SECRECY_AGREEMENT);
    assertThat(task()).hasCandidateGroup("strategy-office");
    complete(task(), withVariables(SECRECY_AGREEMENT_REFERENCE, "NDA-2027-007", FEASIBILITY_STUDY_DEADLINE, inDays(60)));

    assertThat(licensing).hasPassedInOrder(TASK_EXECUTE_SECRECY_AGREEMENT, ACTIVITY_GRANT_DATA_ROOM_ACCESS)
        .isWaitingAt(ACTIVITY_AWAIT_FEASIBILITY_STUDY);
    assertThat(licensing).variables().containsEntry(DATA_ROOM_ACCESS_GRANTED_TO, LICENSEE).containsKey(DATA_ROOM_ACCESS_GRANTED_AT);

    concludeFeasibilityStudy(licensing, "PROCEED");
    assertThat(licensing).isWaitingAt(TASK_REVIEW_DEVELOPMENT_PROPOSAL);
    assertThat(task()).hasCandidateGroup("strategy-office");
    complete(task(), withVariables(DEVELOPMENT_STRATEGY, "Phase I in 2029.", PROPOSED_TERMS, "Upfront plus milestones.",
        CONSENSUS_REACHED, true));
    assertThat(licensing).isWaitingAt(TASK_CONFIRM_TERMS_WITH_RESEARCHER);
    assertThat(task()).isAssignedTo("researcher");
    complete(task(), withVariables(RESEARCHER_AGREES, true));
    assertThat(task(TASK_CONDUCT_DUE_DILIGENCE, licensing)).hasCandidateGroup("strategy-office");
    complete(task(), withVariables(DUE_DILIGENCE_PASSED, true, DUE_DILIGENCE_FINDINGS, "No issue."));
    assertThat(task(TASK_DRAFT_LICENSE_AGREEMENT, licensing)).hasCandidateGroup("strategy-office");
    complete(task(), licenceTerms());
    assertThat(task(TASK_CONFIRM_DRAFT_WITH_RESEARCHER, licensing)).isAssignedTo("researcher");
    complete(task(), withVariables(RESEARCHER_APPROVES_DRAFT, true));
    assertThat(task(TASK_EXECUTE_LICENSE_AGREEMENT, licensing)).hasCandidateGroup("strategy-office-head");
    complete(task(), withVariables(LICENSE_AGREEMENT_REFERENCE, "LA-2027-003"));

    assertThat(licensing).isWaitingAt(ACTIVITY_RECORD_UPFRONT_PAYMENT_SPLIT);
    execute(job());
    assertThat(licensing).isEnded().hasPassed(END_LICENSED).hasNotPassed(TASK_DECIDE_THEME_CONTINUATION)
        .variables().containsEntry("stageOutcome", "LICENSED").containsKey(UPFRONT_PAYMENT_SPLIT);
    assertThat(incomeSplits.of(licensing.getBusinessKey())).singleElement().satisfies(split -> {
      assertThat(split.payment().kind()).isEqualTo(PaymentKind.UPFRONT);
      assertThat(split.payment().licensee()).isEqualTo(LICENSEE);
      assertThat(split.payment().licenseAgreementReference()).isEqualTo("LA-2027-003");
      assertThat(split.parts()).extracting(Part::institution, Part::amount).containsExactly(
          tuple("Osaka University", 33_000_000L), tuple("RIKEN", 33_000_000L), tuple("AIST", 34_000_001L));
    });
  }

  @ParameterizedTest(name = "{0} ends {1}")
  @CsvSource({"RESOLICIT, EndEvent_Resolicit", "CONTINUE_RESEARCH, EndEvent_ContinueResearch", "NO_GO, EndEvent_NoGo"})
  @DisplayName("LO-4: the licensee abandons after the FS: FS data to the network, then the head decides")
  void feasibilityStudyAbandoned_dataToTheNetwork_headDecides(String decision, String endEvent) {
    ProcessInstance licensing = awaitingFeasibilityStudy();
    concludeFeasibilityStudy(licensing, "ABANDON");

    assertThat(licensing).isWaitingAt(TASK_RECEIVE_FEASIBILITY_DATA);
    assertThat(task()).hasCandidateGroup("strategy-office");
    complete(task(), withVariables(FS_DATA_RECEIVED, true));
    assertThat(licensing).isWaitingAt(TASK_DECIDE_THEME_CONTINUATION).variables().containsEntry(DECISION_CONTEXT, "FS_ABANDONED");
    assertThat(task()).hasCandidateGroup("strategy-office-head");
    complete(task(), withVariables(CONTINUATION_DECISION, decision));

    assertThat(licensing).isEnded().hasPassed(endEvent).hasNotPassed(TASK_REVIEW_DEVELOPMENT_PROPOSAL)
        .variables().containsEntry("stageOutcome", decision);
    assertThat(incomeSplits.of(licensing.getBusinessKey())).isEmpty();
  }

  @Test
  @DisplayName("LO-4: FS data withheld by the licensee: the office records why and the head still decides (FS_ABANDONED)")
  void feasibilityDataWithheld_reasonRecorded_headDecides() {
    ProcessInstance licensing = awaitingFeasibilityStudy();
    concludeFeasibilityStudy(licensing, "ABANDON");

    complete(task(TASK_RECEIVE_FEASIBILITY_DATA, licensing), withVariables(FS_DATA_RECEIVED, false,
        FS_DATA_MISSING_REASON, "The licensee keeps the tox data pending a dispute."));
    assertThat(licensing).isWaitingAt(TASK_DECIDE_THEME_CONTINUATION).variables().containsEntry(DECISION_CONTEXT, "FS_ABANDONED")
        .containsEntry(FS_DATA_RECEIVED, false).containsEntry(FS_DATA_MISSING_REASON, "The licensee keeps the tox data pending a dispute.");
    complete(task(), withVariables(CONTINUATION_DECISION, "CONTINUE_RESEARCH"));
    assertThat(licensing).isEnded().hasPassed(END_CONTINUE_RESEARCH).variables().containsEntry("stageOutcome", "CONTINUE_RESEARCH");
  }

  @Test
  @DisplayName("LO-4: FS data not received without a reason is refused naming fsDataMissingReason; the task stays open")
  void feasibilityDataNotReceivedWithoutReason_isRefused() {
    ProcessInstance licensing = awaitingFeasibilityStudy();
    concludeFeasibilityStudy(licensing, "ABANDON");
    assertInvalid(task(licensing), Map.of(FS_DATA_RECEIVED, false), "fsDataMissingReason: is required");
    assertInvalid(task(licensing), Map.of(FS_DATA_RECEIVED, false, FS_DATA_MISSING_REASON, " "), "fsDataMissingReason: is required");
    assertThat(licensing).isWaitingAt(TASK_RECEIVE_FEASIBILITY_DATA).hasNotPassed(TASK_DECIDE_THEME_CONTINUATION);
  }

  @Test
  @DisplayName("LO-5: the researcher sends the milestone contract back: the office drafts again, then the researcher approves and the head signs")
  void researcherSendsDraftBack_draftedAgain_thenApproved() {
    ProcessInstance licensing = atDraft();
    complete(task(TASK_DRAFT_LICENSE_AGREEMENT, licensing), licenceTerms());
    Task confirm = task(TASK_CONFIRM_DRAFT_WITH_RESEARCHER, licensing);
    assertThat(confirm).isAssignedTo("researcher");
    assertThat(taskService.getVariable(confirm.getId(), UPFRONT_PAYMENT)).as("the researcher sees the final draft").isEqualTo(100_000_001L);

    complete(confirm, withVariables(RESEARCHER_APPROVES_DRAFT, false, RESEARCHER_COMMENT, "Phase I start is too late; ask for 2028."));
    assertThat(licensing).isWaitingAt(TASK_DRAFT_LICENSE_AGREEMENT).hasPassed(GATEWAY_JOIN_DRAFT).hasNotPassed(TASK_EXECUTE_LICENSE_AGREEMENT);
    assertThat(taskService.getVariable(task().getId(), RESEARCHER_COMMENT)).isEqualTo("Phase I start is too late; ask for 2028.");
    Map<String, Object> revised = licenceTerms();
    revised.put(MILESTONES, "[{\"name\":\"Phase I start\",\"dueDate\":\"" + inDays(200) + "\",\"payment\":300000000}]");
    complete(task(), revised);
    complete(task(TASK_CONFIRM_DRAFT_WITH_RESEARCHER, licensing), withVariables(RESEARCHER_APPROVES_DRAFT, true));

    assertThat(licensing).isWaitingAt(TASK_EXECUTE_LICENSE_AGREEMENT);
    assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(licensing.getId())
        .taskDefinitionKey(TASK_CONFIRM_DRAFT_WITH_RESEARCHER).count()).isEqualTo(2);
  }

  @Test
  @DisplayName("LO-5: a draft sent back without a comment is refused naming researcherComment; the task stays open")
  void draftSentBackWithoutComment_isRefused() {
    ProcessInstance licensing = atDraft();
    complete(task(TASK_DRAFT_LICENSE_AGREEMENT, licensing), licenceTerms());
    assertInvalid(task(TASK_CONFIRM_DRAFT_WITH_RESEARCHER, licensing), Map.of(RESEARCHER_APPROVES_DRAFT, false),
        "researcherComment: is required");
    assertThat(licensing).isWaitingAt(TASK_CONFIRM_DRAFT_WITH_RESEARCHER);
  }

  @Test
  @DisplayName("LO-5: a progress milestone with payment 0 is accepted; a negative payment is refused")
  void progressMilestoneWithoutPayment_isAccepted() {
    ProcessInstance licensing = atDraft();
    Map<String, Object> negative = licenceTerms();
    negative.put(MILESTONES, "[{\"name\":\"Tox report\",\"dueDate\":\"" + inDays(100) + "\",\"payment\":-1}]");
    assertInvalid(task(TASK_DRAFT_LICENSE_AGREEMENT, licensing), negative, "milestones: milestone 1 ('Tox report') needs a payment");

    Map<String, Object> progress = licenceTerms();
    progress.put(MILESTONES, "[{\"name\":\"Tox report\",\"dueDate\":\"" + inDays(100) + "\",\"payment\":0},"
        + "{\"name\":\"Phase I start\",\"dueDate\":\"" + inDays(365) + "\",\"payment\":300000000}]");
    complete(task(TASK_DRAFT_LICENSE_AGREEMENT, licensing), progress);
    assertThat(licensing).isWaitingAt(TASK_CONFIRM_DRAFT_WITH_RESEARCHER);
    assertThat(LicenseMilestones.parse(runtime.getVariable(licensing.getId(), MILESTONES)))
        .extracting(LicenseMilestones.Milestone::payment).containsExactly(0L, 300_000_000L);
  }

  @Test
  @DisplayName("LO-1: the feasibility study starts only after the secrecy agreement: an early conclusion finds nothing waiting")
  void feasibilityStudyBeforeSecrecyAgreement_isRefused() {
    ProcessInstance licensing = startLicensing();

    assertThatThrownBy(() -> concludeFeasibilityStudy(licensing, "PROCEED")).isInstanceOf(MismatchingMessageCorrelationException.class);
    assertThat(licensing).isWaitingAt(TASK_EXECUTE_SECRECY_AGREEMENT).hasNotPassed(ACTIVITY_GRANT_DATA_ROOM_ACCESS);
    assertThat(licensing).variables().doesNotContainKeys(FS_DECISION, DATA_ROOM_ACCESS_GRANTED_AT);
  }

  @Test
  @DisplayName("LO-1: a feasibility study deadline in the past is refused")
  void secrecyAgreementWithPastDeadline_isRefused() {
    ProcessInstance licensing = startLicensing();
    assertInvalid(task(licensing), Map.of(SECRECY_AGREEMENT_REFERENCE, "NDA-1", FEASIBILITY_STUDY_DEADLINE, inDays(-1)),
        "feasibilityStudyDeadline: must be in the future");
    assertInvalid(task(licensing), Map.of(FEASIBILITY_STUDY_DEADLINE, inDays(60)), "secrecyAgreementReference: is required");
  }

  @Test
  @DisplayName("CONTRACT: an unknown fsDecision or a missing fsDataReference is refused naming it, and the study is still awaited")
  void malformedConclusion_isRefused() {
    ProcessInstance licensing = awaitingFeasibilityStudy();

    assertThatThrownBy(() -> runtime.createMessageCorrelation(MESSAGE_FEASIBILITY_STUDY_CONCLUDED)
        .processInstanceBusinessKey(licensing.getBusinessKey()).setVariable(FS_DECISION, "MAYBE")
        .setVariable(FS_DATA_REFERENCE, "DR-1").correlate())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("fsDecision: must be one of [ABANDON, PROCEED]");
    assertThatThrownBy(() -> runtime.createMessageCorrelation(MESSAGE_FEASIBILITY_STUDY_CONCLUDED)
        .processInstanceBusinessKey(licensing.getBusinessKey()).setVariable(FS_DECISION, "PROCEED").correlate())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("fsDataReference: is required");

    assertThat(licensing).isWaitingAt(ACTIVITY_AWAIT_FEASIBILITY_STUDY).variables().doesNotContainKey(FS_DECISION);
  }

  @Test
  @DisplayName("CONTRACT: a conclusion after feasibilityStudyDeadline is refused, also before the timer has fired")
  void conclusionAfterDeadline_isRefused() {
    ProcessInstance licensing = awaitingFeasibilityStudy();
    ClockUtil.setCurrentTime(Date.from(now().plusDays(61).toInstant()));

    assertThatThrownBy(() -> concludeFeasibilityStudy(licensing, "PROCEED"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("only before the feasibility study deadline");
    assertThat(licensing).isWaitingAt(ACTIVITY_AWAIT_FEASIBILITY_STUDY);
  }

  @Test
  @DisplayName("LO-1: a missed FS deadline gives the office a follow-up; extended, the study is awaited until the new deadline")
  void feasibilityStudyOverdue_extended_isAwaitedAgain() {
    ProcessInstance licensing = awaitingFeasibilityStudy();
    ClockUtil.setCurrentTime(Date.from(now().plusDays(61).toInstant()));
    execute(job(BOUNDARY_FEASIBILITY_STUDY_OVERDUE, licensing));

    assertThat(licensing).isWaitingAt(TASK_FOLLOW_UP_FEASIBILITY_STUDY);
    assertThat(task()).hasCandidateGroup("strategy-office");
    assertInvalid(task(), Map.of(FS_FOLLOW_UP, "EXTEND"), "feasibilityStudyDeadline: must be in the future");
    String newDeadline = inDays(30);
    complete(task(), withVariables(FS_FOLLOW_UP, "EXTEND", FEASIBILITY_STUDY_DEADLINE, newDeadline));

    assertThat(licensing).isWaitingAt(ACTIVITY_AWAIT_FEASIBILITY_STUDY).hasPassed("Gateway_JoinFeasibilityStudy");
    assertThat(job(BOUNDARY_FEASIBILITY_STUDY_OVERDUE, licensing).getDuedate())
        .isEqualTo(Date.from(OffsetDateTime.parse(newDeadline).toInstant()));
    concludeFeasibilityStudy(licensing, "PROCEED");
    assertThat(licensing).isWaitingAt(TASK_REVIEW_DEVELOPMENT_PROPOSAL);
  }

  @Test
  @DisplayName("LO-4: an overdue FS treated as abandoned hands the FS data over and asks the head")
  void feasibilityStudyOverdue_treatedAsAbandoned_dataToTheNetwork() {
    ProcessInstance licensing = awaitingFeasibilityStudy();
    ClockUtil.setCurrentTime(Date.from(now().plusDays(61).toInstant()));
    execute(job(BOUNDARY_FEASIBILITY_STUDY_OVERDUE, licensing));
    complete(task(TASK_FOLLOW_UP_FEASIBILITY_STUDY, licensing), withVariables(FS_FOLLOW_UP, "TREAT_AS_ABANDONED"));

    assertThat(licensing).isWaitingAt(TASK_RECEIVE_FEASIBILITY_DATA).hasNotPassed("Gateway_FeasibilityStudyDecision");
    complete(task(), withVariables(FS_DATA_RECEIVED, true));
    assertThat(licensing).isWaitingAt(TASK_DECIDE_THEME_CONTINUATION).variables().containsEntry(DECISION_CONTEXT, "FS_ABANDONED");
  }

  @Test
  @DisplayName("LO-2: the network does not agree: the researcher is not asked, the head decides (NO_AGREEMENT)")
  void networkDisagrees_headDecides() {
    ProcessInstance licensing = atProposal();
    complete(task(), withVariables(DEVELOPMENT_STRATEGY, "Veterinary use only.", PROPOSED_TERMS, "No upfront.", CONSENSUS_REACHED, false));

    assertThat(licensing).isWaitingAt(TASK_DECIDE_THEME_CONTINUATION).hasNotPassed(TASK_CONFIRM_TERMS_WITH_RESEARCHER)
        .variables().containsEntry(DECISION_CONTEXT, "NO_AGREEMENT");
    complete(task(), withVariables(CONTINUATION_DECISION, "RESOLICIT"));
    assertThat(licensing).isEnded().hasPassed(END_RESOLICIT);
  }

  @Test
  @DisplayName("LO-2: the researcher does not agree: no due diligence, the head decides (NO_AGREEMENT)")
  void researcherDisagrees_headDecides() {
    ProcessInstance licensing = atProposal();
    complete(task(), withVariables(DEVELOPMENT_STRATEGY, "Phase I in 2029.", PROPOSED_TERMS, "Terms.", CONSENSUS_REACHED, true));
    complete(task(TASK_CONFIRM_TERMS_WITH_RESEARCHER, licensing), withVariables(RESEARCHER_AGREES, false));

    assertThat(licensing).isWaitingAt(TASK_DECIDE_THEME_CONTINUATION).hasNotPassed(TASK_CONDUCT_DUE_DILIGENCE)
        .variables().containsEntry(DECISION_CONTEXT, "NO_AGREEMENT");
  }

  @Test
  @DisplayName("LO-2: a failed due diligence means no licence: the head decides (NO_AGREEMENT)")
  void dueDiligenceFails_headDecides() {
    ProcessInstance licensing = atProposal();
    proposalAgreed(licensing);
    complete(task(TASK_CONDUCT_DUE_DILIGENCE, licensing),
        withVariables(DUE_DILIGENCE_PASSED, false, DUE_DILIGENCE_FINDINGS, "Prior art found."));

    assertThat(licensing).isWaitingAt(TASK_DECIDE_THEME_CONTINUATION).hasNotPassed(TASK_DRAFT_LICENSE_AGREEMENT)
        .variables().containsEntry(DECISION_CONTEXT, "NO_AGREEMENT");
    complete(task(), withVariables(CONTINUATION_DECISION, "NO_GO"));
    assertThat(licensing).isEnded().hasPassed(END_NO_GO).variables().containsEntry("stageOutcome", "NO_GO");
  }

  @Test
  @DisplayName("LO-3, AL-1, LO-5: a draft without the required clauses or milestones is refused and stays open")
  void draftWithoutRequiredTerms_isRefused() {
    ProcessInstance licensing = atDraft();
    Task draft = task(TASK_DRAFT_LICENSE_AGREEMENT, licensing);

    Map<String, Object> noDiligence = licenceTerms();
    noDiligence.put(DILIGENCE_OBLIGATION, false);
    assertInvalid(draft, noDiligence, "diligenceObligation: must be true");
    Map<String, Object> noCompete = licenceTerms();
    noCompete.put(NON_COMPETE_CLAUSE, false);
    assertInvalid(draft, noCompete, "nonCompeteClause: must be true");
    Map<String, Object> ipCosts = licenceTerms();
    ipCosts.put(LICENSEE_BEARS_IP_COSTS, false);
    assertInvalid(draft, ipCosts, "licenseeBearsIpCosts: must be true");
    Map<String, Object> unknownType = licenceTerms();
    unknownType.put(LICENSE_TYPE, "NON_EXCLUSIVE");
    assertInvalid(draft, unknownType, "licenseType: must be one of");
    Map<String, Object> noUpfront = licenceTerms();
    noUpfront.put(UPFRONT_PAYMENT, 0L);
    assertInvalid(draft, noUpfront, "upfrontPayment:");
    Map<String, Object> noMilestones = licenceTerms();
    noMilestones.put(MILESTONES, "[]");
    assertInvalid(draft, noMilestones, "milestones: needs at least one milestone");
    Map<String, Object> pastMilestone = licenceTerms();
    pastMilestone.put(MILESTONES, "[{\"name\":\"Phase I start\",\"dueDate\":\"" + inDays(-1) + "\",\"payment\":1}]");
    assertInvalid(draft, pastMilestone, "milestones: milestone 1 ('Phase I start') needs a dueDate in the future");

    assertThat(licensing).isWaitingAt(TASK_DRAFT_LICENSE_AGREEMENT).variables().doesNotContainKey(LICENSE_TYPE);
  }

  @Test
  @DisplayName("LO-5: with a candidate compound determined no milestone is needed and the head signs at once; milestones also come as a String of JSON")
  void candidateDetermined_needsNoMilestones() {
    ProcessInstance licensing = atDraft();
    Map<String, Object> terms = licenceTerms();
    terms.put(CANDIDATE_COMPOUND_DETERMINED, true);
    terms.remove(MILESTONES);
    complete(task(TASK_DRAFT_LICENSE_AGREEMENT, licensing), terms);
    assertThat(licensing).isWaitingAt(TASK_EXECUTE_LICENSE_AGREEMENT).hasNotPassed(TASK_CONFIRM_DRAFT_WITH_RESEARCHER);

    ProcessInstance other = atDraft();
    Map<String, Object> asText = licenceTerms();
    asText.put(MILESTONES, "[{\"name\":\"Phase I start\",\"dueDate\":\"" + inDays(365) + "\",\"payment\":300000000},"
        + "{\"name\":\"Phase II start\",\"dueDate\":\"" + inDays(730) + "\",\"payment\":500000000}]");
    complete(task(TASK_DRAFT_LICENSE_AGREEMENT, other), asText);
    assertThat(other).isWaitingAt(TASK_CONFIRM_DRAFT_WITH_RESEARCHER);
    assertThat(LicenseMilestones.names(LicenseMilestones.parse(runtime.getVariable(other.getId(), MILESTONES))))
        .isEqualTo(List.of("Phase I start", "Phase II start"));
  }

  @Test
  @DisplayName("LO-1, LO-2: what an earlier licensing of the theme decided is forgotten: no form shows the last licensee's answers")
  void earlierRound_isForgotten() {
    Map<String, Object> relicensed = selectedLicensee();
    relicensed.put(FS_DECISION, "ABANDON");
    relicensed.put(FS_DATA_REFERENCE, "DR-OLD");
    relicensed.put(RESEARCHER_AGREES, true);
    relicensed.put(UPFRONT_PAYMENT, 5L);
    ProcessInstance licensing = start(PROCESS_KEY, newThemeId(), relicensed);

    assertThat(licensing).variables().doesNotContainKeys(FS_DECISION, FS_DATA_REFERENCE, RESEARCHER_AGREES, UPFRONT_PAYMENT)
        .containsEntry(SELECTED_LICENSEE, LICENSEE).containsKey(CONTRIBUTION_SHARES);
  }

  @Test
  @DisplayName("LS-4: the secrecy agreement is made with the selected licensee only; without one it is refused")
  void secrecyAgreementWithoutLicensee_isRefused() {
    Map<String, Object> none = selectedLicensee();
    none.remove(SELECTED_LICENSEE);
    ProcessInstance licensing = start(PROCESS_KEY, newThemeId(), none);
    assertInvalid(task(licensing), Map.of(SECRECY_AGREEMENT_REFERENCE, "NDA-1", FEASIBILITY_STUDY_DEADLINE, inDays(60)),
        "selectedLicensee: is required");
  }
}
