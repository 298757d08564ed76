package jp.dsnet.themes.lifecycle;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/**
 * An engine of its own for the lifecycle's model tests: in-memory H2, full history, the job executor
 * off, and only the beans the lifecycle model itself calls (its stages are stubbed by the tests).
 */
final class LifecycleTestEngine {

  private LifecycleTestEngine() {
  }

  static ProcessEngine build(String name) {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=1000");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("full");
    configuration.setBeans(Map.of("themeVariables", new ThemeVariables(),
        "reportUnroutedStageOutcomeDelegate", new ReportUnroutedStageOutcomeDelegate()));
    return configuration.buildProcessEngine();
  }
}
