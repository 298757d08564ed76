package jp.dsnet.themes.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThemeResourceTest {

  @Test
  void timesAreUtcWithMilliseconds_soTheirTextsSortAsTheTimes() {
    assertThat(ThemeResource.text(Instant.parse("2026-11-30T15:20:31Z"))).isEqualTo("2026-11-30T15:20:31.000Z");
    assertThat(ThemeResource.text(Instant.parse("2026-11-30T15:20:31.596123Z"))).isEqualTo("2026-11-30T15:20:31.596Z");
    assertThat(ThemeResource.text(null)).isNull();
  }

  @Test
  void csvCells_quoteCommasQuotesAndLineBreaks() {
    assertThat(ThemeResource.csvCell("Osaka University")).isEqualTo("Osaka University");
    assertThat(ThemeResource.csvCell("Antibody, \"quoted\"")).isEqualTo("\"Antibody, \"\"quoted\"\"\"");
    assertThat(ThemeResource.csvCell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(ThemeResource.csvCell(null)).isEmpty();
  }
}
