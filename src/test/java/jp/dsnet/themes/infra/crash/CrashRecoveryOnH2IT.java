package jp.dsnet.themes.infra.crash;

import java.util.Map;

/** The crash on the default database: an H2 file (THEMES_DATA_DIR) in a temporary directory. */
class CrashRecoveryOnH2IT extends CrashRecoveryScenario {

  @Override
  Map<String, String> databaseEnvironment() {
    return Map.of("THEMES_DATA_DIR", workDir.resolve("data").toString());
  }

  @Override
  String profiles() {
    return "demo";
  }
}
