package jp.dsnet.themes.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Themes through the longest happy path that exists, through the Java API, against the raw
 * baseline with the same user tasks, messages and timers, deployed in the same engine and driven
 * the same way. Both are warmed up; then rounds alternate which of the two goes first.
 */
final class LifecycleBenchmark {

  /** The stages in the order a theme goes through them, used while theme-lifecycle is not deployed. */
  static final List<String> STAGES = List.of(ThemeLifecycle.INTAKE, ThemeLifecycle.APPLIED_RESEARCH,
      ThemeLifecycle.SOLICITATION, ThemeLifecycle.LICENSING, ThemeLifecycle.POST_LICENSING);

  private final BenchSettings settings;
  private final ProcessEngine engine;
  private final HappyPath happyPath;
  private final BenchDriver driver;
  private final HistoryRows historyRows;
  private final String runId;

  private List<String> chain;
  private List<String> stubs = List.of();
  private List<Step> appPath;
  private List<Step> baselinePath;
  /** The second baseline, with the application's call structure (null while theme-lifecycle is not deployed). */
  private List<Step> structuredPath;
  private String baselineXml;
  private String baselineSource;
  private int sequence;
  /** CPU time of the driving thread, which on embedded H2 also runs the database: robust against a busy machine. */
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
  private double lastCpuSeconds;

  LifecycleBenchmark(BenchSettings settings, ProcessEngine engine, HistoryRows historyRows, String runId) {
    this.settings = settings;
    this.engine = engine;
    this.happyPath = new HappyPath();
    this.driver = new BenchDriver(engine, happyPath);
    this.historyRows = historyRows;
    this.runId = runId;
  }

  /** theme-lifecycle when it is deployed, otherwise the stage processes that are, chained in order. */
  static List<String> appChain(RepositoryService repository) {
    if (deployed(repository, ThemeLifecycle.PROCESS_KEY)) {
      return List.of(ThemeLifecycle.PROCESS_KEY);
    }
    return STAGES.stream().filter(key -> deployed(repository, key)).toList();
  }

  static boolean deployed(RepositoryService repository, String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().count() > 0;
  }

  List<String> chain() {
    return chain;
  }

  /** Stages that the benchmark replaced by stubs because they are not written yet. */
  List<String> stubs() {
    return stubs;
  }

  List<Step> appPath() {
    return appPath;
  }

  String baselineXml() {
    return baselineXml;
  }

  String newThemeId(String prefix) {
    return prefix + "-" + runId + "-" + (++sequence);
  }

  Map<String, Object> startVariables(String themeId) {
    return happyPath.startVariables("Benchmark theme " + themeId);
  }

  HappyPath happyPath() {
    return happyPath;
  }

  BenchDriver driver() {
    return driver;
  }

  /** Records both paths and deploys the baseline; must run before {@link #measure()}. */
  Map<String, Object> prepare() {
    chain = appChain(engine.getRepositoryService());
    stubs = chain.equals(List.of(ThemeLifecycle.PROCESS_KEY)) ? StubStages.missing(engine.getRepositoryService()) : List.of();
    if (!stubs.isEmpty()) {
      var deployment = engine.getRepositoryService().createDeployment().name("bench-stub-stages").source("benchmark")
          .enableDuplicateFiltering(true);
      stubs.forEach(key -> deployment.addModelInstance(key + ".bpmn", StubStages.model(key)));
      deployment.deploy();
    }
    if (chain.isEmpty()) {
      throw new IllegalStateException("Neither theme-lifecycle nor any stage process is deployed");
    }
    String first = newThemeId("BL");
    appPath = driver.discover(chain, first, startVariables(first));
    Map<String, Long> appRows = historyRows.byRoot(roots(first));

    String committed = committedBaseline();
    boolean committedMatches = committed != null
        && BaselineModel.signature(BaselineModel.mirrored(committed)).equals(BaselineModel.signature(appPath));
    baselineXml = committedMatches ? committed : BaselineModel.write(appPath);
    baselineSource = committedMatches ? "src/bench/resources/" + BaselineModel.RESOURCE
        : "written from the recorded path (the committed " + BaselineModel.RESOURCE + " does not match it: run with -Dbench.writeBaseline=true to update it)";
    write(settings.outDir().resolve("bench-baseline.bpmn"), baselineXml);
    if (settings.writeBaseline()) {
      baselineXml = BaselineModel.write(appPath);
      write(settings.projectDir().resolve("src/bench/resources").resolve(BaselineModel.RESOURCE), baselineXml);
      baselineSource = "src/bench/resources/" + BaselineModel.RESOURCE + " (rewritten by this run)";
    }
    engine.getRepositoryService().createDeployment().name(BaselineModel.PROCESS_KEY).source("benchmark")
        .enableDuplicateFiltering(true)
        .addString(BaselineModel.PROCESS_KEY + ".bpmn", baselineXml).deploy();

    String base = newThemeId("BB");
    baselinePath = driver.discover(List.of(BaselineModel.PROCESS_KEY), base, startVariables(base));
    Map<String, Long> baseRows = historyRows.byRoot(roots(base));
    Map<String, Long> structuredRows = Map.of();
    if (chain.equals(List.of(ThemeLifecycle.PROCESS_KEY))) {
      StructuredBaseline.deploy(engine.getRepositoryService(), appPath);
      String structured = newThemeId("BS");
      structuredPath = driver.discover(List.of(StructuredBaseline.ROOT_KEY), structured, startVariables(structured));
      structuredRows = historyRows.byRoot(roots(structured));
    }

    Map<String, Object> json = new LinkedHashMap<>();
    json.put("driven", chain.size() == 1 ? chain.get(0) : "stages chained by the benchmark (theme-lifecycle is not deployed): " + chain);
    json.put("stub_stages", stubs);
    json.put("path", appPath.stream().map(Step::toString).toList());
    json.put("path_counts", counts(appPath));
    json.put("baseline_path_counts", counts(baselinePath));
    json.put("baseline_source", baselineSource);
    json.put("history_rows_per_theme", Map.of("app", appRows, "baseline", baseRows, "structured_baseline", structuredRows));
    if (structuredPath != null) {
      json.put("structured_baseline_path_counts", counts(structuredPath));
    }
    return json;
  }

  /** Warm-up, then alternating measured rounds. */
  Map<String, Object> measure() {
    return measure(settings.lifecycleWarmup(), settings.lifecycleRounds());
  }

  Map<String, Object> measure(int warmup, int roundCount) {
    boolean structured = structuredPath != null;
    for (int i = 0; i < warmup; i++) {
      runApp(1);
      runBaseline(1);
      if (structured) {
        runStructured(1);
      }
    }
    double structuredSeconds = 0;
    double structuredCpu = 0;
    driver.takeStepTimes();
    double appSeconds = 0;
    double baseSeconds = 0;
    double appCpu = 0;
    double baseCpu = 0;
    int appThemes = 0;
    int baseThemes = 0;
    List<Map<String, Object>> rounds = new ArrayList<>();
    int n = settings.lifecycleThemesPerRound();
    for (int round = 0; round < roundCount; round++) {
      double app;
      double base;
      if (structured && round % 2 == 1) { // the structured baseline goes last in even rounds, first in odd ones
        structuredSeconds += runStructured(n);
        structuredCpu += lastCpuSeconds;
      }
      if (round % 2 == 0) {
        app = runApp(n);
        appCpu += lastCpuSeconds;
        base = runBaseline(n);
        baseCpu += lastCpuSeconds;
      } else {
        base = runBaseline(n);
        baseCpu += lastCpuSeconds;
        app = runApp(n);
        appCpu += lastCpuSeconds;
      }
      if (structured && round % 2 == 0) {
        structuredSeconds += runStructured(n);
        structuredCpu += lastCpuSeconds;
      }
      appSeconds += app;
      baseSeconds += base;
      appThemes += n;
      baseThemes += n;
      rounds.add(Map.of("app_per_s", Report.round(n / app), "baseline_per_s", Report.round(n / base)));
    }
    double appRate = appThemes / appSeconds;
    double baseRate = baseThemes / baseSeconds;
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("themes", appThemes);
    json.put("themes_per_s", Report.round(appRate));
    json.put("baseline_per_s", Report.round(baseRate));
    json.put("ratio", Report.round(appRate / baseRate));
    json.put("ms_per_theme", Report.round(1000 / appRate));
    json.put("baseline_ms_per_theme", Report.round(1000 / baseRate));
    json.put("cpu_ms_per_theme", Report.round(1000 * appCpu / appThemes));
    json.put("baseline_cpu_ms_per_theme", Report.round(1000 * baseCpu / baseThemes));
    json.put("cpu_ratio", Report.round((baseCpu / baseThemes) / (appCpu / appThemes)));
    if (structured) {
      // the same call structure, raw: what the application adds on top of what its structure costs
      double structuredRate = appThemes / structuredSeconds;
      json.put("structured_baseline_per_s", Report.round(structuredRate));
      json.put("ratio_to_structured_baseline", Report.round(appRate / structuredRate));
      json.put("structured_baseline_cpu_ms_per_theme", Report.round(1000 * structuredCpu / appThemes));
      json.put("cpu_ratio_to_structured_baseline", Report.round((structuredCpu / appThemes) / (appCpu / appThemes)));
    }
    json.put("rounds", rounds);
    json.put("ms_per_step", driver.takeStepTimes());
    return json;
  }

  /**
   * On H2: the SQL statements that {@code n} themes of each kind cause from start to end, and those
   * that {@code n} starts alone cause (what a REST start does in the engine), from H2's query
   * statistics (deterministic, unlike time on a shared machine).
   */
  Map<String, Object> statementsPerTheme(org.springframework.jdbc.core.JdbcTemplate jdbc, int n) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("app", SqlStatistics.of(jdbc, () -> runApp(n), n, "theme"));
    json.put("baseline", SqlStatistics.of(jdbc, () -> runBaseline(n), n, "theme"));
    if (structuredPath != null) {
      json.put("structured_baseline", SqlStatistics.of(jdbc, () -> runStructured(n), n, "theme"));
    }
    List<String> started = new ArrayList<>();
    json.put("start_app", SqlStatistics.of(jdbc, () -> start(chain.get(0), "BS", n, started), n, "start"));
    json.put("start_baseline", SqlStatistics.of(jdbc, () -> start(BaselineModel.PROCESS_KEY, "BT", n, started), n, "start"));
    engine.getRuntimeService().deleteProcessInstances(started, "benchmark: counted starts", true, true);
    return json;
  }

  /** Starts {@code n} instances, as a REST start does in the engine. */
  private void start(String processKey, String prefix, int n, List<String> started) {
    for (int i = 0; i < n; i++) {
      String id = newThemeId(prefix);
      started.add(engine.getRuntimeService().startProcessInstanceByKey(processKey, id, startVariables(id)).getId());
    }
  }

  /** Drives {@code n} app themes to their end; seconds taken. */
  double runApp(int n) {
    return run(n, "BL", id -> driver.replay(chain, appPath, id, startVariables(id)));
  }

  double runStructured(int n) {
    return run(n, "BS", id -> driver.replay(List.of(StructuredBaseline.ROOT_KEY), structuredPath, id, startVariables(id)));
  }

  double runBaseline(int n) {
    return run(n, "BB", id -> driver.replay(List.of(BaselineModel.PROCESS_KEY), baselinePath, id, startVariables(id)));
  }

  /** Drives {@code n} app themes to their end and gives their root process instance ids. */
  List<String> appThemesToTheEnd(int n) {
    List<String> roots = new ArrayList<>();
    run(n, "BC", id -> {
      roots.add(driver.replay(chain, appPath, id, startVariables(id)));
      return null;
    });
    return roots;
  }

  private double run(int n, String prefix, Function<String, String> drive) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(newThemeId(prefix));
    }
    long t0 = System.nanoTime();
    long cpu0 = CPU.getCurrentThreadCpuTime();
    for (String id : ids) {
      drive.apply(id);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    lastCpuSeconds = (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9;
    for (String id : ids) {
      if (!driver.ended(id)) {
        throw new IllegalStateException("Theme " + id + " did not reach the end of its path");
      }
    }
    return seconds;
  }

  Set<String> roots(String businessKey) {
    HistoryService history = engine.getHistoryService();
    Set<String> roots = new LinkedHashSet<>();
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()) {
      roots.add(instance.getRootProcessInstanceId());
    }
    return roots;
  }

  static Map<String, Integer> counts(List<Step> path) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Step.Kind kind : Step.Kind.values()) {
      int count = (int) path.stream().filter(s -> s.kind() == kind).count();
      String name = switch (kind) {
        case START -> "stage_starts";
        case TASK -> "user_tasks";
        case MESSAGE -> "messages";
        case JOB -> "async_jobs";
        case TIMER -> "timers";
      };
      counts.put(name, count);
    }
    counts.put("steps", path.size());
    return counts;
  }

  private static String committedBaseline() {
    try (InputStream in = LifecycleBenchmark.class.getClassLoader().getResourceAsStream(BaselineModel.RESOURCE)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
