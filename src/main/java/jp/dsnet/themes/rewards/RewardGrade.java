package jp.dsnet.themes.rewards;

/**
 * IR-4, SR-2: rewards are given by results (成果に応じた報奨). The head grades the result that
 * earns a reward; each institution turns the grade into an amount under its own rules.
 */
public enum RewardGrade {
  /** An outstanding result. */
  A,
  /** A good result. */
  B,
  /** The result that was asked for. */
  C;

  /** The variable that carries the grade at DecideAdoption (GO) and ReviewMilestone (achieved). */
  public static final String VARIABLE = "rewardGrade";
}
