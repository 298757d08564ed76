package jp.dsnet.themes.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** A read-only field comes back in Tasklist's representation; what counts is whether it means the same. */
class UnchangedValueTest {

  @Test
  void sameMeaning_inAnotherRepresentation_isUnchanged() {
    assertThat(UnchangedValue.same(2, 2L)).isTrue();
    assertThat(UnchangedValue.same("", null)).isTrue();
    assertThat(UnchangedValue.same(Variables.stringValue("Kansai Pharma"), "Kansai Pharma")).isTrue();
    assertThat(UnchangedValue.same("2027-03-31T17:00:00+09:00", new Date(java.time.Instant.parse("2027-03-31T08:00:00Z").toEpochMilli())))
        .isTrue();
    assertThat(UnchangedValue.same("[{\"institution\":\"RIKEN\",\"sharePercent\":40}]",
        Variables.serializedObjectValue("[ {\"sharePercent\": 40.0, \"institution\": \"RIKEN\"} ]").create())).isTrue();
    assertThat(UnchangedValue.same("[{\"name\":\"Phase I\",\"dueDate\":\"2028-03-31T17:00+09:00\"}]",
        "[{\"name\":\"Phase I\",\"dueDate\":\"2028-03-31T08:00:00Z\"}]")).isTrue();
    assertThat(UnchangedValue.same("2027-03-31T08:00:00.000Z", "2027-03-31T17:00:00+09:00")).isTrue();
    assertThat(UnchangedValue.same(false, null)).as("an unticked checkbox for no value").isTrue();
  }

  @Test
  void anotherValue_isAChange() {
    assertThat(UnchangedValue.same("Evil Pharma", "Kansai Pharma")).isFalse();
    assertThat(UnchangedValue.same("x", null)).isFalse();
    assertThat(UnchangedValue.same(3, 2L)).isFalse();
    assertThat(UnchangedValue.same(true, null)).isFalse();
    assertThat(UnchangedValue.same("2027-03-31T09:00:00Z", "2027-03-31T17:00:00+09:00")).isFalse();
    assertThat(UnchangedValue.same("[{\"institution\":\"Evil Institute\",\"sharePercent\":99}]",
        "[{\"institution\":\"RIKEN\",\"sharePercent\":99}]")).isFalse();
    assertThat(UnchangedValue.same("[{\"institution\":\"RIKEN\",\"sharePercent\":40}]",
        "[{\"institution\":\"RIKEN\",\"sharePercent\":40},{\"institution\":\"AIST\",\"sharePercent\":60}]")).isFalse();
  }
}
