package jp.dsnet.themes.reacquisition;

import jp.dsnet.themes.lifecycle.ThemeLifecycle;

/** Names of {@code theme-reacquisition} (processes/theme-reacquisition.bpmn): taking the theme back (継承, AL-3). */
public final class ThemeReacquisition {

  public static final String PROCESS_KEY = ThemeLifecycle.REACQUISITION;

  public static final String TASK_DECIDE_REACQUISITION = "DecideReacquisition";
  public static final String TASK_DISPOSE_INTELLECTUAL_PROPERTY = ThemeLifecycle.TASK_DISPOSE_INTELLECTUAL_PROPERTY;

  public static final String END_EVENT_RESOLICIT = "EndEvent_Resolicit";
  public static final String END_EVENT_CONTINUE_RESEARCH = "EndEvent_ContinueResearch";
  public static final String END_EVENT_THEME_CLOSED = "EndEvent_ThemeClosed";

  public static final String REACQUISITION_DECISION = "reacquisitionDecision";
  public static final String IP_DISPOSITION = "ipDisposition";

  private ThemeReacquisition() {
  }
}
