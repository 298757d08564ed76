package jp.dsnet.themes.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;

/**
 * History stays bounded: every deployed definition has a historyTimeToLive, cleanup has a window,
 * and the history of ended themes is removed once their time to live has passed. To see the
 * removal within a run, the definitions get a one-day time to live in the benchmark's engine for
 * a batch of themes that end, the clock moves two days on and history cleanup runs; the original
 * time to live is restored afterwards.
 */
final class HistoryCleanupCheck {

  private static final int MAX_CLEANUP_RUNS = 50;
  private static final int SHORT_TTL_DAYS = 1;

  private final BenchSettings settings;
  private final ProcessEngine engine;
  private final ProcessEngineConfigurationImpl configuration;
  private final LifecycleBenchmark lifecycle;
  private final HistoryRows rows;

  HistoryCleanupCheck(BenchSettings settings, InProcessApp app, LifecycleBenchmark lifecycle, HistoryRows rows) {
    this.settings = settings;
    this.engine = app.engine();
    this.configuration = app.configuration();
    this.lifecycle = lifecycle;
    this.rows = rows;
  }

  Map<String, Object> run() {
    RepositoryService repository = engine.getRepositoryService();
    HistoryService history = engine.getHistoryService();
    Map<String, Object> json = new LinkedHashMap<>();

    List<String> withoutTtl = new ArrayList<>();
    List<ProcessDefinition> processes = repository.createProcessDefinitionQuery().latestVersion().list();
    List<DecisionDefinition> decisions = repository.createDecisionDefinitionQuery().latestVersion().list();
    processes.stream().filter(d -> d.getHistoryTimeToLive() == null).forEach(d -> withoutTtl.add(d.getKey()));
    decisions.stream().filter(d -> d.getHistoryTimeToLive() == null).forEach(d -> withoutTtl.add(d.getKey()));
    Map<String, Integer> ttl = new LinkedHashMap<>();
    processes.forEach(d -> ttl.put(d.getKey(), d.getHistoryTimeToLive()));
    decisions.forEach(d -> ttl.put(d.getKey(), d.getHistoryTimeToLive()));
    json.put("definitions_ttl_days", ttl);
    json.put("definitions_without_ttl", withoutTtl);
    json.put("strategy", configuration.getHistoryCleanupStrategy());
    json.put("window", configuration.getHistoryCleanupBatchWindowStartTime() + "-" + configuration.getHistoryCleanupBatchWindowEndTime());

    Map<String, Integer> originalProcessTtl = new LinkedHashMap<>();
    Map<String, Integer> originalDecisionTtl = new LinkedHashMap<>();
    try {
      for (ProcessDefinition definition : processes) {
        originalProcessTtl.put(definition.getId(), definition.getHistoryTimeToLive());
        repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), SHORT_TTL_DAYS);
      }
      for (DecisionDefinition definition : decisions) {
        originalDecisionTtl.put(definition.getId(), definition.getHistoryTimeToLive());
        repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), SHORT_TTL_DAYS);
      }
      List<String> ended = lifecycle.appThemesToTheEnd(settings.cleanupThemes());
      String openId = lifecycle.newThemeId("BK");
      String open = engine.getRuntimeService().startProcessInstanceByKey(lifecycle.chain().get(0), openId,
          lifecycle.startVariables(openId)).getId();

      Map<String, Long> endedBefore = rows.byRoot(ended);
      long openBefore = rows.byRoot(Set.of(open)).get("total");
      long allBefore = rows.all("ACT_HI_PROCINST");

      ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(SHORT_TTL_DAYS + 1))));
      history.cleanUpHistoryAsync(true);
      int runs = 0;
      long t0 = System.nanoTime();
      while (runs < MAX_CLEANUP_RUNS && rows.byRoot(ended).get("total") > 0) {
        for (Job job : history.findHistoryCleanupJobs()) {
          engine.getManagementService().executeJob(job.getId());
          runs++;
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      Map<String, Long> endedAfter = rows.byRoot(ended);
      long openAfter = rows.byRoot(Set.of(open)).get("total");

      json.put("ended_themes", ended.size());
      json.put("short_ttl_days", SHORT_TTL_DAYS);
      json.put("clock_moved_days", SHORT_TTL_DAYS + 1);
      json.put("hi_procinst_before", allBefore);
      json.put("hi_procinst_after", rows.all("ACT_HI_PROCINST"));
      json.put("ended_theme_rows_before", endedBefore);
      json.put("ended_theme_rows_after", endedAfter.get("total"));
      json.put("open_theme_rows_before", openBefore);
      json.put("open_theme_rows_after", openAfter);
      json.put("cleanup_job_runs", runs);
      json.put("cleanup_s", Report.round(seconds));
      json.put("removed", endedAfter.get("total") == 0 && openAfter == openBefore);
      engine.getRuntimeService().deleteProcessInstance(open, "benchmark: cleanup check done");
    } finally {
      ClockUtil.reset();
      originalProcessTtl.forEach((id, days) -> {
        if (days != null) {
          repository.updateProcessDefinitionHistoryTimeToLive(id, days);
        }
      });
      originalDecisionTtl.forEach((id, days) -> {
        if (days != null) {
          repository.updateDecisionDefinitionHistoryTimeToLive(id, days);
        }
      });
    }
    return json;
  }
}
