package jp.dsnet.themes.infra.crash;

import static jp.dsnet.themes.infra.app.EngineState.adoption;
import static jp.dsnet.themes.infra.app.EngineState.openTasks;
import static jp.dsnet.themes.infra.app.EngineState.seedEvaluation;
import static jp.dsnet.themes.infra.app.EngineState.themeId;
import static jp.dsnet.themes.infra.app.EngineState.timers;
import static jp.dsnet.themes.infra.app.EngineState.variablesOfTheme;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.dsnet.themes.infra.app.AppProcess;
import jp.dsnet.themes.infra.app.EngineState;
import jp.dsnet.themes.support.RestClient;
import jp.dsnet.themes.support.Themes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application is killed with SIGKILL (no shutdown, as in a power cut of its host)
 * while themes are in flight, and started again on the same database: nothing a user or portal
 * was told had happened is lost, and work goes on. One subclass per database.
 */
abstract class CrashRecoveryScenario {

  @TempDir
  Path workDir;

  /** Environment of the application: where its database is. */
  abstract Map<String, String> databaseEnvironment();

  /** Spring profiles of the application. */
  abstract String profiles();

  private AppProcess startApplication(String name) {
    // Jobs the killed node had locked wait for their lock to expire (5 minutes by default): 10 s here.
    return AppProcess.start(name, workDir, databaseEnvironment(), Map.of(),
        AppProcess.commonArgs(profiles(), Map.of("camunda.bpm.job-execution.lock-time-in-millis", "10000")));
  }

  private static String startTheme(RestClient portal) {
    String themeId = themeId("CR");
    var started = portal.startTheme("theme-lifecycle", themeId, Themes.proposal());
    assertThat(started.getStatusCode().value()).as("start of %s: %s", themeId, started.getBody()).isEqualTo(200);
    return themeId;
  }

  @Test
  @DisplayName("kill -9 with themes in flight: after a restart every open task, timer and variable is there, and work goes on")
  void killedWithThemesInFlight_restartKeepsTasksTimersAndVariables() {
    List<String> probes = new ArrayList<>();
    List<String> settled = new ArrayList<>();
    List<String> inFlight = new ArrayList<>();
    TreeSet<String> tasksBefore;
    TreeSet<String> timersBefore;
    TreeMap<String, Object> variablesBefore;

    try (AppProcess app = startApplication("first")) {
      RestClient admin = app.as("admin");
      app.deploy("infra-probe.bpmn", EngineState.probeModel());
      for (int i = 0; i < 2; i++) {
        probes.add(EngineState.startProbe(admin, OffsetDateTime.now(EngineState.JST).plusDays(1), 0));
      }
      for (int i = 0; i < 2; i++) {
        settled.add(startTheme(app.as("portal")));
      }
      for (String themeId : settled) {
        app.as("office").awaitTask(themeId, "EvaluateSeed");
      }
      String evaluate = app.as("office").awaitTask(settled.get(0), "EvaluateSeed");
      assertThat(app.as("office").complete(evaluate, seedEvaluation()).getStatusCode().value()).isEqualTo(204);
      app.as("head").awaitTask(settled.get(0), "DecideAdoption");
      RestClient.await(() -> timers(admin).size() == probes.size() ? Boolean.TRUE : null, "the probes' timers");

      tasksBefore = openTasks(admin);
      timersBefore = timers(admin);
      variablesBefore = variablesOfTheme(admin, settled.get(0));
      assertThat(tasksBefore).as("open tasks before the crash").hasSize(2);
      assertThat(timersBefore).as("timers before the crash").hasSize(2);
      assertThat(variablesBefore.keySet()).as("variables before the crash")
          .anyMatch(name -> name.endsWith("/scoreNovelty")).anyMatch(name -> name.endsWith("/themeTitle"));

      // Answered 200 to the portal (intake entered in the same transaction): then SIGKILL at once.
      for (int i = 0; i < 3; i++) {
        inFlight.add(startTheme(app.as("portal")));
      }
      app.kill();
      assertThat(app.isAlive()).isFalse();
    }

    try (AppProcess app = startApplication("restarted")) {
      RestClient admin = app.as("admin");

      assertThat(timers(admin)).as("timers after the restart: same jobs, same due dates").isEqualTo(timersBefore);
      assertThat(variablesOfTheme(admin, settled.get(0))).as("variables after the restart").isEqualTo(variablesBefore);
      for (String themeId : inFlight) {
        assertThat(admin.getList("/process-instance?processDefinitionKey=theme-lifecycle&businessKey=" + themeId).getBody())
            .as("theme %s, started (200) just before the crash, is still there", themeId).hasSize(1);
      }
      for (String themeId : inFlight) {
        app.as("office").awaitTask(themeId, "EvaluateSeed");
      }
      TreeSet<String> tasksAfter = openTasks(admin);
      assertThat(tasksAfter).as("every task open before the crash is open after it").containsAll(tasksBefore);
      assertThat(tasksAfter).as("plus one EvaluateSeed per theme started just before the crash")
          .hasSize(tasksBefore.size() + inFlight.size());

      // Work goes on: the head decides, and a timer fires on the restarted node.
      String decide = app.as("head").awaitTask(settled.get(0), "DecideAdoption");
      assertThat(app.as("head").complete(decide, adoption("NO_GO")).getStatusCode().value()).isEqualTo(204);
      RestClient.await(() -> admin.getList("/history/process-instance?processInstanceBusinessKey=" + settled.get(0)
          + "&processDefinitionKey=theme-lifecycle&finished=true").getBody().isEmpty() ? null : Boolean.TRUE, "the end of " + settled.get(0));

      String probe = probes.get(0);
      String timerJob = (String) admin.getList("/job?timers=true&processInstanceId=" + probe).getBody().get(0).get("id");
      app.makeDueNow(timerJob);
      RestClient.await(() -> EngineState.tasksOf(admin, probe, "ProbeReview").isEmpty() ? null : Boolean.TRUE, "the probe's timer");
      assertThat(admin.getObject("/process-instance/" + probe + "/variables/timerRanOn").getBody())
          .containsEntry("value", "restarted");
    }
  }
}
