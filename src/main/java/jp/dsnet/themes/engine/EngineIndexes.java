package jp.dsnet.themes.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds an index that Camunda's schema lacks, once the engine has created or updated its tables.
 * Every task completion (and every cancelled task) looks for subtasks with
 * {@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}; without an index that is a scan of
 * all open tasks, so completing a task got slower as open themes grew (docs/performance.md).
 * Portable between H2 and PostgreSQL; a database whose schema is managed by hand needs the same
 * statement in its own migration.
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  static final String TASK_PARENT = "CREATE INDEX IF NOT EXISTS DSN_IDX_TASK_PARENT ON ACT_RU_TASK(PARENT_TASK_ID_)";

  private final JdbcTemplate jdbc;

  public EngineIndexes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    jdbc.execute(TASK_PARENT);
  }
}
