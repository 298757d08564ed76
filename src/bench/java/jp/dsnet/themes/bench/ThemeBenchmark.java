package jp.dsnet.themes.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The benchmark: the theme lifecycle through the Java API, starting themes over the REST API,
 * the case worker's task query as the database grows, startup time and memory of the packaged
 * application, and history cleanup, each against the raw engine in the same run. Run it with
 * {@code bash bench/run.sh [--postgres]} or {@code mvn -B -Pbench verify}; it writes
 * {@code target/bench/results.json} and prints a table. See docs/performance.md.
 */
public final class ThemeBenchmark {

  private ThemeBenchmark() {
  }

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    BenchSettings settings = BenchSettings.fromSystemProperties();
    String runId = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
    Map<String, Object> results = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    results.put("database", settings.database());
    if (!settings.appArguments().isEmpty()) {
      results.put("app_arguments", settings.appArguments());
    }
    Instant started = Instant.now();
    // -Dbench.parts=lifecycle,query,cleanup,rest,rush runs a subset, for experiments
    java.util.Set<String> parts = java.util.Set.of(System.getProperty("bench.parts", "lifecycle,query,cleanup,rest,rush").split(","));
    Map<String, Object> machine = Machine.describe(); // the load average before the run adds to it
    log("Benchmark " + runId + " on " + settings.database() + ", output in " + settings.outDir());

    String appKey = null;
    String baselineXml = null;
    List<String> stubs = List.of();
    delete(settings.outDir().resolve("inprocess-data"));
    delete(settings.outDir().resolve("app-data"));
    try {
      Files.createDirectories(settings.outDir()); // the packaged application's log goes there, also without the in-process parts
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // -Dbench.parts=rush alone skips the in-process parts
    boolean inProcess = parts.contains("lifecycle") || parts.contains("query") || parts.contains("cleanup") || parts.contains("rest");
    if (inProcess) {
      log("Starting the application in process (job executor off) ...");
      try (InProcessApp app = new InProcessApp(settings)) {
        results.put("inprocess_startup_s", Report.round(app.startupSeconds()));
        HistoryRows rows = new HistoryRows(app.jdbc());
        LifecycleBenchmark lifecycle = new LifecycleBenchmark(settings, app.engine(), rows, runId);
        try {
          log("Lifecycle: recording the happy path and the baseline ...");
          Map<String, Object> prepared = lifecycle.prepare();
          appKey = lifecycle.chain().get(0);
          baselineXml = lifecycle.baselineXml();
          stubs = lifecycle.stubs();
          log("Lifecycle: path " + prepared.get("path_counts") + "; measuring ...");
          Map<String, Object> measured = lifecycle.measure();
          measured.putAll(prepared);
          measured.put("baseline_listeners_removed", app.rawBaseline().removed());
          if (!settings.postgres()) {
            measured.put("sql", lifecycle.statementsPerTheme(app.jdbc(), 3));
          }
          results.put("lifecycle", measured);
          log("Lifecycle: " + measured.get("themes_per_s") + " themes/s against " + measured.get("baseline_per_s") + " (ratio " + measured.get("ratio") + ")");
        } catch (RuntimeException e) {
          failures.add(fail(results, "lifecycle", e));
        }
        if (appKey != null && parts.contains("query")) {
          try {
            log("Task query: populating " + settings.querySmall() + " then " + settings.queryLarge() + " themes ...");
            Map<String, Object> query = new TaskQueryBenchmark(settings, app, lifecycle).run();
            results.put("task_query", query);
            log("Task query: " + query.get("themes_1k_ms") + " ms -> " + query.get("themes_10k_ms") + " ms (growth " + query.get("growth") + ")");
            if (results.get("lifecycle") instanceof Map<?, ?> measured) {
              Map<String, Object> grown = lifecycle.measure(2, 2);
              grown.remove("rounds");
              grown.put("database_themes", query.get("themes_at_end"));
              if (!settings.postgres()) {
                grown.put("sql", lifecycle.statementsPerTheme(app.jdbc(), 2));
              }
              @SuppressWarnings("unchecked")
              Map<String, Object> lifecycleResults = (Map<String, Object>) measured;
              lifecycleResults.put("in_grown_database", grown);
              log("Lifecycle with " + grown.get("database_themes") + " themes in the database: " + grown.get("themes_per_s")
                  + " themes/s against " + grown.get("baseline_per_s") + " (ratio " + grown.get("ratio") + ")");
            }
          } catch (RuntimeException e) {
            failures.add(fail(results, "task_query", e));
          }
        }
        if (appKey != null && parts.contains("cleanup")) {
          try {
            log("History cleanup ...");
            Map<String, Object> cleanup = new HistoryCleanupCheck(settings, app, lifecycle, rows).run();
            results.put("history_cleanup", cleanup);
            log("History cleanup: removed=" + cleanup.get("removed"));
          } catch (RuntimeException e) {
            failures.add(fail(results, "history_cleanup", e));
          }
        }
      } catch (RuntimeException e) {
        failures.add(fail(results, "inprocess", e));
      }
    }

    RestStartBenchmark rest = null;
    if ((appKey != null && parts.contains("rest")) || parts.contains("rush")) {
      log("Starting the packaged application: java " + String.join(" ", settings.jvmOptions()) + " -jar " + settings.jar().getFileName());
      List<String> arguments = new ArrayList<>(List.of("--server.address=127.0.0.1"));
      if (settings.postgres()) {
        arguments.add("--spring.profiles.active=postgres,demo");
      }
      arguments.addAll(settings.appArguments());
      Map<String, String> environment = Map.of("THEMES_DATA_DIR", settings.outDir().resolve("app-data").toString());
      try (PackagedApp app = PackagedApp.start(settings.jar(), settings.jvmOptions(), arguments, environment,
          settings.outDir().resolve("app.log"), Duration.ofMinutes(3))) {
        results.put("startup_s", Report.round(app.startupSeconds()));
        log("Startup: " + Report.round(app.startupSeconds()) + " s to the first answer of /engine-rest");
        if (parts.contains("rush")) {
          try {
            log("Deadline rush: " + RushBenchmark.CLIENTS + " applications, then " + RushBenchmark.CLIENTS + " bids, each part at once ...");
            Map<String, Object> rush = new RushBenchmark(app.port(), app.pid(), runId).run();
            results.put("rush", rush);
            log("Deadline rush: applications " + rush.get("applications") + ", bids " + rush.get("bids"));
          } catch (RuntimeException e) {
            failures.add(fail(results, "rush", e));
          }
        }
        if (appKey != null && parts.contains("rest")) {
          try {
            rest = new RestStartBenchmark(settings, app.port(), appKey, baselineXml, stubs, runId);
            Map<String, Object> restResults = rest.run();
            results.put("rest_start", restResults);
            log("REST start: c16 " + ((Map<?, ?>) restResults.get("c16")).get("per_s") + "/s against "
                + restResults.get("baseline_c16_per_s") + "/s (ratio " + restResults.get("ratio_c16") + ")");
          } catch (RuntimeException e) {
            rest = null;
            failures.add(fail(results, "rest_start", e));
          }
        }
        double[] memory = app.residentMemoryMb();
        results.put("rss_mb", Report.round(memory[0]));
        results.put("rss_peak_mb", Report.round(memory[1]));
        results.put("jvm_options", settings.jvmOptions());
      } catch (RuntimeException e) {
        failures.add(fail(results, "packaged_app", e));
      }
    }

    results.put("machine", machine);
    results.put("run", Map.of("id", runId, "started", started.toString(),
        "duration_s", Report.round(Duration.between(started, Instant.now()).toMillis() / 1000.0)));
    Report.writeJson(settings.outDir().resolve("results.json"), results);
    if (rest != null && rest.appResults != null) {
      Report.latencyChart(settings.outDir().resolve("rest-latency-" + settings.database() + ".png"), settings.database(),
          Report.subtitle(machine),
          settings.concurrency(), rest.appResults, rest.baseResults);
    }
    System.out.println(Report.table(results));
    log("Wrote " + settings.outDir().resolve("results.json"));
    if (!failures.isEmpty()) {
      log("Parts that could not run: " + failures);
      System.exit(1);
    }
    System.exit(0);
  }

  private static String fail(Map<String, Object> results, String part, RuntimeException e) {
    log(part + " FAILED: " + e);
    e.printStackTrace(System.out);
    results.put(part + "_error", String.valueOf(e));
    return part;
  }

  static void log(String message) {
    System.out.printf(Locale.ROOT, "[bench %tT] %s%n", System.currentTimeMillis(), message);
  }

  private static void delete(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
