package jp.dsnet.themes.lifecycle;

/** The values of {@code themeStatus}, set when a theme ends (CONTRACT: processes). */
public enum ThemeStatus {
  /** SC-1..4: outside the network's scope. */
  OUT_OF_SCOPE,
  /** IN-1: not selected as a theme. */
  NOT_ADOPTED,
  /** A No-Go after adoption (AR-2, LS-3, LO-4). */
  TERMINATED,
  /** IN-4: the researcher withdrew with the network's consent. */
  WITHDRAWN,
  /** AL-3, IR-4 (実用化): the product is on the market, its launch confirmed by the office (no longer: the last milestone met). */
  COMPLETED,
  /** AL-3: the licensee gave up and the network did not take the theme back. */
  CLOSED
}
