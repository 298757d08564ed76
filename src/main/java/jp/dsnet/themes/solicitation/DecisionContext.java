package jp.dsnet.themes.solicitation;

/**
 * Why this process asks the head to decide how a theme continues ({@code decisionContext} on
 * {@code DecideThemeContinuation}); licensing adds FS_ABANDONED and NO_AGREEMENT.
 */
public enum DecisionContext {
  /** LS-3: nobody applied to the call. */
  NO_APPLICANT,
  /** LS-2, LS-3: several companies applied but none bid. */
  NO_BID,
  /** The head did not confirm the selected licensee. */
  AWARD_NOT_CONFIRMED
}
