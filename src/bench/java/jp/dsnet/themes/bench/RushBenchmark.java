package jp.dsnet.themes.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.camunda.bpm.engine.variable.value.SerializableValue;

/**
 * The deadline rush (CONTRACT "Deadline rush", ADR 0008) against the packaged application: one
 * theme is worked over REST up to an open call; then {@value #CLIENTS} portals apply in the same
 * instant (one thread and one connection each, released together), the call closes, and the same
 * companies bid in the same instant. Reports, per part, how many were answered 2xx and 5xx, the
 * latencies, and how many the theme recorded. A smaller rush on another theme warms up first.
 */
final class RushBenchmark {

  static final int CLIENTS = 100;
  private static final int WARM_UP_CLIENTS = 20;
  private static final String ADMIN = "admin";
  private static final String PORTAL = "portal";

  private final Http http;
  private final long appPid;
  private final String runId;
  private final HappyPath happyPath = new HappyPath();

  RushBenchmark(int port, long appPid, String runId) {
    this.http = new Http(port);
    this.appPid = appPid;
    this.runId = runId;
  }

  Map<String, Object> run() {
    rushOnce("RUSHW-" + runId, WARM_UP_CLIENTS);
    Map<String, Object> json = rushOnce("RUSH-" + runId, CLIENTS);
    json.put("clients", CLIENTS);
    json.put("request", "POST /engine-rest/message as " + PORTAL + ": " + CLIENTS
        + " LicenseeApplicationReceived for one call, then " + CLIENTS + " BidSubmitted, each part released at once");
    return json;
  }

  private Map<String, Object> rushOnce(String themeId, int clients) {
    String solicitation = openCall(themeId);
    Map<String, Object> json = new LinkedHashMap<>();
    Map<String, Object> applications = rush(clients, i -> message("LicenseeApplicationReceived", themeId,
        HappyPath.vars("applicantCompany", company(i))));
    closeDeadline(solicitation);
    String choose = awaitTask(themeId, "ChooseTenderMethod");
    applications.put("recorded", variable(solicitation, "applicantCount"));
    json.put("applications", applications);
    http.call(http.post(ADMIN, "/task/" + choose + "/complete", Map.of("variables",
        Http.restVariables(happyPath.taskVariables("ChooseTenderMethod")))));
    Map<String, Object> bids = rush(clients, i -> message("BidSubmitted", themeId,
        HappyPath.vars("bidderCompany", company(i), "bidAmount", 100_000_000L + i, "bidTerms", "Offer " + i)));
    closeDeadline(solicitation);
    awaitTask(themeId, "ConfirmAward");
    bids.put("recorded", variable(solicitation, "bidCount"));
    json.put("bids", bids);
    return json;
  }

  private static String company(int i) {
    return "Rush Pharma " + i;
  }

  private HttpRequest message(String name, String themeId, Map<String, Object> variables) {
    return http.post(PORTAL, "/message", Map.of("messageName", name, "businessKey", themeId,
        "processVariables", Http.restVariables(variables)));
  }

  /**
   * Sends the requests together and reports n, ok (2xx), status_5xx, p50_ms, p99_ms, max_ms, and the
   * application's CPU time per request, which a busy machine hardly moves.
   */
  private Map<String, Object> rush(int clients, IntFunction<HttpRequest> requestOf) {
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    CountDownLatch gate = new CountDownLatch(1);
    List<Future<long[]>> answers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      HttpRequest request = requestOf.apply(i);
      answers.add(threads.submit(() -> {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(); // a connection of its own
        gate.await();
        long t0 = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new long[] {response.statusCode(), System.nanoTime() - t0};
      }));
    }
    double cpuBefore = cpuSeconds();
    gate.countDown();
    int ok = 0;
    int serverErrors = 0;
    long[] latencies = new long[clients];
    try {
      for (int i = 0; i < clients; i++) {
        long[] answer = answers.get(i).get(180, TimeUnit.SECONDS);
        ok += answer[0] / 100 == 2 ? 1 : 0;
        serverErrors += answer[0] / 100 == 5 ? 1 : 0;
        latencies[i] = answer[1];
      }
    } catch (Exception e) {
      throw new IllegalStateException("A client of the rush got no answer", e);
    } finally {
      threads.shutdownNow();
    }
    double cpuMs = (cpuSeconds() - cpuBefore) * 1000;
    Arrays.sort(latencies);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("n", clients);
    json.put("ok", ok);
    json.put("status_5xx", serverErrors);
    json.put("p50_ms", Report.round(Load.percentile(latencies, 0.50)));
    json.put("p99_ms", Report.round(Load.percentile(latencies, 0.99)));
    json.put("max_ms", Report.round(latencies[clients - 1] / 1e6));
    json.put("app_cpu_ms_per_request", Report.round(cpuMs / clients));
    return json;
  }

  /** User and system CPU time of the packaged application so far (Linux: /proc/PID/stat, 100 ticks a second). */
  private double cpuSeconds() {
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + appPid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    } catch (java.io.IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** Starts the theme as the portal and completes its tasks as the administrator until the call is published. */
  private String openCall(String themeId) {
    http.call(http.post(PORTAL, "/process-definition/key/theme-lifecycle/start", Map.of("businessKey", themeId,
        "variables", Http.restVariables(happyPath.startVariables("Rush theme " + themeId)))));
    try {
      Awaitility.await("theme " + themeId + " to reach PublishLicenseeCall").atMost(Duration.ofSeconds(120))
          .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).until(() -> completeOpenTasks(themeId));
    } catch (ConditionTimeoutException e) {
      throw new IllegalStateException("Theme " + themeId + " did not reach PublishLicenseeCall within 120 s", e);
    }
    List<?> instances = Http.read(http.call(http.get(ADMIN, "/process-instance?processDefinitionKey=licensee-solicitation&businessKey="
        + themeId)), List.class);
    return (String) ((Map<?, ?>) instances.get(0)).get("id");
  }

  /** Completes the theme's open tasks with the happy path's values; true once PublishLicenseeCall was among them. */
  private boolean completeOpenTasks(String themeId) {
    boolean published = false;
    List<?> tasks = Http.read(http.call(http.get(ADMIN, "/task?processInstanceBusinessKey=" + themeId)), List.class);
    for (Object task : tasks) {
      String key = (String) ((Map<?, ?>) task).get("taskDefinitionKey");
      Map<String, Object> values = new LinkedHashMap<>();
      happyPath.taskVariables(key).forEach((name, value) ->
          values.put(name, value instanceof SerializableValue json ? json.getValueSerialized() : value));
      http.call(http.post(ADMIN, "/task/" + ((Map<?, ?>) task).get("id") + "/complete", Map.of("variables", Http.restVariables(values))));
      published |= "PublishLicenseeCall".equals(key);
    }
    return published;
  }

  /** The open call's or bidding's deadline timer falls due now, as if its date had come. */
  private void closeDeadline(String solicitation) {
    List<?> timers = Http.read(http.call(http.get(ADMIN, "/job?timers=true&processInstanceId=" + solicitation)), List.class);
    String due = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(OffsetDateTime.now().minusSeconds(1));
    http.call(http.request(ADMIN, "/job/" + ((Map<?, ?>) timers.get(0)).get("id") + "/duedate")
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(Http.write(Map.of("duedate", due)))).build());
  }

  private String awaitTask(String themeId, String taskKey) {
    try {
      return Awaitility.await("task " + taskKey + " of " + themeId).atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(100)).until(() -> {
            List<?> tasks = Http.read(http.call(http.get(ADMIN, "/task?processInstanceBusinessKey=" + themeId + "&taskDefinitionKey="
                + taskKey)), List.class);
            return tasks.isEmpty() ? null : (String) ((Map<?, ?>) tasks.get(0)).get("id");
          }, Objects::nonNull);
    } catch (ConditionTimeoutException e) {
      throw new IllegalStateException("No task " + taskKey + " for " + themeId + " within 60 s", e);
    }
  }

  private Object variable(String instance, String name) {
    return Http.read(http.call(http.get(ADMIN, "/process-instance/" + instance + "/variables/" + name)), Map.class).get("value");
  }
}
