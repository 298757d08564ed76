package jp.dsnet.themes.bench;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Counts the history rows that process instances left, table by table, by root process instance. */
final class HistoryRows {

  static final List<String> TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST",
      "ACT_HI_DETAIL", "ACT_HI_IDENTITYLINK", "ACT_HI_JOB_LOG", "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT",
      "ACT_HI_INCIDENT", "ACT_HI_OP_LOG");

  private final JdbcTemplate jdbc;

  HistoryRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Rows per table (tables with none left out) and "total". */
  Map<String, Long> byRoot(Collection<String> rootProcessInstanceIds) {
    Map<String, Long> counts = new TreeMap<>();
    long total = 0;
    for (String table : TABLES) {
      long rows = 0;
      for (String root : rootProcessInstanceIds) {
        rows += count("SELECT COUNT(*) FROM " + table + " WHERE ROOT_PROC_INST_ID_ = ?", root);
      }
      if (rows > 0) {
        counts.put(table, rows);
        total += rows;
      }
    }
    counts.put("total", total);
    return counts;
  }

  long all(String table) {
    return count("SELECT COUNT(*) FROM " + table);
  }

  private long count(String sql, Object... arguments) {
    try {
      Long value = jdbc.queryForObject(sql, Long.class, arguments);
      return value == null ? 0 : value;
    } catch (DataAccessException missingTableOrColumn) {
      return 0;
    }
  }
}
