package jp.dsnet.themes.lifecycle;

/** Names of {@code theme-lifecycle} (processes/theme-lifecycle.bpmn) and of the contract around it. */
public final class ThemeLifecycle {

  public static final String PROCESS_KEY = "theme-lifecycle";

  /** Keys of the processes the lifecycle calls, one per stage. */
  public static final String INTAKE = "theme-intake";
  public static final String APPLIED_RESEARCH = "applied-research";
  public static final String SOLICITATION = "licensee-solicitation";
  public static final String LICENSING = "licensing";
  public static final String POST_LICENSING = "post-licensing";
  public static final String REACQUISITION = "theme-reacquisition";

  /** Start variables (CONTRACT: start variables of theme-lifecycle). */
  public static final String THEME_TITLE = "themeTitle";
  public static final String LEAD_RESEARCHER = "leadResearcher";
  public static final String INSTITUTION = "institution";
  public static final String DISEASE_AREA = "diseaseArea";
  public static final String MODALITY = "modality";
  public static final String RESEARCH_STAGE = "researchStage";
  public static final String SUMMARY = "summary";

  /** Kept current by the lifecycle; see {@link ThemeStage} and {@link ThemeStatus}. */
  public static final String THEME_STAGE = "themeStage";
  public static final String THEME_STATUS = "themeStatus";

  /**
   * Set by every called stage process before it ends: how the stage ended, read by the gateway
   * after the call activity (e.g. ADOPTED, NOT_ADOPTED, READY_FOR_LICENSING, RESOLICIT, NO_GO).
   */
  public static final String STAGE_OUTCOME = "stageOutcome";

  /** True from the adoption on (escalation THEME_ADOPTED thrown by theme-intake); IN-4. */
  public static final String THEME_ADOPTED = "themeAdopted";
  public static final String ESCALATION_THEME_ADOPTED = "THEME_ADOPTED";

  public static final String MESSAGE_WITHDRAWAL_REQUESTED = "WithdrawalRequested";
  public static final String TASK_CONSENT_TO_WITHDRAWAL = "ConsentToWithdrawal";
  public static final String WITHDRAWAL_REASON = "withdrawalReason";
  /** IN-4: the user who asks; must be the theme's {@link #LEAD_RESEARCHER}. */
  public static final String REQUESTED_BY = "requestedBy";
  public static final String WITHDRAWAL_CONSENTED = "withdrawalConsented";
  /** IN-4, IN-6: after a consented withdrawal the IP office decides on the theme's IP. */
  public static final String TASK_DISPOSE_INTELLECTUAL_PROPERTY = "DisposeIntellectualProperty";

  private ThemeLifecycle() {
  }
}
