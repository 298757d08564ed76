package jp.dsnet.themes.infra;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Points a test context with the profile {@code it-postgres} at the PostgreSQL server of
 * {@code THEMES_TEST_POSTGRES_URL}, or stops it before it starts with a message that says what to
 * do (instead of a connection error, or a silent skip). Registered for the test class path in
 * {@code src/test/resources/META-INF/spring.factories}; does nothing in any other context.
 *
 * <p>The failsafe execution {@code rest-on-postgres} adds the profile with
 * {@code spring.profiles.include}, which puts it before {@code it}, so {@code application-it.yaml}'s
 * in-memory H2 would win over a URL in {@code application-it-postgres.yaml}: the connection is put
 * in front of every other property source here, after the configuration files were read.
 */
public class PostgresTestEnvironment implements EnvironmentPostProcessor, Ordered {

  public static final String PROFILE = "it-postgres";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
      return;
    }
    TestPostgres.Database database = TestPostgres.require();
    environment.getPropertySources().addFirst(new MapPropertySource("themes-test-postgres", Map.of(
        "spring.datasource.url", database.url(),
        "spring.datasource.username", database.user(),
        "spring.datasource.password", database.password())));
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
