package jp.dsnet.themes.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.identity.Groups;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Starting a theme over {@code /engine-rest} with HTTP Basic as the portal, from 1, 4 and 16
 * concurrent clients on loopback, against starting the raw baseline the same way (same user, same
 * variables). Runs against the packaged application with its job executor on: what a theme start
 * leaves for the job executor is done while the load runs, and drained before the next run.
 */
final class RestStartBenchmark {

  static final String PORTAL = "portal";
  private static final String ADMIN = "admin";
  private static final int MAX_PER_CLIENT = 20_000;
  private static final long MAX_DRAIN_MS = 120_000;

  private final BenchSettings settings;
  private final Http http;
  private final String appKey;
  private final String baselineXml;
  private final HappyPath happyPath = new HappyPath();
  private final String runId;
  private final List<Double> drainSeconds = new ArrayList<>();
  private final java.util.concurrent.atomic.AtomicInteger sequence = new java.util.concurrent.atomic.AtomicInteger();

  private final List<String> stubs;

  RestStartBenchmark(BenchSettings settings, int port, String appKey, String baselineXml, List<String> stubs, String runId) {
    this.stubs = stubs;
    this.settings = settings;
    this.http = new Http(port);
    this.appKey = appKey;
    this.baselineXml = baselineXml;
    this.runId = runId;
  }

  Map<String, Object> run() {
    http.deploy(ADMIN, BaselineModel.PROCESS_KEY, BaselineModel.PROCESS_KEY + ".bpmn", baselineXml);
    for (String stage : stubs) {
      http.deploy(ADMIN, "bench-stub-" + stage, stage + ".bpmn", StubStages.xml(stage));
    }
    grantPortalStart(BaselineModel.PROCESS_KEY);
    if (!appKey.equals(jp.dsnet.themes.lifecycle.ThemeLifecycle.PROCESS_KEY)) {
      grantPortalStart(appKey); // only while theme-lifecycle is not deployed: the contract grants it for theme-lifecycle
    }
    // warm-up: both, at moderate concurrency
    load(appKey, "RW", 4, Math.max(2, settings.restSeconds() / 2));
    drain();
    load(BaselineModel.PROCESS_KEY, "RV", 4, Math.max(2, settings.restSeconds() / 2));

    Map<String, Object> json = new LinkedHashMap<>();
    Map<String, Object> baseline = new LinkedHashMap<>();
    Map<String, Load.Result> appResults = new LinkedHashMap<>();
    Map<String, Load.Result> baseResults = new LinkedHashMap<>();
    for (int clients : settings.concurrency()) {
      Load.Result app = null;
      Load.Result base = null;
      for (int round = 0; round < settings.restRounds(); round++) {
        if (round % 2 == 0) {
          app = plus(app, load(appKey, "RA", clients, settings.restSeconds()));
          drain();
          base = plus(base, load(BaselineModel.PROCESS_KEY, "RB", clients, settings.restSeconds()));
        } else {
          base = plus(base, load(BaselineModel.PROCESS_KEY, "RB", clients, settings.restSeconds()));
          app = plus(app, load(appKey, "RA", clients, settings.restSeconds()));
          drain();
        }
      }
      appResults.put("c" + clients, app);
      baseResults.put("c" + clients, base);
      json.put("c" + clients, app.json());
      baseline.put("c" + clients, base.json());
    }
    String top = "c" + settings.concurrency()[settings.concurrency().length - 1];
    double basePerS = baseResults.get(top).perSecond();
    json.put("baseline_" + top + "_per_s", Report.round(basePerS));
    json.put("ratio_" + top, Report.round(appResults.get(top).perSecond() / basePerS));
    json.put("baseline", baseline);
    json.put("job_drain_s", drainSeconds.stream().map(Report::round).toList());
    json.put("request", "POST /engine-rest/process-definition/key/" + appKey + "/start as " + PORTAL
        + " (businessKey + " + happyPath.startVariables("x").size() + " start variables)");
    json.put("seconds_per_run", settings.restSeconds());
    json.put("runs_per_level", settings.restRounds());
    this.appResults = appResults;
    this.baseResults = baseResults;
    return json;
  }

  Map<String, Load.Result> appResults;
  Map<String, Load.Result> baseResults;

  private Load.Result load(String processKey, String prefix, int clients, double seconds) {
    String path = "/process-definition/key/" + processKey + "/start";
    return Load.run(http, clients, seconds, MAX_PER_CLIENT, n -> {
      String themeId = prefix + "-" + runId + "-" + sequence.incrementAndGet();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("businessKey", themeId);
      body.put("variables", Http.restVariables(happyPath.startVariables("REST theme " + themeId)));
      return http.post(PORTAL, path, body);
    });
  }

  private static Load.Result plus(Load.Result sum, Load.Result next) {
    if (next.errors() > 0) {
      throw new IllegalStateException(next.errors() + " of " + next.requests() + " starts failed, e.g. " + next.firstError());
    }
    return sum == null ? next : sum.plus(next);
  }

  /** Waits (bounded) until the job executor has run every job the starts left. */
  private void drain() {
    long t0 = System.currentTimeMillis();
    try {
      Awaitility.await("the job executor to catch up").atMost(Duration.ofMillis(MAX_DRAIN_MS)).pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(100)).until(() -> ((Number) Http.read(http.call(
              http.get(ADMIN, "/job/count?executable=true&messages=true&withRetriesLeft=true")), Map.class).get("count")).longValue() == 0);
    } catch (ConditionTimeoutException e) {
      throw new IllegalStateException("The job executor did not catch up within " + MAX_DRAIN_MS / 1000 + " s", e);
    }
    drainSeconds.add((System.currentTimeMillis() - t0) / 1000.0);
  }

  private void grantPortalStart(String processKey) {
    Map<String, Object> authorization = new LinkedHashMap<>();
    authorization.put("type", 1);
    authorization.put("permissions", List.of("READ", "CREATE_INSTANCE"));
    authorization.put("groupId", Groups.EXTERNAL_SYSTEMS);
    authorization.put("resourceType", 6);
    authorization.put("resourceId", processKey);
    http.send(http.post(ADMIN, "/authorization/create", authorization)); // an existing grant answers 4xx: fine
  }
}
