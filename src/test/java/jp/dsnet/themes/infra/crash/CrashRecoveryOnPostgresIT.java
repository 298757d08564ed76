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
    return database.springDatasourceEnvironment();
  }

  @Override
  String profiles() {
    return "postgres,demo";
  }
}
