package jp.dsnet.themes.intake;

import jp.dsnet.themes.lifecycle.ThemeLifecycle;

/**
 * Names of {@code theme-intake} (processes/theme-intake.bpmn), its decisions
 * (processes/theme-eligibility.dmn, processes/adoption-recommendation.dmn) and its forms; the
 * public ones come from the CONTRACT and never change. Start variables of the theme
 * ({@code diseaseArea}, {@code leadResearcher} ...) are in {@link jp.dsnet.themes.lifecycle.ThemeLifecycle}.
 */
public final class ThemeIntake {

  public static final String PROCESS_KEY = ThemeLifecycle.INTAKE;

  /** SC-1..4: in scope, out of scope or needs a person; result variable {@link #ELIGIBILITY}. */
  public static final String DECISION_ELIGIBILITY = "theme-eligibility";
  /** IN-1: GO / NO_GO from the five scores; result variable {@link #ADOPTION_RECOMMENDATION}. */
  public static final String DECISION_ADOPTION_RECOMMENDATION = "adoption-recommendation";

  /** User tasks (CONTRACT: task definition keys). */
  public static final String TASK_REVIEW_SCOPE = "ReviewScope";
  public static final String TASK_EVALUATE_SEED = "EvaluateSeed";
  public static final String TASK_DECIDE_ADOPTION = "DecideAdoption";
  public static final String TASK_DEFINE_EXIT_STRATEGY = "DefineExitStrategy";
  public static final String TASK_CONFIRM_RIGHTS_AND_CONTACT = "ConfirmRightsAndContact";
  public static final String TASK_DEFINE_IP_AND_PUBLICATION_STRATEGY = "DefineIpAndPublicationStrategy";
  public static final String TASK_SIGN_SUPPORT_AGREEMENT = "SignSupportAgreement";

  /** Other elements of the model, for tests and Cockpit queries. */
  public static final String START_EVENT_INTAKE_STARTED = "StartEvent_IntakeStarted";
  public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckEligibility";
  public static final String TASK_RECOMMEND_ADOPTION = "Task_RecommendAdoption";
  public static final String TASK_RECORD_ADOPTION_REWARD = "Task_RecordAdoptionReward";
  public static final String EVENT_THEME_ADOPTED = "Event_ThemeAdopted";
  public static final String END_EVENT_OUT_OF_SCOPE = "EndEvent_OutOfScope";
  public static final String END_EVENT_OUT_OF_SCOPE_AFTER_REVIEW = "EndEvent_OutOfScopeAfterReview";
  public static final String END_EVENT_NOT_ADOPTED = "EndEvent_NotAdopted";
  public static final String END_EVENT_THEME_ADOPTED = "EndEvent_ThemeAdopted";

  /** IN-4: thrown at a GO; theme-lifecycle catches it without interrupting. */
  public static final String ESCALATION_THEME_ADOPTED = ThemeLifecycle.ESCALATION_THEME_ADOPTED;

  /** The values of {@code stageOutcome} this stage ends with (docs/architecture.md). */
  public static final String OUTCOME_OUT_OF_SCOPE = "OUT_OF_SCOPE";
  public static final String OUTCOME_NOT_ADOPTED = "NOT_ADOPTED";
  public static final String OUTCOME_ADOPTED = "ADOPTED";

  /** Result of {@link #DECISION_ELIGIBILITY}: {@code IN_SCOPE}, {@code OUT_OF_SCOPE} or {@code REVIEW}. */
  public static final String ELIGIBILITY = "eligibility";
  public static final String ELIGIBILITY_IN_SCOPE = "IN_SCOPE";
  public static final String ELIGIBILITY_OUT_OF_SCOPE = "OUT_OF_SCOPE";
  public static final String ELIGIBILITY_REVIEW = "REVIEW";

  /** ReviewScope (SC-1). */
  public static final String IN_SCOPE = "inScope";
  public static final String SCOPE_COMMENT = "scopeComment";

  /** EvaluateSeed (IN-1): whole numbers 1..5. */
  public static final String SCORE_NOVELTY = "scoreNovelty";
  public static final String SCORE_MEDICAL_NEED = "scoreMedicalNeed";
  public static final String SCORE_INDUSTRY_NEED = "scoreIndustryNeed";
  public static final String SCORE_IP_POSITION = "scoreIpPosition";
  public static final String SCORE_FEASIBILITY = "scoreFeasibility";
  public static final String EVALUATION_SUMMARY = "evaluationSummary";

  /** Result of {@link #DECISION_ADOPTION_RECOMMENDATION}, and DecideAdoption (IN-1). */
  public static final String ADOPTION_RECOMMENDATION = "adoptionRecommendation";
  public static final String ADOPTION_DECISION = "adoptionDecision";
  public static final String ADOPTION_RATIONALE = "adoptionRationale";
  public static final String GO = "GO";
  public static final String NO_GO = "NO_GO";

  /** DefineExitStrategy (IN-1, IN-5). */
  public static final String EXIT_STRATEGY = "exitStrategy";
  /** ConfirmRightsAndContact (IN-2). */
  public static final String RIGHTS_SETTLED = "rightsSettled";
  public static final String RIGHTS_HOLDERS = "rightsHolders";
  public static final String SINGLE_CONTACT = "singleContact";
  /** DefineIpAndPublicationStrategy (IN-7, IR-1). */
  public static final String IP_STRATEGY = "ipStrategy";
  public static final String PUBLICATION_STRATEGY = "publicationStrategy";
  /** SignSupportAgreement (IN-3). */
  public static final String SUPPORT_AGREEMENT_REFERENCE = "supportAgreementReference";
  /** IR-4: a line describing the adoption reward, for Cockpit (the row is in dsn_reward). */
  public static final String ADOPTION_REWARD = "adoptionReward";

  private ThemeIntake() {
  }
}
