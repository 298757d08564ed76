package jp.dsnet.themes.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.dsnet.themes.ThemesApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole application in the benchmark's own JVM (web server on a free loopback port, demo
 * users), with the job executor off so the benchmark runs every job itself, like a process test.
 */
final class InProcessApp implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final double startupSeconds;
  private final RawBaselinePlugin rawBaseline;

  InProcessApp(BenchSettings settings) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("server.port", 0);
    properties.put("server.address", "127.0.0.1");
    properties.put("camunda.bpm.job-execution.enabled", false);
    properties.put("spring.main.banner-mode", "off");
    properties.put("logging.level.root", "WARN");
    properties.put("THEMES_DATA_DIR", settings.outDir().resolve("inprocess-data").toString());
    rawBaseline = new RawBaselinePlugin();
    long t0 = System.nanoTime();
    context = new SpringApplicationBuilder(ThemesApplication.class)
        .profiles(settings.postgres() ? new String[] {"postgres", "demo"} : new String[] {"demo"})
        .initializers(ctx -> ctx.getBeanFactory().registerSingleton("benchRawBaselinePlugin", rawBaseline))
        // as command-line arguments, which take precedence over application.yaml
        .run(java.util.stream.Stream.concat(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()),
            settings.appArguments().stream()).toArray(String[]::new));
    startupSeconds = (System.nanoTime() - t0) / 1e9;
  }

  ProcessEngine engine() {
    return context.getBean(ProcessEngine.class);
  }

  ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine().getProcessEngineConfiguration();
  }

  JdbcTemplate jdbc() {
    return context.getBean(JdbcTemplate.class);
  }

  int port() {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
  }

  double startupSeconds() {
    return startupSeconds;
  }

  RawBaselinePlugin rawBaseline() {
    return rawBaseline;
  }

  @Override
  public void close() {
    context.close();
  }
}
