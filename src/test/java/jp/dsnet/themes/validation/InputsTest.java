package jp.dsnet.themes.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputsTest {

  private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");

  enum Colour { RED, GREEN }

  @Test
  void futureDates_mustBeAfterNow() {
    Inputs inputs = new Inputs(Map.of("past", "2026-12-31T23:59:00+00:00", "nowInTokyo", "2027-01-01T09:00:00+09:00",
        "future", "2027-01-01T09:00:01+09:00"), NOW);
    assertThatThrownBy(() -> inputs.requireFutureDateTime("past")).hasMessage("past: must be in the future, was 2026-12-31T23:59Z");
    assertThatThrownBy(() -> inputs.requireFutureDateTime("nowInTokyo")).hasMessageContaining("must be in the future");
    assertThat(inputs.requireFutureDateTime("future").toInstant()).isEqualTo(Instant.parse("2027-01-01T00:00:01Z"));
  }

  @Test
  void amounts_mustBePositiveWholeYen() {
    Inputs inputs = new Inputs(Map.of("zero", 0L, "negative", -5, "ok", 100_000_000L, "fraction", 1.5), NOW);
    assertThatThrownBy(() -> inputs.requirePositiveAmount("zero")).hasMessageContaining("greater than 0");
    assertThatThrownBy(() -> inputs.requirePositiveAmount("negative")).hasMessageContaining("greater than 0");
    assertThatThrownBy(() -> inputs.requirePositiveAmount("fraction")).hasMessageContaining("whole number");
    assertThat(inputs.requirePositiveAmount("ok")).isEqualTo(100_000_000L);
  }

  @Test
  void enums_nameTheKnownValues() {
    Inputs inputs = new Inputs(Map.of("colour", "BLUE"), NOW);
    assertThatThrownBy(() -> inputs.requireEnum("colour", Colour.class)).hasMessage("colour: must be one of [GREEN, RED], was 'BLUE'");
    assertThat(new Inputs(Map.of("colour", "RED"), NOW).requireEnum("colour", Colour.class)).isEqualTo(Colour.RED);
  }

  @Test
  void booleans_acceptTrueFalseStrings_only() {
    assertThat(new Inputs(Map.of("b", "TRUE"), NOW).requireBoolean("b")).isTrue();
    assertThatThrownBy(() -> new Inputs(Map.of("b", "yes"), NOW).requireBoolean("b")).hasMessageContaining("true or false");
    assertThatThrownBy(() -> new Inputs(Map.of(), NOW).requireBoolean("b")).hasMessageContaining("is required");
  }
}
