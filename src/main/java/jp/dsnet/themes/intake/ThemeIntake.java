package jp.dsnet.themes.intake;

/** Names of {@code theme-intake} (processes/theme-intake.bpmn) and its decisions. */
public final class ThemeIntake {

  public static final String PROCESS_KEY = "theme-intake";
  public static final String DECISION_ELIGIBILITY = "theme-eligibility";
  public static final String DECISION_ADOPTION_RECOMMENDATION = "adoption-recommendation";

  public static final String TASK_REVIEW_SCOPE = "ReviewScope";
  public static final String TASK_EVALUATE_SEED = "EvaluateSeed";
  public static final String TASK_DECIDE_ADOPTION = "DecideAdoption";
  public static final String TASK_DEFINE_EXIT_STRATEGY = "DefineExitStrategy";
  public static final String TASK_CONFIRM_RIGHTS_AND_CONTACT = "ConfirmRightsAndContact";
  public static final String TASK_DEFINE_IP_AND_PUBLICATION_STRATEGY = "DefineIpAndPublicationStrategy";
  public static final String TASK_SIGN_SUPPORT_AGREEMENT = "SignSupportAgreement";

  public static final String ELIGIBILITY = "eligibility";
  public static final String IN_SCOPE = "inScope";
  public static final String SCOPE_COMMENT = "scopeComment";
  public static final String SCORE_NOVELTY = "scoreNovelty";
  public static final String SCORE_MEDICAL_NEED = "scoreMedicalNeed";
  public static final String SCORE_INDUSTRY_NEED = "scoreIndustryNeed";
  public static final String SCORE_IP_POSITION = "scoreIpPosition";
  public static final String SCORE_FEASIBILITY = "scoreFeasibility";
  public static final String EVALUATION_SUMMARY = "evaluationSummary";
  public static final String ADOPTION_RECOMMENDATION = "adoptionRecommendation";
  public static final String ADOPTION_DECISION = "adoptionDecision";
  public static final String ADOPTION_RATIONALE = "adoptionRationale";
  public static final String EXIT_STRATEGY = "exitStrategy";
  public static final String RIGHTS_SETTLED = "rightsSettled";
  public static final String RIGHTS_HOLDERS = "rightsHolders";
  public static final String SINGLE_CONTACT = "singleContact";
  public static final String IP_STRATEGY = "ipStrategy";
  public static final String PUBLICATION_STRATEGY = "publicationStrategy";
  public static final String SUPPORT_AGREEMENT_REFERENCE = "supportAgreementReference";
  public static final String ADOPTION_REWARD = "adoptionReward";

  private ThemeIntake() {
  }
}
