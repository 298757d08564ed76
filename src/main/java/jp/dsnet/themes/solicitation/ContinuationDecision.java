package jp.dsnet.themes.solicitation;

/** The head's Go/No-Go on a theme that has no licensee (LS-3); each value is also the stage's outcome. */
public enum ContinuationDecision {
  RESOLICIT, CONTINUE_RESEARCH, NO_GO
}
