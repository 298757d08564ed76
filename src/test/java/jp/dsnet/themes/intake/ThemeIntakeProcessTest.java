package jp.dsnet.themes.intake;

import static jp.dsnet.themes.intake.ThemeIntake.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.HashMap;
import java.util.Map;
import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import jp.dsnet.themes.rewards.RewardGrade;
import jp.dsnet.themes.rewards.RewardLedger;
import jp.dsnet.themes.rights.PatentApplications;
import jp.dsnet.themes.support.ProcessTestSupport;
import jp.dsnet.themes.support.Themes;
import jp.dsnet.themes.validation.InvalidInputException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path through theme-intake on the application's engine, with the real forms, checks,
 * decisions and reward ledger (SC-1..4, IN-1..4, IN-7, IR-4). The stage is started directly with
 * the variables theme-lifecycle passes in.
 */
class ThemeIntakeProcessTest extends ProcessTestSupport {

  private static final String STAGE_OUTCOME = ThemeLifecycle.STAGE_OUTCOME;

  @Autowired
  RewardLedger rewards;

  private ProcessInstance startIntake(Map<String, Object> proposal) {
    return start(PROCESS_KEY, newThemeId(), proposal);
  }

  private static Map<String, Object> scores(Object novelty, Object medical, Object industry, Object ip, Object feasibility) {
    Map<String, Object> scores = new HashMap<>();
    scores.put(SCORE_NOVELTY, novelty);
    scores.put(SCORE_MEDICAL_NEED, medical);
    scores.put(SCORE_INDUSTRY_NEED, industry);
    scores.put(SCORE_IP_POSITION, ip);
    scores.put(SCORE_FEASIBILITY, feasibility);
    scores.put(EVALUATION_SUMMARY, "Evaluated against medical and industry needs.");
    return scores;
  }

  /** An intake in scope, evaluated with every score the same: 4 is recommended (GO), 2 is not (NO_GO). */
  private ProcessInstance atDecision(int score) {
    ProcessInstance intake = startIntake(Themes.proposal());
    complete(task(TASK_EVALUATE_SEED, intake), scores(score, score, score, score, score));
    assertThat(intake).isWaitingAt(TASK_DECIDE_ADOPTION);
    return intake;
  }

  /** An adopted intake (GO, reward grade A), waiting for the exit strategy. */
  private ProcessInstance adopted() {
    ProcessInstance intake = atDecision(4);
    complete(task(intake), withVariables(ADOPTION_DECISION, GO, RewardGrade.VARIABLE, "A"));
    assertThat(intake).isWaitingAt(TASK_DEFINE_EXIT_STRATEGY);
    return intake;
  }

  /** An adopted intake taken to the signed agreement, the IP office giving these IP variables; the reward job is next. */
  private ProcessInstance signed(Map<String, Object> ipVariables) {
    ProcessInstance intake = adopted();
    complete(task(intake), withVariables(EXIT_STRATEGY, "License out after lead optimization."));
    Map<String, Object> ip = new HashMap<>(ipVariables);
    ip.put(IP_STRATEGY, "File a PCT application before the first publication.");
    ip.put(PUBLICATION_STRATEGY, "Conference talk after filing.");
    complete(task(TASK_DEFINE_IP_AND_PUBLICATION_STRATEGY, intake), ip);
    complete(task(TASK_CONFIRM_RIGHTS_AND_CONTACT, intake), withVariables(RIGHTS_SETTLED, true, RIGHTS_HOLDERS, "Osaka University",
        SINGLE_CONTACT, "tlo@example.org"));
    complete(task(TASK_SIGN_SUPPORT_AGREEMENT, intake), withVariables(SUPPORT_AGREEMENT_REFERENCE, "DSN-SA-2027-002"));
    assertThat(intake).isWaitingAt(TASK_RECORD_ADOPTION_REWARD);
    return intake;
  }

  private static void assertRefused(Runnable completion, String variable, String problem) {
    assertThatThrownBy(completion::run).hasRootCauseInstanceOf(InvalidInputException.class)
        .rootCause().hasMessageStartingWith(variable + ": ").hasMessageContaining(problem);
  }

  // ---- scope (SC-1..4) ------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} / {1} is out of scope")
  @DisplayName("SC-3, SC-4: basic research, clinical development and early clinical non-biologics end OUT_OF_SCOPE, no task for anyone")
  @CsvSource({"SMALL_MOLECULE, BASIC", "PROTEIN, CLINICAL", "SMALL_MOLECULE, EARLY_CLINICAL", "DIAGNOSTIC, EARLY_CLINICAL"})
  void outOfScopeByTheTable_endsOutOfScope(String modality, String researchStage) {
    Map<String, Object> proposal = Themes.proposal(ThemeLifecycle.RESEARCH_STAGE, researchStage);
    proposal.put(ThemeLifecycle.MODALITY, modality);
    ProcessInstance intake = startIntake(proposal);

    assertThat(intake).isEnded().hasPassedInOrder(TASK_CHECK_ELIGIBILITY, END_OUT_OF_SCOPE)
        .hasNotPassed(TASK_REVIEW_SCOPE, TASK_EVALUATE_SEED);
    assertThat(intake).variables().containsEntry(STAGE_OUTCOME, OUTCOME_OUT_OF_SCOPE)
        .containsEntry(ELIGIBILITY, ELIGIBILITY_OUT_OF_SCOPE);
  }

  @Test
  @DisplayName("SC-4: an early clinical biologic is in scope and goes to the office's evaluation")
  void earlyClinicalBiologic_isEvaluated() {
    Map<String, Object> proposal = Themes.proposal(ThemeLifecycle.RESEARCH_STAGE, "EARLY_CLINICAL");
    proposal.put(ThemeLifecycle.MODALITY, "NUCLEIC_ACID");
    ProcessInstance intake = startIntake(proposal);

    assertThat(intake).isWaitingAt(TASK_EVALUATE_SEED).hasNotPassed(TASK_REVIEW_SCOPE);
    assertThat(intake).variables().containsEntry(ELIGIBILITY, ELIGIBILITY_IN_SCOPE);
    assertThat(task(intake)).hasCandidateGroup("strategy-office").isNotAssigned();
    assertThat(taskService.createTaskQuery().processInstanceId(intake.getId()).initializeFormKeys().singleResult()
        .getCamundaFormRef().getKey()).isEqualTo("evaluate-seed");
  }

  @Test
  @DisplayName("SC-1: an OTHER disease area goes to ReviewScope; found in scope, the seed is evaluated")
  void otherDisease_reviewedInScope_isEvaluated() {
    ProcessInstance intake = startIntake(Themes.proposal(ThemeLifecycle.DISEASE_AREA, "OTHER"));
    assertThat(intake).isWaitingAt(TASK_REVIEW_SCOPE).variables().containsEntry(ELIGIBILITY, ELIGIBILITY_REVIEW);
    assertThat(task(intake)).hasCandidateGroup("strategy-office");

    complete(task(intake), withVariables(IN_SCOPE, true, SCOPE_COMMENT, "A neglected tropical disease with no therapy."));

    assertThat(intake).isWaitingAt(TASK_EVALUATE_SEED).hasPassedInOrder(TASK_REVIEW_SCOPE, "Gateway_JoinEvaluation");
  }

  @Test
  @DisplayName("SC-1: an OTHER disease area found out of scope ends OUT_OF_SCOPE")
  void otherDisease_reviewedOutOfScope_endsOutOfScope() {
    ProcessInstance intake = startIntake(Themes.proposal(ThemeLifecycle.DISEASE_AREA, "OTHER"));
    complete(task(intake), withVariables(IN_SCOPE, false, SCOPE_COMMENT, "A cosmetic use, not a disease."));

    assertThat(intake).isEnded().hasPassed(END_OUT_OF_SCOPE_AFTER_REVIEW).hasNotPassed(TASK_EVALUATE_SEED);
    assertThat(intake).variables().containsEntry(STAGE_OUTCOME, OUTCOME_OUT_OF_SCOPE);
  }

  @Test
  @DisplayName("SC-1: a scope decision without its reason is refused; the task stays open")
  void scopeReviewWithoutComment_isRefused() {
    ProcessInstance intake = startIntake(Themes.proposal(ThemeLifecycle.DISEASE_AREA, "OTHER"));
    String review = task(intake).getId();

    assertRefused(() -> taskService.complete(review, Map.of(IN_SCOPE, true)), SCOPE_COMMENT, "is required");
    assertRefused(() -> taskService.complete(review, Map.of(SCOPE_COMMENT, "ok")), IN_SCOPE, "is required");
    assertThat(intake).isWaitingAt(TASK_REVIEW_SCOPE);
  }

  // ---- evaluation and decision (IN-1) --------------------------------------------------------

  @Test
  @DisplayName("IN-1: a score of 7 is refused naming the score; the task stays open and no score is kept")
  void scoreOutOfRange_isRefused_andTaskStaysOpen() {
    ProcessInstance intake = startIntake(Themes.proposal());
    Task evaluate = task(TASK_EVALUATE_SEED, intake);

    assertRefused(() -> taskService.complete(evaluate.getId(), scores(7, 3, 3, 3, 3)), SCORE_NOVELTY,
        "must be a whole number from 1 to 5, was 7");
    assertRefused(() -> taskService.complete(evaluate.getId(), scores(3, 3, 3.5, 3, 3)), SCORE_INDUSTRY_NEED,
        "must be a whole number");
    assertRefused(() -> taskService.complete(evaluate.getId(), scores(3, 3, 3, 0, 3)), SCORE_IP_POSITION, "from 1 to 5");

    assertThat(intake).isWaitingAt(TASK_EVALUATE_SEED);
    assertThat(runtime.getVariables(intake.getId())).doesNotContainKeys(SCORE_NOVELTY, SCORE_MEDICAL_NEED, ADOPTION_RECOMMENDATION);
  }

  @Test
  @DisplayName("IN-1: scores as Tasklist sends them (Double 4.0) are recommended like whole numbers")
  void scoresAsDoubles_areRecommended() {
    ProcessInstance intake = startIntake(Themes.proposal());
    complete(task(intake), scores(4.0, 4.0, 4.0, 4.0, 4.0));

    assertThat(intake).isWaitingAt(TASK_DECIDE_ADOPTION).variables().containsEntry(ADOPTION_RECOMMENDATION, GO);
  }

  @Test
  @DisplayName("IN-1: the head sees the recommendation; a No-Go as recommended ends NOT_ADOPTED, no reward, no escalation")
  void noGo_endsNotAdopted() {
    ProcessInstance intake = atDecision(2);
    assertThat(intake).hasPassedInOrder(TASK_EVALUATE_SEED, TASK_RECOMMEND_ADOPTION)
        .variables().containsEntry(ADOPTION_RECOMMENDATION, NO_GO);
    assertThat(task(intake)).hasCandidateGroup("strategy-office-head");

    complete(task(intake), withVariables(ADOPTION_DECISION, NO_GO));

    assertThat(intake).isEnded().hasPassed(END_NOT_ADOPTED).hasNotPassed(EVENT_THEME_ADOPTED, TASK_RECORD_ADOPTION_REWARD);
    assertThat(intake).variables().containsEntry(STAGE_OUTCOME, OUTCOME_NOT_ADOPTED).doesNotContainKey(ADOPTION_REWARD);
    assertThat(rewards.of(intake.getBusinessKey())).isEmpty();
  }

  @Test
  @DisplayName("IN-1: a GO against a NO_GO recommendation is refused without a rationale, accepted with one")
  void goAgainstRecommendation_needsRationale() {
    ProcessInstance intake = atDecision(2);
    String decide = task(intake).getId();

    assertRefused(() -> taskService.complete(decide, Map.of(ADOPTION_DECISION, GO)), ADOPTION_RATIONALE,
        "is required when the decision (GO) differs from the recommendation (NO_GO)");
    assertRefused(() -> taskService.complete(decide, Map.of(ADOPTION_DECISION, GO, ADOPTION_RATIONALE, "  ")),
        ADOPTION_RATIONALE, "is required");
    assertThat(intake).isWaitingAt(TASK_DECIDE_ADOPTION);
    assertThat(runtime.getVariables(intake.getId())).doesNotContainKey(ADOPTION_DECISION);

    taskService.complete(decide, Map.of(ADOPTION_DECISION, GO, ADOPTION_RATIONALE, "Strategic fit with a rare-disease portfolio.",
        RewardGrade.VARIABLE, "C"));
    assertThat(intake).hasPassed(EVENT_THEME_ADOPTED).isWaitingAt(TASK_DEFINE_EXIT_STRATEGY);
  }

  @Test
  @DisplayName("IR-4: a GO without a reward grade, or with an unknown one, is refused naming rewardGrade; a No-Go needs none")
  void goWithoutRewardGrade_isRefused() {
    ProcessInstance intake = atDecision(4);
    String decide = task(intake).getId();

    assertRefused(() -> taskService.complete(decide, Map.of(ADOPTION_DECISION, GO)), RewardGrade.VARIABLE, "is required");
    assertRefused(() -> taskService.complete(decide, Map.of(ADOPTION_DECISION, GO, RewardGrade.VARIABLE, "S")), RewardGrade.VARIABLE,
        "must be one of [A, B, C]");
    assertThat(intake).isWaitingAt(TASK_DECIDE_ADOPTION).hasNotPassed(EVENT_THEME_ADOPTED);
  }

  @Test
  @DisplayName("IN-1: a NO_GO against a GO recommendation is refused without a rationale, accepted with one")
  void noGoAgainstRecommendation_needsRationale() {
    ProcessInstance intake = atDecision(4);
    String decide = task(intake).getId();

    assertRefused(() -> taskService.complete(decide, Map.of(ADOPTION_DECISION, NO_GO)), ADOPTION_RATIONALE,
        "differs from the recommendation (GO)");
    taskService.complete(decide, Map.of(ADOPTION_DECISION, NO_GO, ADOPTION_RATIONALE, "A competitor is already in phase II."));

    assertThat(intake).isEnded().hasPassed(END_NOT_ADOPTED).variables().containsEntry(STAGE_OUTCOME, OUTCOME_NOT_ADOPTED);
  }

  @Test
  @DisplayName("IN-1: an unknown decision is refused naming adoptionDecision")
  void unknownDecision_isRefused() {
    ProcessInstance intake = atDecision(4);
    assertRefused(() -> taskService.complete(task(intake).getId(), Map.of(ADOPTION_DECISION, "MAYBE")), ADOPTION_DECISION,
        "must be one of [GO, NO_GO]");
    assertThat(intake).isWaitingAt(TASK_DECIDE_ADOPTION);
  }

  // ---- adoption and onboarding (IN-1..4, IN-7, IR-4) -----------------------------------------

  @Test
  @DisplayName("IN-1..3, IN-6, IN-7, IR-4: a GO, then exit strategy, rights and IP strategy in parallel, agreement, and the graded reward: ADOPTED")
  void go_walksTheOnboardingAndEndsAdopted() {
    ProcessInstance intake = atDecision(4);
    complete(task(intake), withVariables(ADOPTION_DECISION, GO, RewardGrade.VARIABLE, "A"));

    assertThat(intake).hasPassedInOrder(TASK_DECIDE_ADOPTION, EVENT_THEME_ADOPTED).hasNotPassed(TASK_RECORD_ADOPTION_REWARD);
    assertThat(rewards.of(intake.getBusinessKey())).as("IR-4: no reward at the GO any more").isEmpty();

    assertThat(intake).isWaitingAt(TASK_DEFINE_EXIT_STRATEGY);
    assertThat(task(intake)).hasCandidateGroup("strategy-office");
    complete(task(intake), withVariables(EXIT_STRATEGY, "License to a mid-size pharma after non-clinical proof of concept."));

    assertThat(intake).isWaitingAt(TASK_CONFIRM_RIGHTS_AND_CONTACT, TASK_DEFINE_IP_AND_PUBLICATION_STRATEGY);
    assertThat(task(TASK_CONFIRM_RIGHTS_AND_CONTACT, intake)).isAssignedTo("researcher");
    assertThat(task(TASK_DEFINE_IP_AND_PUBLICATION_STRATEGY, intake)).hasCandidateGroup("ip-office");

    complete(task(TASK_DEFINE_IP_AND_PUBLICATION_STRATEGY, intake),
        withVariables(IP_STRATEGY, "File a PCT application before the first publication.", PUBLICATION_STRATEGY,
            "Conference talk after filing; compounds provided on request.", PatentApplications.REFERENCE, "JP2026-004711"));
    assertThat(intake).as("the agreement waits for the researcher").isWaitingAt(TASK_CONFIRM_RIGHTS_AND_CONTACT)
        .hasNotPassed(TASK_SIGN_SUPPORT_AGREEMENT);
    complete(task(TASK_CONFIRM_RIGHTS_AND_CONTACT, intake),
        withVariables(RIGHTS_SETTLED, true, RIGHTS_HOLDERS, "Osaka University 70%, Kyoto University 30%", SINGLE_CONTACT,
            "TLO of Osaka University, tlo@example.org"));

    assertThat(intake).isWaitingAt(TASK_SIGN_SUPPORT_AGREEMENT);
    assertThat(task(intake)).hasCandidateGroup("strategy-office");
    complete(task(intake), withVariables(SUPPORT_AGREEMENT_REFERENCE, "DSN-SA-2027-001"));

    // IR-4: the reward is booked once the agreement is signed; the signature is saved first (asynchronous continuation).
    assertThat(intake).hasPassed(TASK_SIGN_SUPPORT_AGREEMENT).isWaitingAt(TASK_RECORD_ADOPTION_REWARD);
    assertThat(rewards.of(intake.getBusinessKey())).isEmpty();
    execute(job(TASK_RECORD_ADOPTION_REWARD, intake));
    assertThat(rewards.of(intake.getBusinessKey())).singleElement().satisfies(reward -> {
      assertThat(reward.kind()).isEqualTo(RewardLedger.Kind.ADOPTION);
      assertThat(reward.recipient()).isEqualTo("researcher");
      assertThat(reward.institution()).isEqualTo("Osaka University");
      assertThat(reward.milestone()).isNull();
      assertThat(reward.grade()).isEqualTo(RewardGrade.A);
    });

    assertThat(intake).isEnded().hasPassedInOrder(TASK_DEFINE_EXIT_STRATEGY, TASK_SIGN_SUPPORT_AGREEMENT, TASK_RECORD_ADOPTION_REWARD,
            END_ADOPTED)
        .hasNotPassed(END_NOT_ADOPTED, END_OUT_OF_SCOPE);
    assertThat(intake).variables().containsEntry(STAGE_OUTCOME, OUTCOME_ADOPTED)
        .containsEntry(SUPPORT_AGREEMENT_REFERENCE, "DSN-SA-2027-001").containsEntry(RIGHTS_SETTLED, true)
        .hasEntrySatisfying(ADOPTION_REWARD, line -> assertThat((String) line).startsWith("ADOPTION reward, grade A, to researcher (Osaka University)"))
        .hasEntrySatisfying(PatentApplications.VARIABLE, json -> assertThat(json.toString()).isEqualTo("[\"JP2026-004711\"]"))
        .doesNotContainKey(PatentApplications.WAIVER_REASON);
  }

  @Test
  @DisplayName("IN-6: without an application filed, the IP office may record why none is needed; nothing is added to the applications")
  void ipWaiver_isRecorded() {
    ProcessInstance intake = signed(Map.of(PatentApplications.WAIVER_REASON, "Know-how licence: the assay is kept as a trade secret."));
    execute(job(TASK_RECORD_ADOPTION_REWARD, intake));

    assertThat(intake).isEnded().variables().containsEntry(PatentApplications.WAIVER_REASON,
        "Know-how licence: the assay is kept as a trade secret.").doesNotContainKey(PatentApplications.VARIABLE);
  }

  @Test
  @DisplayName("IR-4: the adoption reward stays in Cockpit's history after the stage has ended")
  void adoptionReward_isInHistory() {
    ProcessInstance intake = signed(Map.of(PatentApplications.REFERENCE, "JP2026-000001"));
    execute(job(TASK_RECORD_ADOPTION_REWARD, intake));

    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(intake.getId())
        .variableName(ADOPTION_REWARD).singleResult().getValue()).asString().contains("ADOPTION reward", "(IR-4)");
  }

  @Test
  @DisplayName("IN-2: rights not settled are refused naming rightsSettled; the researcher's task stays open")
  void rightsNotSettled_isRefused() {
    ProcessInstance intake = adopted();
    complete(task(intake), withVariables(EXIT_STRATEGY, "License out after lead optimization."));
    String rights = task(TASK_CONFIRM_RIGHTS_AND_CONTACT, intake).getId();

    assertRefused(() -> taskService.complete(rights, Map.of(RIGHTS_SETTLED, false, RIGHTS_HOLDERS, "Osaka University",
        SINGLE_CONTACT, "tlo@example.org")), RIGHTS_SETTLED, "must be true");
    assertRefused(() -> taskService.complete(rights, Map.of(RIGHTS_SETTLED, true, RIGHTS_HOLDERS, "Osaka University")),
        SINGLE_CONTACT, "is required");

    assertThat(intake).isWaitingAt(TASK_CONFIRM_RIGHTS_AND_CONTACT, TASK_DEFINE_IP_AND_PUBLICATION_STRATEGY);
    assertThat(runtime.getVariables(intake.getId())).doesNotContainKeys(RIGHTS_SETTLED, RIGHTS_HOLDERS);
  }

  @Test
  @DisplayName("IN-4: at a GO, theme-lifecycle catches THEME_ADOPTED while intake goes on: the withdrawal window opens")
  void go_tellsTheLifecycleTheThemeIsAdopted() {
    ProcessInstance theme = runtime.startProcessInstanceByKey(ThemeLifecycle.PROCESS_KEY, newThemeId(), Themes.proposal());
    ProcessInstance intake = calledProcessInstance(PROCESS_KEY, theme);
    assertThat(intake).hasBusinessKey(theme.getBusinessKey());
    complete(task(TASK_EVALUATE_SEED, intake), scores(4, 4, 4, 4, 4));
    assertThat(runtime.getVariable(theme.getId(), ThemeLifecycle.THEME_ADOPTED)).as("before the decision").isNull();

    complete(task(TASK_DECIDE_ADOPTION, intake), withVariables(ADOPTION_DECISION, GO, RewardGrade.VARIABLE, "B"));

    assertThat(runtime.getVariable(theme.getId(), ThemeLifecycle.THEME_ADOPTED)).isEqualTo(true);
    assertThat(intake).isActive().isWaitingAt(TASK_DEFINE_EXIT_STRATEGY);
    runtime.deleteProcessInstance(theme.getId(), "test done");
  }
}
