package jp.dsnet.themes.lifecycle;

/** The values of {@code themeStage}, one per called process (CONTRACT: processes). */
public enum ThemeStage {
  INTAKE, APPLIED_RESEARCH, SOLICITATION, LICENSING, POST_LICENSING, REACQUISITION
}
