package jp.dsnet.themes.engine;

import jp.dsnet.themes.lifecycle.ThemeRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Registers a theme's ID when its lifecycle starts and frees it when the lifecycle ends. */
final class ThemeRegistration {

  private ThemeRegistration() {
  }

  static class OnStart implements ExecutionListener {
    private final ThemeRegistry registry;

    OnStart(ThemeRegistry registry) {
      this.registry = registry;
    }

    @Override
    public void notify(DelegateExecution execution) {
      registry.register(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
          ClockUtil.getCurrentTime().toInstant());
    }
  }

  static class OnEnd implements ExecutionListener {
    private final ThemeRegistry registry;

    OnEnd(ThemeRegistry registry) {
      this.registry = registry;
    }

    @Override
    public void notify(DelegateExecution execution) {
      registry.release(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }
  }
}
