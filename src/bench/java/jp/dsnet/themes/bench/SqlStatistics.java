package jp.dsnet.themes.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL statements some work causes on embedded H2, from H2's query statistics: how many, of
 * which kind and table, and H2's own time for them. Counts are deterministic, unlike elapsed time
 * on a shared machine, so they explain a ratio where times only show it.
 */
final class SqlStatistics {

  private SqlStatistics() {
  }

  /**
   * Runs {@code work} (which does {@code n} units, e.g. themes) with the statistics on.
   *
   * @param unit what one unit is, for the field names ({@code theme}, {@code start})
   */
  static Map<String, Object> of(JdbcTemplate jdbc, Runnable work, int n, String unit) {
    jdbc.execute("SET QUERY_STATISTICS FALSE");
    jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
    jdbc.execute("SET QUERY_STATISTICS TRUE");
    List<Map<String, Object>> rows;
    try {
      work.run();
      // read before switching off: that clears them
      rows = jdbc.queryForList("SELECT SQL_STATEMENT, EXECUTION_COUNT, CUMULATIVE_EXECUTION_TIME"
          + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS");
    } finally {
      jdbc.execute("SET QUERY_STATISTICS FALSE");
    }
    Map<String, Long> counts = new TreeMap<>();
    Map<String, Double> millis = new TreeMap<>();
    long total = 0;
    for (Map<String, Object> row : rows) {
      String sql = String.valueOf(row.get("SQL_STATEMENT")).trim();
      if (sql.contains("QUERY_STATISTICS")) {
        continue;
      }
      long count = ((Number) row.get("EXECUTION_COUNT")).longValue();
      String key = kind(sql);
      counts.merge(key, count, Long::sum);
      millis.merge(key, ((Number) row.get("CUMULATIVE_EXECUTION_TIME")).doubleValue(), Double::sum);
      total += count;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("statements_per_" + unit, Report.round((double) total / n));
    json.put("top_per_" + unit, top(counts, n, 40));
    // H2's own execution time: where the database time goes, not only how often
    json.put("db_ms_per_" + unit, Report.round(millis.values().stream().mapToDouble(Double::doubleValue).sum() / n));
    json.put("top_db_ms_per_" + unit, top(millis, n, 15));
    return json;
  }

  /** {@code insert ACT_HI_DETAIL}, {@code commit COMMIT}: the verb and the first table. */
  static String kind(String sql) {
    String verb = sql.split("\\s+")[0].toLowerCase(Locale.ROOT);
    String table = sql.replaceAll("(?is).*?\\b(into|from|update)\\s+([A-Za-z_]+).*", "$2").toUpperCase(Locale.ROOT);
    return verb + " " + (table.length() < 40 ? table : "?");
  }

  private static <N extends Number> Map<String, Object> top(Map<String, N> values, int n, int limit) {
    Map<String, Object> top = new LinkedHashMap<>();
    values.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue().doubleValue(), a.getValue().doubleValue()))
        .limit(limit).forEach(e -> top.put(e.getKey(), Report.round(e.getValue().doubleValue() / n)));
    return top;
  }
}
