package jp.dsnet.themes.solicitation;

/**
 * Why the head is asked to decide how a theme continues ({@code decisionContext} on
 * {@code DecideThemeContinuation}). This process sets NO_APPLICANT, NO_BID and
 * AWARD_NOT_CONFIRMED; licensing sets FS_ABANDONED and NO_AGREEMENT.
 */
public enum DecisionContext {
  /** LS-3: nobody applied to the call. */
  NO_APPLICANT,
  /** LS-2, LS-3: several companies applied but none bid. */
  NO_BID,
  /** The head did not confirm the selected licensee. */
  AWARD_NOT_CONFIRMED,
  /** LO-4: the company gave up after the feasibility study. */
  FS_ABANDONED,
  /** LO-2: no agreement with the company. */
  NO_AGREEMENT
}
