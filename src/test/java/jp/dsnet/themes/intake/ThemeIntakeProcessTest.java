package jp.dsnet.themes.intake;

import static jp.dsnet.themes.intake.ThemeIntake.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.HashMap;
import java.util.Map;
import jp.dsnet.themes.rewards.RewardLedger;
import jp.dsnet.themes.support.ProcessTestSupport;
import jp.dsnet.themes.support.Themes;
import jp.dsnet.themes.validation.InvalidInputException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through theme-intake, on the application's engine (SC-1..4, IN-1..3, IN-7, IR-4). */
class ThemeIntakeProcessTest extends ProcessTestSupport {

  @Autowired
  RewardLedger rewards;

  private ProcessInstance startIntake(Map<String, Object> proposal) {
    return start(PROCESS_KEY, newThemeId(), proposal);
  }

  private static Map<String, Object> scores(int novelty, int medical, int industry, int ip, int feasibility) {
    Map<String, Object> scores = new HashMap<>();
    scores.put(SCORE_NOVELTY, novelty);
    scores.put(SCORE_MEDICAL_NEED, medical);
    scores.put(SCORE_INDUSTRY_NEED, industry);
    scores.put(SCORE_IP_POSITION, ip);
    scores.put(SCORE_FEASIBILITY, feasibility);
    scores.put(EVALUATION_SUMMARY, "Evaluated by the office.");
    return scores;
  }

  private ProcessInstance atDecision(int score) {
    ProcessInstance intake = startIntake(Themes.proposal());
    complete(task(TASK_EVALUATE_SEED, intake), scores(score, score, score, score, score));
    return intake;
  }

  @Test
  @DisplayName("SC-3: basic research is out of scope without anyone's task")
  void basicResearch_endsOutOfScope() {
    ProcessInstance intake = startIntake(Themes.proposal("researchStage", "BASIC"));

    assertThat(intake).isEnded().hasPassed("EndEvent_OutOfScope").hasNotPassed(TASK_EVALUATE_SEED);
    assertThat(intake).variables().containsEntry("stageOutcome", "OUT_OF_SCOPE").containsEntry(ELIGIBILITY, "OUT_OF_SCOPE");
  }

  @Test
  @DisplayName("SC-4: an early clinical small molecule is out of scope")
  void earlyClinicalSmallMolecule_endsOutOfScope() {
    ProcessInstance intake = startIntake(Themes.proposal("researchStage", "EARLY_CLINICAL"));
    assertThat(intake).isEnded().hasPassed("EndEvent_OutOfScope");
  }

  @Test
  @DisplayName("SC-4: an early clinical biologic is evaluated")
  void earlyClinicalProtein_isEvaluated() {
    Map<String, Object> proposal = Themes.proposal("researchStage", "EARLY_CLINICAL");
    proposal.put("modality", "PROTEIN");
    ProcessInstance intake = startIntake(proposal);
    assertThat(intake).isWaitingAt(TASK_EVALUATE_SEED);
    assertThat(task(intake)).hasCandidateGroup("strategy-office");
  }

  @Test
  @DisplayName("SC-1: an 'other' disease area goes to ReviewScope; in scope leads to the evaluation")
  void otherDisease_reviewedInScope_isEvaluated() {
    ProcessInstance intake = startIntake(Themes.proposal("diseaseArea", "OTHER"));
    assertThat(intake).isWaitingAt(TASK_REVIEW_SCOPE);
    assertThat(task(intake)).hasCandidateGroup("strategy-office");
    complete(task(intake), withVariables(IN_SCOPE, true, SCOPE_COMMENT, "A rare tropical disease."));

    assertThat(intake).isWaitingAt(TASK_EVALUATE_SEED).hasPassedInOrder(TASK_REVIEW_SCOPE, "Gateway_JoinEvaluation");
  }

  @Test
  @DisplayName("SC-1: an 'other' disease area found out of scope ends OUT_OF_SCOPE")
  void otherDisease_reviewedOutOfScope_endsOutOfScope() {
    ProcessInstance intake = startIntake(Themes.proposal("diseaseArea", "OTHER"));
    complete(task(intake), withVariables(IN_SCOPE, false, SCOPE_COMMENT, "Cosmetic use."));

    assertThat(intake).isEnded().hasPassed("EndEvent_OutOfScopeAfterReview").variables().containsEntry("stageOutcome", "OUT_OF_SCOPE");
  }

  @Test
  @DisplayName("IN-1: a No-Go at adoption ends NOT_ADOPTED without a reward")
  void noGo_endsNotAdopted() {
    ProcessInstance intake = atDecision(2);
    assertThat(intake).isWaitingAt(TASK_DECIDE_ADOPTION).variables().containsEntry(ADOPTION_RECOMMENDATION, "NO_GO");
    assertThat(task(intake)).hasCandidateGroup("strategy-office-head");
    complete(task(intake), withVariables(ADOPTION_DECISION, "NO_GO"));

    assertThat(intake).isEnded().hasPassed("EndEvent_NotAdopted").hasNotPassed("Task_RecordAdoptionReward");
    assertThat(intake).variables().containsEntry("stageOutcome", "NOT_ADOPTED");
    assertThat(rewards.of(intake.getBusinessKey())).isEmpty();
  }

  @Test
  @DisplayName("IN-1..3, IN-7, IR-4: a GO records the reward and leads through exit strategy, rights, IP strategy and agreement")
  void go_walksTheOnboardingAndEndsAdopted() {
    ProcessInstance intake = atDecision(4);
    complete(task(intake), withVariables(ADOPTION_DECISION, "GO"));

    assertThat(intake).hasPassedInOrder("Event_ThemeAdopted", "Task_RecordAdoptionReward").isWaitingAt(TASK_DEFINE_EXIT_STRATEGY);
    assertThat(rewards.of(intake.getBusinessKey())).singleElement()
        .satisfies(r -> assertThat(r.kind()).isEqualTo(RewardLedger.Kind.ADOPTION))
        .satisfies(r -> assertThat(r.recipient()).isEqualTo("researcher"));
    assertThat(intake).variables().containsKey(ADOPTION_REWARD);

    complete(task(intake), withVariables(EXIT_STRATEGY, "License to a mid-size pharma."));
    assertThat(intake).isWaitingAt(TASK_CONFIRM_RIGHTS_AND_CONTACT, TASK_DEFINE_IP_AND_PUBLICATION_STRATEGY);
    assertThat(task(TASK_CONFIRM_RIGHTS_AND_CONTACT, intake)).isAssignedTo("researcher");
    assertThat(task(TASK_DEFINE_IP_AND_PUBLICATION_STRATEGY, intake)).hasCandidateGroup("ip-office");

    complete(task(TASK_CONFIRM_RIGHTS_AND_CONTACT, intake),
        withVariables(RIGHTS_SETTLED, true, RIGHTS_HOLDERS, "Osaka University", SINGLE_CONTACT, "tto@example.org"));
    complete(task(TASK_DEFINE_IP_AND_PUBLICATION_STRATEGY, intake),
        withVariables(IP_STRATEGY, "PCT first.", PUBLICATION_STRATEGY, "Talk after filing."));
    assertThat(intake).isWaitingAt(TASK_SIGN_SUPPORT_AGREEMENT);
    complete(task(intake), withVariables(SUPPORT_AGREEMENT_REFERENCE, "SA-1"));

    assertThat(intake).isEnded().hasPassed("EndEvent_ThemeAdopted").variables().containsEntry("stageOutcome", "ADOPTED");
  }

  @Test
  @DisplayName("A score of 7 is refused naming the score; the task stays open and nothing is set")
  void scoreOutOfRange_isRefused_andTaskStaysOpen() {
    ProcessInstance intake = startIntake(Themes.proposal());
    Task evaluate = task(TASK_EVALUATE_SEED, intake);

    assertThatThrownBy(() -> taskService.complete(evaluate.getId(), scores(7, 3, 3, 3, 3)))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("scoreNovelty: must be a whole number from 1 to 5, was 7");
    assertThat(intake).isWaitingAt(TASK_EVALUATE_SEED);
    assertThat(runtime.getVariables(intake.getId())).doesNotContainKeys(SCORE_NOVELTY, SCORE_MEDICAL_NEED);
  }

  @Test
  @DisplayName("IN-1: a decision against the recommendation needs a rationale")
  void decisionAgainstRecommendation_needsRationale() {
    ProcessInstance intake = atDecision(2);
    Task decide = task(intake);

    assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of(ADOPTION_DECISION, "GO")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining(ADOPTION_RATIONALE);
    assertThat(intake).isWaitingAt(TASK_DECIDE_ADOPTION);

    taskService.complete(decide.getId(), Map.of(ADOPTION_DECISION, "GO", ADOPTION_RATIONALE, "Strategic fit for the network."));
    assertThat(intake).isWaitingAt(TASK_DEFINE_EXIT_STRATEGY);
  }

  @Test
  @DisplayName("IN-2: rights must be settled before the theme goes on")
  void rightsNotSettled_isRefused() {
    ProcessInstance intake = atDecision(4);
    complete(task(intake), withVariables(ADOPTION_DECISION, "GO"));
    complete(task(intake), withVariables(EXIT_STRATEGY, "x"));
    Task rights = task(TASK_CONFIRM_RIGHTS_AND_CONTACT, intake);

    assertThatThrownBy(() -> taskService.complete(rights.getId(),
        Map.of(RIGHTS_SETTLED, false, RIGHTS_HOLDERS, "A and B", SINGLE_CONTACT, "A")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("rightsSettled: must be true");
    assertThat(intake).isWaitingAt(TASK_CONFIRM_RIGHTS_AND_CONTACT);
  }

  @Test
  @DisplayName("An unknown decision value is refused naming adoptionDecision")
  void unknownDecision_isRefused() {
    ProcessInstance intake = atDecision(4);
    assertThatThrownBy(() -> taskService.complete(task(intake).getId(), Map.of(ADOPTION_DECISION, "MAYBE")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("adoptionDecision: must be one of [GO, NO_GO]");
  }
}
