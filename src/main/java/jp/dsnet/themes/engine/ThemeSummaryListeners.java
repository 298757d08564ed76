package jp.dsnet.themes.engine;

import java.time.Instant;
import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import jp.dsnet.themes.portfolio.ThemeSummaries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Keeps the portfolio's theme summary and stage rows (ADR 0009) in step with the lifecycle: built
 * in at parse time, so they run in the engine's transaction and no model edit can lose them.
 */
final class ThemeSummaryListeners {

  private ThemeSummaryListeners() {
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static boolean adopted(DelegateExecution execution) {
    return Boolean.TRUE.equals(execution.getVariable(ThemeLifecycle.THEME_ADOPTED));
  }

  static class ThemeStarted implements ExecutionListener {
    private final ThemeSummaries summaries;

    ThemeStarted(ThemeSummaries summaries) {
      this.summaries = summaries;
    }

    @Override
    public void notify(DelegateExecution execution) {
      summaries.started(execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
          (String) execution.getVariable(ThemeLifecycle.THEME_TITLE), (String) execution.getVariable(ThemeLifecycle.INSTITUTION), now());
    }
  }

  static class ThemeEnded implements ExecutionListener {
    private final ThemeSummaries summaries;

    ThemeEnded(ThemeSummaries summaries) {
      this.summaries = summaries;
    }

    @Override
    public void notify(DelegateExecution execution) {
      summaries.ended(execution.getProcessInstanceId(), (String) execution.getVariable(ThemeLifecycle.THEME_STATUS),
          adopted(execution), now());
    }
  }

  /** On a stage's call activity: {@code start} enters the stage, {@code end} leaves it. */
  static class Stage implements ExecutionListener {
    private final ThemeSummaries summaries;
    private final String stage;

    Stage(ThemeSummaries summaries, String stage) {
      this.summaries = summaries;
      this.stage = stage;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (EVENTNAME_START.equals(execution.getEventName())) {
        summaries.stageEntered(execution.getProcessInstanceId(), execution.getActivityInstanceId(), stage, now());
        return;
      }
      // Cut short (a withdrawal): the outcome is the theme's status, written when the theme ends.
      String outcome = execution.isCanceled() ? null : (String) execution.getVariable(ThemeLifecycle.STAGE_OUTCOME);
      summaries.stageLeft(execution.getProcessInstanceId(), execution.getActivityInstanceId(), outcome,
          (String) execution.getVariable("selectedLicensee"), adopted(execution), now());
    }
  }
}
