package jp.dsnet.themes.research;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * AR-1, SR-1: what each partner institute reported for a milestone of a theme. The reports
 * outlive the tasks (each task's result is local to it), so the milestone review, the rewards
 * (SR-2) and the institutions' evaluations of their supporting researchers can use them.
 */
@Component
public class SupportReports {

  /** One report of supporting research. */
  public record Report(String themeId, String researchInstanceId, String milestone, SupportType supportType,
                       String institute, String resultSummary, String reportedBy, Instant reportedAt) {

    /** A line for people, e.g. "Pharmacology (薬効薬理), RIKEN: Three hits confirmed." */
    public String describe() {
      return supportType.label() + (institute == null ? "" : ", " + institute) + ": " + resultSummary;
    }
  }

  private final JdbcTemplate jdbc;

  public SupportReports(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void record(Report report) {
    jdbc.update("INSERT INTO dsn_support_report (theme_id, research_instance_id, milestone, support_type, institute, "
            + "result_summary, reported_by, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        report.themeId(), report.researchInstanceId(), report.milestone(), report.supportType().name(), report.institute(),
        report.resultSummary(), report.reportedBy(), Timestamp.from(report.reportedAt()));
  }

  /** The reports for one milestone of one run of applied-research, in the order they came in. */
  public List<Report> of(String researchInstanceId, String milestone) {
    return jdbc.query("SELECT theme_id, research_instance_id, milestone, support_type, institute, result_summary, reported_by, "
            + "reported_at FROM dsn_support_report WHERE research_instance_id = ? AND milestone = ? ORDER BY id",
        (rs, i) -> new Report(rs.getString(1), rs.getString(2), rs.getString(3), SupportType.valueOf(rs.getString(4)),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()),
        researchInstanceId, milestone);
  }

  /** All reports of a theme, in the order they came in. */
  public List<Report> ofTheme(String themeId) {
    return jdbc.query("SELECT theme_id, research_instance_id, milestone, support_type, institute, result_summary, reported_by, "
            + "reported_at FROM dsn_support_report WHERE theme_id = ? ORDER BY id",
        (rs, i) -> new Report(rs.getString(1), rs.getString(2), rs.getString(3), SupportType.valueOf(rs.getString(4)),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()),
        themeId);
  }
}
