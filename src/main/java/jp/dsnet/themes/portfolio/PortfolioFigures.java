package jp.dsnet.themes.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.lifecycle.ThemeStage;
import jp.dsnet.themes.lifecycle.ThemeStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The network's figures for the council (GET /engine-rest/theme-portfolio): themes by stage and
 * by status, adoption rate, median days in each stage, licences and the income received, in
 * total and by institution. Every figure is one grouped query over the portfolio's tables or the
 * income ledger, so its cost grows with the number of rows, never with round trips (ADR 0009).
 */
@Component
public class PortfolioFigures {

  private static final BigDecimal DAY_MS = BigDecimal.valueOf(86_400_000L);

  /** The figures as the resource answers them. */
  public record Figures(Map<String, Long> themesByStage, Map<String, Long> themesByStatus, BigDecimal adoptionRate,
                        Map<String, BigDecimal> medianDaysInStage, long licences, long incomeReceived,
                        Map<String, Long> incomeByInstitution) {
  }

  private final ThemeSummaries summaries;
  private final JdbcTemplate jdbc;

  public PortfolioFigures(ThemeSummaries summaries, JdbcTemplate jdbc) {
    this.summaries = summaries;
    this.jdbc = jdbc;
  }

  public Figures figures() {
    Map<String, Long> byStage = new LinkedHashMap<>();
    Map<String, Long> running = summaries.runningByStage();
    for (ThemeStage stage : ThemeStage.values()) {
      byStage.put(stage.name(), running.getOrDefault(stage.name(), 0L));
    }
    Map<String, Long> byStatus = new LinkedHashMap<>();
    Map<String, Long> ended = summaries.endedByStatus();
    for (ThemeStatus status : ThemeStatus.values()) {
      byStatus.put(status.name(), ended.getOrDefault(status.name(), 0L));
    }
    Map<String, BigDecimal> medians = new LinkedHashMap<>();
    Map<String, List<Long>> durations = summaries.stageDurations();
    for (ThemeStage stage : ThemeStage.values()) {
      medians.put(stage.name(), medianDays(durations.get(stage.name())));
    }
    Map<String, Long> byInstitution = new LinkedHashMap<>();
    jdbc.query("SELECT institution, SUM(amount) FROM dsn_income_split GROUP BY institution ORDER BY SUM(amount) DESC, institution",
        rs -> {
          byInstitution.put(rs.getString(1), rs.getLong(2));
        });
    long received = byInstitution.values().stream().mapToLong(Long::longValue).sum();
    return new Figures(byStage, byStatus, adoptionRate(summaries.intakeOutcomes(), summaries.adoptedThemes()), medians,
        summaries.licences(), received, byInstitution);
  }

  /**
   * IN-1: adopted themes among the themes whose intake has been decided (adopted, not adopted or
   * out of scope); null before the first decision. Two decimals, e.g. 0.35.
   */
  static BigDecimal adoptionRate(Map<String, Long> intakeOutcomes, long adopted) {
    long decided = adopted + intakeOutcomes.getOrDefault("NOT_ADOPTED", 0L) + intakeOutcomes.getOrDefault("OUT_OF_SCOPE", 0L);
    return decided == 0 ? null : BigDecimal.valueOf(adopted).divide(BigDecimal.valueOf(decided), 2, RoundingMode.HALF_UP);
  }

  /** The median of the stays that have ended, in days with one decimal; null when none has. */
  static BigDecimal medianDays(List<Long> millis) {
    if (millis == null || millis.isEmpty()) {
      return null;
    }
    List<Long> sorted = new ArrayList<>(millis);
    sorted.sort(null);
    int n = sorted.size();
    BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
        : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    return median.divide(DAY_MS, 1, RoundingMode.HALF_UP);
  }
}
