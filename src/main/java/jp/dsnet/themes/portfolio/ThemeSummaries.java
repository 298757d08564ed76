package jp.dsnet.themes.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The portfolio's own small tables ({@code dsn_theme}, {@code dsn_theme_stage}, ADR 0009): written
 * by the lifecycle's built-in listeners in the engine's transaction, read by the theme list, the
 * dossier and the figures. One row per theme-lifecycle instance: a theme ID may start again once
 * its theme has ended, and each start is a theme of its own.
 */
@Component
public class ThemeSummaries {

  /** Timers that remind people before a deadline; they are not deadlines themselves. */
  static final Set<String> REMINDER_TIMERS = Set.of("StartEvent_MilestoneDueSoon", "Boundary_MilestoneReminder");

  /** One theme as the list shows it. */
  public record Summary(String processInstanceId, String themeId, String themeTitle, String institution, String themeStage,
                        String themeStatus, Instant startedAt, Instant endedAt, Instant stageSince, Instant nextDeadline,
                        String selectedLicensee, boolean adopted) {

    Summary withNextDeadline(Instant deadline) {
      return new Summary(processInstanceId, themeId, themeTitle, institution, themeStage, themeStatus, startedAt, endedAt,
          stageSince, deadline, selectedLicensee, adopted);
    }
  }

  /** One stay of a theme in a stage. */
  public record StageVisit(String stage, Instant from, Instant to, String outcome) {
  }

  /** Which themes the list shows; null means any. */
  public record Filter(String stage, String status, Boolean running, Integer firstResult, Integer maxResults) {
  }

  private static final String COLUMNS = "process_instance_id, theme_id, theme_title, institution, theme_stage, theme_status, "
      + "started_at, ended_at, stage_since, selected_licensee, adopted";

  private final JdbcTemplate jdbc;

  public ThemeSummaries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  // --- written by the lifecycle's listeners ---

  public void started(String processInstanceId, String themeId, String title, String institution, Instant at) {
    jdbc.update("INSERT INTO dsn_theme (process_instance_id, theme_id, theme_title, institution, started_at) VALUES (?, ?, ?, ?, ?)",
        processInstanceId, themeId, title, institution, Timestamp.from(at));
  }

  public void stageEntered(String processInstanceId, String activityInstanceId, String stage, Instant at) {
    jdbc.update("INSERT INTO dsn_theme_stage (activity_instance_id, process_instance_id, stage, entered_at) VALUES (?, ?, ?, ?)",
        activityInstanceId, processInstanceId, stage, Timestamp.from(at));
    jdbc.update("UPDATE dsn_theme SET theme_stage = ?, stage_since = ? WHERE process_instance_id = ?",
        stage, Timestamp.from(at), processInstanceId);
  }

  /** @param outcome the stage's stageOutcome, or null when the stage was cut short (e.g. a withdrawal) */
  public void stageLeft(String processInstanceId, String activityInstanceId, String outcome, String selectedLicensee,
                        boolean adopted, Instant at) {
    jdbc.update("UPDATE dsn_theme_stage SET left_at = ?, outcome = ? WHERE activity_instance_id = ?",
        Timestamp.from(at), outcome, activityInstanceId);
    jdbc.update("UPDATE dsn_theme SET selected_licensee = ?, adopted = ? WHERE process_instance_id = ?",
        selectedLicensee, adopted, processInstanceId);
  }

  /** The theme's end; a stage cut short by it takes the theme's status as its outcome. */
  public void ended(String processInstanceId, String status, boolean adopted, Instant at) {
    jdbc.update("UPDATE dsn_theme SET theme_status = ?, ended_at = ?, adopted = ? WHERE process_instance_id = ?",
        status, Timestamp.from(at), adopted, processInstanceId);
    jdbc.update("UPDATE dsn_theme_stage SET outcome = ?, left_at = COALESCE(left_at, ?) WHERE process_instance_id = ? AND outcome IS NULL",
        status, Timestamp.from(at), processInstanceId);
  }

  // --- read by the portfolio ---

  /** The themes the filter selects, newest first, each with its next deadline if it is running. */
  public List<Summary> list(Filter filter) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM dsn_theme WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (filter.stage() != null) {
      sql.append(" AND theme_stage = ?");
      args.add(filter.stage());
    }
    if (filter.status() != null) {
      sql.append(" AND theme_status = ?");
      args.add(filter.status());
    }
    if (filter.running() != null) {
      sql.append(filter.running() ? " AND ended_at IS NULL" : " AND ended_at IS NOT NULL");
    }
    sql.append(" ORDER BY started_at DESC, process_instance_id DESC");
    if (filter.maxResults() != null) {
      sql.append(" LIMIT ").append(filter.maxResults());
    }
    if (filter.firstResult() != null) {
      sql.append(" OFFSET ").append(filter.firstResult());
    }
    List<Summary> rows = jdbc.query(sql.toString(), ThemeSummaries::summary, args.toArray());
    if (rows.stream().noneMatch(r -> r.endedAt() == null)) {
      return rows;
    }
    Map<String, Instant> deadlines = nextDeadlines();
    return rows.stream().map(r -> r.endedAt() == null ? r.withNextDeadline(deadlines.get(r.themeId())) : r).toList();
  }

  /** The latest theme with this ID (a theme ID may be used again after its theme ended). */
  public Optional<Summary> latest(String themeId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM dsn_theme WHERE theme_id = ? ORDER BY started_at DESC, process_instance_id DESC",
            ThemeSummaries::summary, themeId).stream().findFirst()
        .map(s -> s.endedAt() == null ? s.withNextDeadline(nextDeadline(themeId)) : s);
  }

  public List<StageVisit> stages(String processInstanceId) {
    return jdbc.query("SELECT stage, entered_at, left_at, outcome FROM dsn_theme_stage WHERE process_instance_id = ? "
            + "ORDER BY entered_at, activity_instance_id",
        (rs, i) -> new StageVisit(rs.getString(1), instant(rs, 2), instant(rs, 3), rs.getString(4)), processInstanceId);
  }

  /** Running themes by stage. */
  public Map<String, Long> runningByStage() {
    return counts("SELECT theme_stage, COUNT(*) FROM dsn_theme WHERE ended_at IS NULL AND theme_stage IS NOT NULL GROUP BY theme_stage");
  }

  /** Ended themes by status. */
  public Map<String, Long> endedByStatus() {
    return counts("SELECT theme_status, COUNT(*) FROM dsn_theme WHERE ended_at IS NOT NULL AND theme_status IS NOT NULL GROUP BY theme_status");
  }

  /** Themes whose intake ended, by how it ended (ADOPTED, NOT_ADOPTED, OUT_OF_SCOPE, or the theme's status). */
  public Map<String, Long> intakeOutcomes() {
    return counts("SELECT outcome, COUNT(*) FROM dsn_theme_stage WHERE stage = 'INTAKE' AND outcome IS NOT NULL GROUP BY outcome");
  }

  public long adoptedThemes() {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM dsn_theme WHERE adopted = TRUE", Long.class);
    return n == null ? 0 : n;
  }

  /** How many licence agreements were signed: the licensing stages that ended LICENSED. */
  public long licences() {
    Long n = jdbc.queryForObject("SELECT COUNT(*) FROM dsn_theme_stage WHERE stage = 'LICENSING' AND outcome = 'LICENSED'", Long.class);
    return n == null ? 0 : n;
  }

  /** Milliseconds spent in each stage by every stay that has ended, by stage. */
  public Map<String, List<Long>> stageDurations() {
    Map<String, List<Long>> byStage = new HashMap<>();
    jdbc.query("SELECT stage, entered_at, left_at FROM dsn_theme_stage WHERE left_at IS NOT NULL", rs -> {
      byStage.computeIfAbsent(rs.getString(1), s -> new ArrayList<>())
          .add(rs.getTimestamp(3).getTime() - rs.getTimestamp(2).getTime());
    });
    return byStage;
  }

  /** The earliest pending deadline timer of every running theme, by theme ID. */
  Map<String, Instant> nextDeadlines() {
    Map<String, Instant> byTheme = new HashMap<>();
    jdbc.query(DEADLINES + " GROUP BY pi.BUSINESS_KEY_", rs -> {
      byTheme.put(rs.getString(1), rs.getTimestamp(2).toInstant());
    });
    return byTheme;
  }

  private Instant nextDeadline(String themeId) {
    List<Instant> found = jdbc.query(DEADLINES + " AND pi.BUSINESS_KEY_ = ? GROUP BY pi.BUSINESS_KEY_",
        (rs, i) -> rs.getTimestamp(2).toInstant(), themeId);
    return found.isEmpty() ? null : found.get(0);
  }

  /** Timer jobs of the stage instances (same business key), reminders excepted. */
  private static final String DEADLINES = "SELECT pi.BUSINESS_KEY_, MIN(j.DUEDATE_) FROM ACT_RU_JOB j "
      + "JOIN ACT_RU_EXECUTION pi ON pi.ID_ = j.PROCESS_INSTANCE_ID_ WHERE j.TYPE_ = 'timer' AND j.DUEDATE_ IS NOT NULL "
      + "AND j.HANDLER_CFG_ NOT IN ('" + String.join("', '", REMINDER_TIMERS) + "')";

  private Map<String, Long> counts(String sql) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.query(sql, rs -> {
      counts.put(rs.getString(1), rs.getLong(2));
    });
    return counts;
  }

  private static Summary summary(ResultSet rs, int row) throws SQLException {
    return new Summary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
        instant(rs, 7), instant(rs, 8), instant(rs, 9), null, rs.getString(10), rs.getBoolean(11));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
