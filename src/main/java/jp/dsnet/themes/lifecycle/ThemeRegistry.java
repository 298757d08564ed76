package jp.dsnet.themes.lifecycle;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.regex.Pattern;
import jp.dsnet.themes.validation.InvalidInputException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps theme IDs unique among running themes with a primary key in the database, inside the
 * transaction that starts or ends the theme: of two starts with one ID that arrive at once, the
 * database lets exactly one commit (CONTRACT: business key).
 */
@Component
public class ThemeRegistry {

  /** CONTRACT: the theme ID pattern. */
  public static final Pattern THEME_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}");

  private final JdbcTemplate jdbc;

  public ThemeRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void register(String themeId, String processInstanceId, Instant now) {
    if (themeId == null || themeId.isBlank()) {
      throw new InvalidInputException("businessKey", "is required: the theme ID, e.g. DSN-2027-001");
    }
    if (!THEME_ID.matcher(themeId).matches()) {
      throw new InvalidInputException("businessKey",
          "must match " + THEME_ID.pattern() + " (capitals, digits and '-', 3 to 40 characters), was '" + themeId + "'");
    }
    try {
      jdbc.update("INSERT INTO dsn_active_theme (theme_id, process_instance_id, started_at) VALUES (?, ?, ?)",
          themeId, processInstanceId, Timestamp.from(now));
    } catch (DataAccessException duplicateOrLockedByConcurrentStart) {
      throw new ThemeConflictException(themeId);
    }
  }

  public void release(String themeId, String processInstanceId) {
    jdbc.update("DELETE FROM dsn_active_theme WHERE theme_id = ? AND process_instance_id = ?", themeId, processInstanceId);
  }

  /**
   * Locks the running theme's row until the transaction ends, so that messages to one theme are
   * correlated one after the other, also across nodes (ADR 0008). No row, no lock.
   */
  public void lockForMessage(String themeId) {
    jdbc.queryForList("SELECT theme_id FROM dsn_active_theme WHERE theme_id = ? FOR UPDATE", String.class, themeId);
  }

  public boolean isRunning(String themeId) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM dsn_active_theme WHERE theme_id = ?", Integer.class, themeId);
    return count != null && count > 0;
  }
}
