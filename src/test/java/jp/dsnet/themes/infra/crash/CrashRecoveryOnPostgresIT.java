package jp.dsnet.themes.infra.crash;

import java.util.Map;
import jp.dsnet.themes.infra.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/** The crash on PostgreSQL (profile postgres), in a fresh database of its own. */
@Tag("postgres")
class CrashRecoveryOnPostgresIT extends CrashRecoveryScenario {

  private TestPostgres.Database database;

  @BeforeEach
  void createDatabase() {
    database = TestPostgres.freshDatabase("crash");
  }

  @AfterEach
  void dropDatabase() {
    if (database != null) {
      TestPostgres.drop(database);
    }
  }

  @Override
  Map<String, String> databaseEnvironment() {
    return Map.of("SPRING_DATASOURCE_URL", database.url(), "SPRING_DATASOURCE_USERNAME", database.user(),
        "SPRING_DATASOURCE_PASSWORD", database.password());
  }

  @Override
  String profiles() {
    return "postgres,demo";
  }
}
