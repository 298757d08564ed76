package jp.dsnet.themes.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortfolioFiguresTest {

  private static final long DAY = 86_400_000L;

  @Test
  void adoptionRate_isAdoptedAmongDecidedIntakes() {
    assertThat(PortfolioFigures.adoptionRate(Map.of("ADOPTED", 2L, "NOT_ADOPTED", 3L, "OUT_OF_SCOPE", 3L, "WITHDRAWN", 1L), 2))
        .isEqualByComparingTo("0.25");
    // A theme withdrawn after its GO, before its intake ended, counts as adopted.
    assertThat(PortfolioFigures.adoptionRate(Map.of("WITHDRAWN", 1L, "NOT_ADOPTED", 1L), 1)).isEqualByComparingTo("0.50");
  }

  @Test
  void adoptionRate_beforeAnyDecision_isNull() {
    assertThat(PortfolioFigures.adoptionRate(Map.of(), 0)).isNull();
  }

  @Test
  void medianDays_ofOddAndEvenCounts() {
    assertThat(PortfolioFigures.medianDays(List.of(10 * DAY, DAY, 3 * DAY))).isEqualByComparingTo("3.0");
    assertThat(PortfolioFigures.medianDays(List.of(DAY, 2 * DAY, 4 * DAY, 100 * DAY))).isEqualByComparingTo("3.0");
    assertThat(PortfolioFigures.medianDays(List.of(DAY / 2))).isEqualByComparingTo(new BigDecimal("0.5"));
  }

  @Test
  void medianDays_withoutEndedStays_isNull() {
    assertThat(PortfolioFigures.medianDays(null)).isNull();
    assertThat(PortfolioFigures.medianDays(List.of())).isNull();
  }

  @Test
  void formIdOfTaskKey_isKebabCase() {
    assertThat(ThemeDossiers.kebab("EvaluateSeed")).isEqualTo("evaluate-seed");
    assertThat(ThemeDossiers.kebab("DefineIpAndPublicationStrategy")).isEqualTo("define-ip-and-publication-strategy");
  }
}
