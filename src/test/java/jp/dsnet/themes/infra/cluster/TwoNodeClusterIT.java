package jp.dsnet.themes.infra.cluster;

import static jp.dsnet.themes.infra.app.EngineState.adoption;
import static jp.dsnet.themes.infra.app.EngineState.seedEvaluation;
import static jp.dsnet.themes.infra.app.EngineState.themeId;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import jp.dsnet.themes.infra.TestPostgres;
import jp.dsnet.themes.infra.app.AppProcess;
import jp.dsnet.themes.infra.app.EngineState;
import jp.dsnet.themes.support.RestClient;
import jp.dsnet.themes.support.Themes;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes of the packaged application on one PostgreSQL database, as docs/cluster.md describes
 * them: each with its own job executor (not deployment-aware), no shared memory. Themes are
 * started and worked on both; timers fall due at once on both; every job is committed exactly
 * once and no theme is lost. Then one node is killed with SIGKILL in the middle of jobs: the
 * other takes them over when their locks expire and finishes the work.
 */
@Tag("postgres")
class TwoNodeClusterIT {

  /** Short, so the survivor takes over a dead node's jobs within seconds (default: 5 minutes). */
  private static final int LOCK_TIME_MILLIS = 5000;

  @TempDir
  Path workDir;
  private TestPostgres.Database database;
  private final List<AppProcess> nodes = new ArrayList<>();

  @BeforeEach
  void createDatabase() throws SQLException {
    database = TestPostgres.freshDatabase("cluster");
    try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
      sql.execute("CREATE TABLE infra_probe_log (process_instance_id VARCHAR(64) NOT NULL, step VARCHAR(20) NOT NULL, "
          + "node VARCHAR(20) NOT NULL, executed_at TIMESTAMP NOT NULL)");
    }
  }

  @AfterEach
  void stopNodesAndDropDatabase() {
    nodes.forEach(AppProcess::close);
    if (database != null) {
      TestPostgres.drop(database);
    }
  }

  private AppProcess startNode(String name) {
    Map<String, String> env = database.springDatasourceEnvironment();
    Map<String, String> probe = Map.of("infra.probe.jdbc.url", database.url(), "infra.probe.jdbc.user", database.user(),
        "infra.probe.jdbc.password", database.password());
    AppProcess node = AppProcess.start(name, workDir, env, probe, AppProcess.commonArgs("postgres,demo", Map.of(
        "camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(LOCK_TIME_MILLIS),
        // Small executors, so neither node can take every due job in one acquisition.
        "camunda.bpm.job-execution.max-jobs-per-acquisition", "1",
        "camunda.bpm.job-execution.core-pool-size", "2",
        "camunda.bpm.job-execution.max-pool-size", "2",
        "camunda.bpm.job-execution.queue-capacity", "1",
        // The node's name in ACT_HI_JOB_LOG.HOSTNAME_, so the test can tell who ran a job.
        "camunda.bpm.generic-properties.properties.hostname", name)));
    nodes.add(node);
    return node;
  }

  @Test
  @DisplayName("Two nodes, one database: every job committed once, no theme lost; a killed node's jobs are finished by the other")
  void twoNodes_shareTheWork_andTheSurvivorFinishesAKilledNodesJobs() throws Exception {
    // One after the other: the first creates the schema and deploys; the second finds both done.
    AppProcess a = startNode("node-a");
    AppProcess b = startNode("node-b");
    AppProcess[] both = {a, b};
    a.deploy("infra-probe.bpmn", EngineState.probeModel());

    // 1. Themes started and worked alternately on both nodes.
    List<String> themes = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String themeId = themeId("CL");
      var started = both[i % 2].as("portal").startTheme("theme-lifecycle", themeId, Themes.proposal());
      assertThat(started.getStatusCode().value()).as("start of %s on %s", themeId, both[i % 2].name()).isEqualTo(200);
      themes.add(themeId);
    }
    for (int i = 0; i < themes.size(); i++) {
      AppProcess other = both[(i + 1) % 2];
      String task = other.as("office").awaitTask(themes.get(i), "EvaluateSeed");
      assertThat(other.as("office").complete(task, seedEvaluation()).getStatusCode().value()).isEqualTo(204);
    }
    for (int i = 0; i < themes.size(); i++) {
      AppProcess node = both[i % 2];
      String task = node.as("head").awaitTask(themes.get(i), "DecideAdoption");
      assertThat(node.as("head").complete(task, adoption(i % 2 == 0 ? "GO" : "NO_GO")).getStatusCode().value()).isEqualTo(204);
    }

    // 2. Timers of twelve probes fall due at the same instant on both nodes.
    OffsetDateTime due = OffsetDateTime.now(EngineState.JST).plusSeconds(8);
    List<String> probes = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      probes.add(EngineState.startProbe(both[i % 2].as("admin"), due, 150));
    }
    awaitProbesReviewed(b, probes);

    for (int i = 0; i < themes.size(); i++) {
      String themeId = themes.get(i);
      if (i % 2 == 0) {
        // IR-4: the adoption reward is an async ledger job after the signed support agreement.
        onboard(both, themeId);
        RestClient.await(() -> count("SELECT COUNT(*) FROM dsn_reward WHERE theme_id = '" + themeId + "'") > 0 ? Boolean.TRUE : null,
            "the adoption reward of " + themeId);
        b.as("office").awaitTask(themeId, "PlanSupportResearch");
        assertThat(count("SELECT COUNT(*) FROM dsn_reward WHERE theme_id = '" + themeId + "'"))
            .as("adoption rewards of %s (IR-4), recorded once", themeId).isEqualTo(1);
      } else {
        RestClient.await(() -> themeStatus(a, themeId), "the end of " + themeId);
        assertThat(themeStatus(a, themeId)).as("status of %s", themeId).isEqualTo("NOT_ADOPTED");
      }
    }
    assertThat(count("SELECT COUNT(*) FROM dsn_active_theme")).as("running themes in the registry").isEqualTo(3);
    Map<String, Integer> executions = probeExecutions();
    assertThat(executions).as("executions of each probe step (async and timer), by process instance and step")
        .hasSize(probes.size() * 2).allSatisfy((step, times) -> assertThat(times).as(step).isEqualTo(1));
    assertEveryJobCommittedOnce();
    assertThat(jobHosts()).as("nodes that ran jobs").containsExactlyInAnyOrder("node-a", "node-b");

    // 3. Node A dies in the middle of timer jobs that take 1.5 s each.
    OffsetDateTime soon = OffsetDateTime.now(EngineState.JST).plusSeconds(5);
    List<String> slowProbes = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      slowProbes.add(EngineState.startProbe(b.as("admin"), soon, 1500));
    }
    awaitUpTo(Duration.ofSeconds(90), () -> count("SELECT COUNT(*) FROM infra_probe_log WHERE node = 'node-a' AND step = 'timer' AND "
        + "process_instance_id IN (" + quoted(slowProbes) + ")") > 0 ? Boolean.TRUE : null, "node A in the middle of a slow timer job");
    a.kill();

    awaitProbesReviewed(b, slowProbes);
    Set<String> takenOver = new HashSet<>();
    for (String probe : slowProbes) {
      String ranOn = (String) b.as("admin").getObject("/process-instance/" + probe + "/variables/timerRanOn").getBody().get("value");
      int startedOnA = count("SELECT COUNT(*) FROM infra_probe_log WHERE node = 'node-a' AND step = 'timer' AND process_instance_id = '" + probe + "'");
      if (startedOnA > 0 && "node-b".equals(ranOn)) {
        takenOver.add(probe);
      }
    }
    assertThat(takenOver).as("timer jobs node A had started when it died, finished by node B after the lock expired").isNotEmpty();
    assertThat(probeExecutions()).as("a step runs at most twice: once on the dead node, once on the survivor")
        .allSatisfy((step, times) -> assertThat(times).as(step).isBetween(1, 2));
    assertEveryJobCommittedOnce();
  }

  /** The onboarding after a GO, each step on the other node than the one before. */
  private static void onboard(AppProcess[] nodes, String themeId) {
    List<Object[]> steps = List.of(
        new Object[] {"office", "DefineExitStrategy", Map.of("exitStrategy", "License after non-clinical PoC.")},
        new Object[] {"researcher", "ConfirmRightsAndContact", Map.of("rightsSettled", true, "rightsHolders", "Osaka University",
            "singleContact", "researcher@example.org")},
        new Object[] {"ip", "DefineIpAndPublicationStrategy", Map.of("ipStrategy", "File PCT before the first publication.",
            "publicationStrategy", "Conference talk after filing.", "patentApplicationReference", "JP2026-004711")},
        new Object[] {"office", "SignSupportAgreement", Map.of("supportAgreementReference", "SA-2027-001")});
    for (int s = 0; s < steps.size(); s++) {
      AppProcess node = nodes[s % 2];
      String user = (String) steps.get(s)[0];
      String taskKey = (String) steps.get(s)[1];
      @SuppressWarnings("unchecked")
      Map<String, Object> answer = (Map<String, Object>) steps.get(s)[2];
      String task = node.as(user).awaitTask(themeId, taskKey);
      assertThat(node.as(user).complete(task, answer).getStatusCode().value()).as("%s of %s on %s", taskKey, themeId, node.name())
          .isEqualTo(204);
    }
  }

  private void awaitProbesReviewed(AppProcess node, List<String> probes) {
    RestClient admin = node.as("admin");
    awaitUpTo(Duration.ofSeconds(90), () -> admin.getList("/task?taskDefinitionKey=ProbeReview&processInstanceIdIn=" + String.join(",", probes)
        + "&maxResults=100").getBody().size() == probes.size() ? Boolean.TRUE : null, probes.size() + " probes at ProbeReview");
  }

  /** Polls (bounded) until the probe gives a non-null value; a loaded CI machine needs more than 30 s here. */
  private void awaitUpTo(Duration bound, Supplier<Object> probe, String what) {
    try {
      Awaitility.await(what).atMost(bound).pollInterval(Duration.ofMillis(200)).until(probe::get, Objects::nonNull);
    } catch (ConditionTimeoutException timedOut) {
      throw new AssertionError("Timed out after " + bound.toSeconds() + " s waiting for " + what + diagnostics(), timedOut);
    }
  }


  private String diagnostics() {
    StringBuilder text = new StringBuilder();
    for (String query : List.of("SELECT node || ' ' || step, COUNT(*) FROM infra_probe_log GROUP BY node, step",
        "SELECT COALESCE(lock_owner_, 'unlocked') || ' ' || type_ || ' retries ' || retries_, COUNT(*) FROM act_ru_job GROUP BY lock_owner_, type_, retries_",
        "SELECT hostname_ || ' state ' || job_state_ || ' ' || job_def_type_, COUNT(*) FROM act_hi_job_log GROUP BY hostname_, job_state_, job_def_type_")) {
      try (Connection connection = database.connect(); Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
        while (rows.next()) {
          text.append("\n  ").append(rows.getString(1)).append(": ").append(rows.getInt(2));
        }
      } catch (SQLException e) {
        text.append("\n  ").append(e.getMessage());
      }
    }
    nodes.forEach(node -> text.append("\n--- ").append(node.name()).append(" log:\n").append(node.logTail()));
    return text.toString();
  }

  private static String themeStatus(AppProcess node, String themeId) {
    var ended = node.as("admin").getList("/history/process-instance?processDefinitionKey=theme-lifecycle&finished=true"
        + "&processInstanceBusinessKey=" + themeId).getBody();
    if (ended.isEmpty()) {
      return null;
    }
    var status = node.as("admin").getList("/history/variable-instance?variableName=themeStatus&processInstanceId="
        + ended.get(0).get("id")).getBody();
    return status.isEmpty() ? null : (String) status.get(0).get("value");
  }

  /** Every job that ended did so with exactly one successful execution and no failure. */
  private void assertEveryJobCommittedOnce() throws SQLException {
    Map<String, Integer> successes = new HashMap<>();
    int failures = 0;
    try (Connection connection = database.connect(); Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery("SELECT job_id_, job_state_ FROM act_hi_job_log")) {
      while (rows.next()) {
        if (rows.getInt(2) == 2) {
          successes.merge(rows.getString(1), 1, Integer::sum);
        } else if (rows.getInt(2) == 1) {
          failures++;
        }
      }
    }
    assertThat(successes).as("successful executions per job (ACT_HI_JOB_LOG)").isNotEmpty()
        .allSatisfy((job, times) -> assertThat(times).as("job %s", job).isEqualTo(1));
    assertThat(failures).as("failed job executions (e.g. two nodes on one job)").isZero();
  }

  private Set<String> jobHosts() throws SQLException {
    Set<String> hosts = new HashSet<>();
    try (Connection connection = database.connect(); Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery("SELECT DISTINCT hostname_ FROM act_hi_job_log WHERE job_state_ = 2")) {
      while (rows.next()) {
        hosts.add(rows.getString(1));
      }
    }
    return hosts;
  }

  /** How often each probe step started, by "processInstanceId step" (the probe's own log). */
  private Map<String, Integer> probeExecutions() throws SQLException {
    Map<String, Integer> executions = new HashMap<>();
    try (Connection connection = database.connect(); Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery("SELECT process_instance_id, step, COUNT(*) FROM infra_probe_log GROUP BY process_instance_id, step")) {
      while (rows.next()) {
        executions.put(rows.getString(1) + " " + rows.getString(2), rows.getInt(3));
      }
    }
    return executions;
  }

  private int count(String query) {
    try (Connection connection = database.connect(); Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(query, e);
    }
  }

  private static String quoted(List<String> ids) {
    return String.join(",", ids.stream().map(id -> "'" + id + "'").toList());
  }
}
