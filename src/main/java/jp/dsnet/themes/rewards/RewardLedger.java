package jp.dsnet.themes.rewards;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * IR-4, SR-2: the rewards due to researchers, at adoption and at each achieved milestone, by
 * results: each with the head's grade ({@link RewardGrade}). The amounts are set by each
 * institution's own rules (LS-5); the network records who earned what, when, why and how well,
 * so managers and institutions can act on it.
 */
@Component
public class RewardLedger {

  /** Why a reward is due. */
  public enum Kind { ADOPTION, MILESTONE, MARKET_USE /* 実用化, per institution by its share; milestone = the product */ }

  /** One recorded reward; {@code grade} is the head's grade of the result (IR-4), null where none is given. */
  public record Reward(String themeId, Kind kind, String milestone, String recipient, String institution, Instant recordedAt,
                       RewardGrade grade) {

    public Reward(String themeId, Kind kind, String milestone, String recipient, String institution, Instant recordedAt) {
      this(themeId, kind, milestone, recipient, institution, recordedAt, null);
    }

    /** A line for people, e.g. in Cockpit: "ADOPTION reward, grade A, to researcher (Osaka University) ...". */
    public String describe() {
      return kind + " reward" + (milestone == null ? "" : " for milestone '" + milestone + "'")
          + (grade == null ? "" : ", grade " + grade + ",") + " to " + recipient
          + " (" + institution + "), recorded " + recordedAt + " (IR-4)";
    }
  }

  private final JdbcTemplate jdbc;

  public RewardLedger(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Reward record(String themeId, Kind kind, String milestone, String recipient, String institution, Instant now) {
    return record(themeId, kind, milestone, recipient, institution, now, null);
  }

  public Reward record(String themeId, Kind kind, String milestone, String recipient, String institution, Instant now,
                       RewardGrade grade) {
    Reward reward = new Reward(themeId, kind, milestone, recipient, institution, now, grade);
    jdbc.update("INSERT INTO dsn_reward (id, theme_id, kind, milestone, recipient, institution, recorded_at, grade) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), themeId, kind.name(), milestone, recipient, institution, Timestamp.from(now),
        grade == null ? null : grade.name());
    return reward;
  }

  public List<Reward> of(String themeId) {
    return jdbc.query("SELECT theme_id, kind, milestone, recipient, institution, recorded_at, grade FROM dsn_reward "
            + "WHERE theme_id = ? ORDER BY recorded_at",
        (rs, i) -> new Reward(rs.getString(1), Kind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getTimestamp(6).toInstant(), rs.getString(7) == null ? null : RewardGrade.valueOf(rs.getString(7))), themeId);
  }
}
