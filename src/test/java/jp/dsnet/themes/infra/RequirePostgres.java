package jp.dsnet.themes.infra;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stops an {@code it-postgres} test context before it starts when no PostgreSQL server is named,
 * with a message that says what to do (instead of a connection error, or a silent skip).
 * Registered by {@code application-it-postgres.yaml}.
 */
public class RequirePostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPostgres.require();
  }
}
