package jp.dsnet.themes.lifecycle;

/**
 * Why a stage asks the head to decide how a theme continues ({@code decisionContext} on
 * {@code DecideThemeContinuation}); the form shows it.
 */
public enum DecisionContext {
  /** LS-3: nobody applied to the call (licensee-solicitation). */
  NO_APPLICANT,
  /** LS-2, LS-3: several companies applied but none bid (licensee-solicitation). */
  NO_BID,
  /** The head did not confirm the selected licensee (licensee-solicitation). */
  AWARD_NOT_CONFIRMED,
  /** LO-4: the licensee gave up after its feasibility study (licensing). */
  FS_ABANDONED,
  /** LO-2: no agreement on the licensee's terms (licensing). */
  NO_AGREEMENT
}
