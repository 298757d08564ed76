package jp.dsnet.themes.lifecycle;

import jp.dsnet.themes.income.ContributionShares;

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

  /** The stage ({@code themeStage}) of each called process. */
  public static final java.util.Map<String, ThemeStage> STAGE_OF_PROCESS = java.util.Map.of(INTAKE, ThemeStage.INTAKE,
      APPLIED_RESEARCH, ThemeStage.APPLIED_RESEARCH, SOLICITATION, ThemeStage.SOLICITATION, LICENSING, ThemeStage.LICENSING,
      POST_LICENSING, ThemeStage.POST_LICENSING, REACQUISITION, ThemeStage.REACQUISITION);

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

  /**
   * The theme record's results that several stages read: each name is defined here once and the
   * stages' constants classes refer to it.
   */
  public static final String SELECTED_LICENSEE = "selectedLicensee";
  public static final String CONTRIBUTION_SHARES = ContributionShares.VARIABLE;
  public static final String LICENSE_AGREEMENT_REFERENCE = "licenseAgreementReference";

  /**
   * The head's decision on a theme that cannot go on as planned, asked by licensee-solicitation and
   * licensing alike (one task key, one form); why it is asked is a {@link DecisionContext}.
   */
  public static final String TASK_DECIDE_THEME_CONTINUATION = "DecideThemeContinuation";
  public static final String DECISION_CONTEXT = "decisionContext";
  public static final String CONTINUATION_DECISION = "continuationDecision";

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
