package jp.dsnet.themes.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.dsnet.themes.identity.Groups;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The case worker's Tasklist query (open tasks of the strategy office, first page, as user
 * {@code office} over REST with authorization on) with 1 000 and with 10 000 themes in the
 * database, open (waiting at their first strategy-office task) and ended: the same number open at
 * both sizes, as in the network, where ended themes pile up while the open ones are bounded by the
 * office's capacity; and, as a stress figure, with the same share open at both sizes.
 */
final class TaskQueryBenchmark {

  static final String OFFICE = "office";
  static final int PAGE = 15;
  static final String LIST = "/task?candidateGroup=" + Groups.STRATEGY_OFFICE
      + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=" + PAGE;
  static final String COUNT = "/task/count?candidateGroup=" + Groups.STRATEGY_OFFICE;
  static final String MANAGER = "manager";
  static final Map<String, String> PORTFOLIO = Map.of("figures", "/theme-portfolio", "list_page", "/theme?maxResults=50",
      "list_all", "/theme");
  private static final int BATCH = 20;
  private static final int MAX_JOB_SWEEPS = 50;

  private final BenchSettings settings;
  private final ProcessEngine engine;
  private final ProcessEngineConfigurationImpl configuration;
  private final LifecycleBenchmark lifecycle;
  private final Http http;
  private final String rootKey;
  private final InProcessApp app;
  private String filterId;
  private String groupFilterId;

  TaskQueryBenchmark(BenchSettings settings, InProcessApp app, LifecycleBenchmark lifecycle) {
    this.settings = settings;
    this.app = app;
    this.engine = app.engine();
    this.configuration = app.configuration();
    this.lifecycle = lifecycle;
    this.http = new Http(app.port());
    this.rootKey = lifecycle.chain().get(0);
  }

  Map<String, Object> run() {
    if (Boolean.getBoolean("bench.dropTaskParentIndex")) {
      // the experiment of docs/performance.md: the database without the application's index
      app.jdbc().execute("DROP INDEX IF EXISTS DSN_IDX_TASK_PARENT");
    }
    measure(settings.queryRepeats()); // warm-up of every query path, so the first size is not measured on a cold server
    Map<String, Object> small = measureAt(settings.querySmall(), settings.queryRepeats());
    // Stress: ten times the themes with the same share open, so ten times the open office tasks.
    // (a quarter of the calls: each takes a quarter of a second on PostgreSQL, and the figure is a stress figure)
    Map<String, Object> stress = measureAt(settings.queryLarge(), Math.max(5, settings.queryRepeats() / 4));
    // The network's case: its open themes are bounded by what the office can work on, while
    // ended themes pile up for years. Same database, open themes ended down to the small size's.
    Map<String, Object> large = measureWithOpenThemes((long) small.get("open_themes"));
    double smallMs = (double) small.get("list_p50_ms");
    double largeMs = (double) large.get("list_p50_ms");
    double stressMs = (double) stress.get("list_p50_ms");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("themes_1k_ms", Report.round(smallMs));
    json.put("themes_10k_ms", Report.round(largeMs));
    json.put("growth", Report.round(largeMs / smallMs));
    json.put("query", "GET /engine-rest" + LIST + " as " + OFFICE);
    json.put("open_themes", small.get("open_themes"));
    json.put("themes_at_end", large.get("themes"));
    json.put("at_" + settings.querySmall(), small);
    json.put("at_" + settings.queryLarge(), large);
    json.put("stress_open_share", settings.openShare());
    json.put("stress_10k_ms", Report.round(stressMs));
    json.put("stress_growth", Report.round(stressMs / smallMs));
    json.put("stress_at_" + settings.queryLarge(), stress);
    Map<String, Object> portfolio = new LinkedHashMap<>();
    portfolio.put("as", MANAGER + " over /engine-rest: " + String.join(", ", PORTFOLIO.values()));
    portfolio.put("themes_1k", small.get("portfolio_ms"));
    portfolio.put("themes_10k", large.get("portfolio_ms"));
    portfolio.put("stress_10k", stress.get("portfolio_ms"));
    json.put("portfolio_ms", portfolio);
    return json;
  }

  /** Ends open themes (as a withdrawal would) until {@code open} are left, and measures again. */
  private Map<String, Object> measureWithOpenThemes(long open) {
    RuntimeService runtime = engine.getRuntimeService();
    List<String> surplus = runtime.createProcessInstanceQuery().processDefinitionKey(rootKey)
        .orderByProcessInstanceId().asc().list().stream().map(p -> p.getId())
        .limit(Math.max(0, openThemeCount() - open)).toList();
    for (int from = 0; from < surplus.size(); from += BATCH * 10) {
      runtime.deleteProcessInstances(surplus.subList(from, Math.min(surplus.size(), from + BATCH * 10)),
          "benchmark: fewer open themes", false, true);
    }
    analyze();
    return measure(settings.queryRepeats());
  }

  private Map<String, Object> measureAt(int themes, int repeats) {
    long t0 = System.nanoTime();
    populate(themes);
    double populateSeconds = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> json = measure(repeats);
    json.put("populate_s", Report.round(populateSeconds));
    return json;
  }

  /** Median of {@code repeats} calls of each query, after as many warm-up calls. */
  private Map<String, Object> measure(int repeats) {
    if (filterId == null) {
      List<?> filters = Http.read(http.call(http.get(OFFICE, "/filter?resourceType=Task")), List.class);
      filterId = filters.isEmpty() ? null : (String) ((Map<?, ?>) filters.get(0)).get("id");
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("themes", themeCount());
    json.put("open_themes", openThemeCount());
    json.put("calls", repeats);
    json.put("open_office_tasks", Long.parseLong(String.valueOf(
        Http.read(http.call(http.get(OFFICE, COUNT)), Map.class).get("count"))));
    json.put("list_p50_ms", p50(LIST, repeats));
    json.put("count_p50_ms", p50(COUNT, repeats));
    json.put("list_oldest_first_p50_ms", p50(LIST.replace("sortOrder=desc", "sortOrder=asc"), repeats));
    json.put("all_visible_newest_first_p50_ms", p50("/task?sortBy=created&sortOrder=desc&firstResult=0&maxResults=" + PAGE, repeats));
    if (filterId != null) {
      json.put("filter_list_p50_ms", p50("/filter/" + filterId + "/list?firstResult=0&maxResults=" + PAGE, repeats));
      json.put("filter_count_p50_ms", p50("/filter/" + filterId + "/count", repeats));
    }
    json.put("group_filter_list_p50_ms", p50("/filter/" + groupFilterId() + "/list?firstResult=0&maxResults=" + PAGE, repeats));
    json.put("portfolio_ms", portfolio(repeats));
    return json;
  }

  /** The manager's portfolio (ADR 0009): its figures, a page and the whole theme list, a dossier. */
  private Map<String, Object> portfolio(int repeats) {
    List<?> newest = Http.read(http.call(http.get(MANAGER, "/theme?maxResults=1")), List.class);
    Map<String, Object> json = new LinkedHashMap<>();
    PORTFOLIO.forEach((name, path) -> json.put(name, p50(MANAGER, path, repeats)));
    if (!newest.isEmpty()) {
      json.put("dossier", p50(MANAGER, "/theme/" + ((Map<?, ?>) newest.get(0)).get("themeId"), repeats));
    }
    return json;
  }

  /**
   * An alternative Tasklist filter, made by the benchmark to compare: the tasks of the user's
   * groups and those assigned to the user, named by the query instead of found by authorization.
   */
  private String groupFilterId() {
    if (groupFilterId == null) {
      var filters = engine.getFilterService();
      var filter = filters.newTaskFilter("bench: my groups' tasks").setOwner("admin")
          .setQuery(engine.getTaskService().createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
              .includeAssignedTasks().orderByTaskCreateTime().asc());
      filters.saveFilter(filter);
      var grant = engine.getAuthorizationService().createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(Groups.STRATEGY_OFFICE);
      grant.setResource(org.camunda.bpm.engine.authorization.Resources.FILTER);
      grant.setResourceId(filter.getId());
      grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
      engine.getAuthorizationService().saveAuthorization(grant);
      groupFilterId = filter.getId();
    }
    return groupFilterId;
  }

  private double p50(String path, int repeats) {
    return p50(OFFICE, path, repeats);
  }

  private double p50(String user, String path, int repeats) {
    int warmup = repeats;
    long[] latencies = new long[repeats];
    for (int i = 0; i < warmup + latencies.length; i++) {
      // A small write first, as in a working system: on an idle database H2 answers a repeated
      // identical query from its result cache, which no Tasklist in use would see.
      engine.getManagementService().setProperty("bench.lastTaskQuery", Integer.toString(i));
      long start = System.nanoTime();
      http.call(http.get(user, path));
      if (i >= warmup) {
        latencies[i - warmup] = System.nanoTime() - start;
      }
    }
    java.util.Arrays.sort(latencies);
    return Report.round(Load.percentile(latencies, 0.5));
  }

  long themeCount() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(rootKey).count();
  }

  long openThemeCount() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(rootKey).count();
  }

  /** Adds open and ended themes until the database holds {@code total} themes, a fixed share of them open. */
  private void populate(int total) {
    long themes = themeCount();
    long open = openThemeCount();
    int toOpen = (int) Math.max(0, Math.round(total * settings.openShare()) - open);
    int toEnd = (int) Math.max(0, total - themes - toOpen);
    List<String> opened = start(toOpen, false);
    List<String> ended = start(toEnd, true);
    runAsyncJobs();
    if (opened.size() + ended.size() > 0 && themeCount() < total) {
      throw new IllegalStateException("Populated " + themeCount() + " themes, wanted " + total);
    }
    analyze();
  }

  /**
   * Brings the planner's statistics up to date after the bulk load, as autovacuum (PostgreSQL) or
   * a DBA would in a database that grew over years; without it, PostgreSQL plans the task query
   * for the table sizes it saw before the load.
   */
  private void analyze() {
    app.jdbc().execute("ANALYZE");
  }

  /**
   * Starts themes in transactions of {@value #BATCH}, as fast as the engine takes them. An ended
   * theme is cancelled in the transaction that starts it: the task query reads no history, so how
   * a theme ended does not matter to it, only that its rows are in the database.
   */
  private List<String> start(int count, boolean outOfScope) {
    List<String> ids = new ArrayList<>();
    RuntimeService runtime = engine.getRuntimeService();
    HappyPath happyPath = lifecycle.happyPath();
    for (int done = 0; done < count; done += BATCH) {
      int size = Math.min(BATCH, count - done);
      configuration.getCommandExecutorTxRequired().execute(context -> {
        for (int i = 0; i < size; i++) {
          String id = lifecycle.newThemeId(outOfScope ? "BE" : "BO");
          Map<String, Object> variables = outOfScope ? happyPath.outOfScopeStartVariables("Ended theme " + id)
              : happyPath.startVariables("Open theme " + id);
          String instance = runtime.startProcessInstanceByKey(rootKey, id, variables).getId();
          if (outOfScope) {
            runtime.deleteProcessInstance(instance, "benchmark: an ended theme", false, true);
          }
          ids.add(instance);
        }
        return null;
      });
    }
    return ids;
  }

  /** Runs the asynchronous continuations of the new themes (not their timers), on two threads. */
  private void runAsyncJobs() {
    ManagementService management = engine.getManagementService();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int sweep = 0; sweep < MAX_JOB_SWEEPS; sweep++) {
        List<Job> jobs = management.createJobQuery().messages().executable().listPage(0, 2000);
        if (jobs.isEmpty()) {
          return;
        }
        List<Future<?>> futures = new ArrayList<>();
        for (Job job : jobs) {
          futures.add(pool.submit(() -> management.executeJob(job.getId())));
        }
        for (Future<?> future : futures) {
          future.get(5, TimeUnit.MINUTES);
        }
      }
      throw new IllegalStateException("Asynchronous jobs kept coming after " + MAX_JOB_SWEEPS + " sweeps");
    } catch (Exception e) {
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }
}
