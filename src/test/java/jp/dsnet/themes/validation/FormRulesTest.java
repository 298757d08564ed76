package jp.dsnet.themes.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules a Camunda Form states, applied on the server as the browser applies them. */
class FormRulesTest {

  private static FormRules rules;

  @BeforeAll
  static void parse() throws IOException {
    String form = """
        {"id": "sample", "type": "default", "components": [
          {"type": "text", "text": "intro", "id": "Text_1"},
          {"type": "number", "key": "score", "id": "F1", "decimalDigits": 0, "validate": {"required": true, "min": 1, "max": 5}},
          {"type": "textfield", "key": "code", "id": "F2", "validate": {"maxLength": 5, "pattern": "[A-Z]+"}},
          {"type": "select", "key": "area", "id": "F3", "values": [{"label": "Cancer", "value": "CANCER"}, {"label": "Other", "value": "OTHER"}], "validate": {"required": true}},
          {"type": "checkbox", "key": "plain", "id": "F4"},
          {"type": "checkbox", "key": "extra", "id": "F9", "properties": {"optional": "true"}},
          {"type": "checkbox", "key": "mustTick", "id": "F5", "validate": {"required": true}},
          {"type": "textfield", "key": "shown", "id": "F6", "readonly": true, "validate": {"required": true}},
          {"type": "select", "key": "shownArea", "id": "F10", "disabled": true, "values": [{"label": "Cancer (がん)", "value": "CANCER"}], "validate": {"required": true}},
          {"type": "textfield", "key": "sometimes", "id": "F7", "conditional": {"hide": "=area = \\"CANCER\\""}, "validate": {"required": true}},
          {"type": "group", "id": "G1", "components": [
            {"type": "datetime", "key": "due", "id": "F8", "subtype": "datetime", "validate": {"required": true}}
          ]},
          {"type": "dynamiclist", "path": "items", "id": "L1", "isRepeating": true, "components": [
            {"type": "textfield", "key": "name", "id": "F9", "validate": {"required": true}}
          ]}
        ]}""";
    rules = FormRules.parse(new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, Object> valid() {
    Map<String, Object> values = new HashMap<>();
    values.put("score", 3);
    values.put("code", "ABC");
    values.put("area", "CANCER");
    values.put("plain", false);
    values.put("mustTick", true);
    values.put("due", "2027-03-31T17:00:00+09:00");
    return values;
  }

  private static void validate(Map<String, Object> values) {
    rules.validate(new Inputs(values, Instant.parse("2026-01-01T00:00:00Z")));
  }

  private static void assertRefused(String name, Object value, String expected) {
    Map<String, Object> values = valid();
    values.put(name, value);
    assertThatThrownBy(() -> validate(values)).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(name + ": ").hasMessageContaining(expected)
        .extracting(e -> ((InvalidInputException) e).getVariable()).isEqualTo(name);
  }

  @Test
  void formIdAndFields_areRead_groupsIncluded_displayOnlyAndReadOnlySkipped() {
    assertThat(rules.formId()).isEqualTo("sample");
    assertThat(rules.fields()).extracting(FormRules.Field::key)
        .containsExactly("score", "code", "area", "plain", "extra", "mustTick", "sometimes", "due");
  }

  @Test
  void keys_areEveryVariableASubmissionMayCarry_readOnlyAndListsIncluded_displayOnlyAndListPartsNot() {
    assertThat(rules.keys()).containsExactly("score", "code", "area", "plain", "extra", "mustTick", "shown", "shownArea", "sometimes", "due", "items");
    assertThat(rules.readOnlyKeys()).containsExactly("shown", "shownArea");
  }

  @Test
  void conditionalField_keepsItsRulesWhileShown_andIsNotRequiredWhileHidden() {
    Map<String, Object> shown = valid();
    shown.put("area", "OTHER");
    assertThatThrownBy(() -> validate(shown)).isInstanceOf(InvalidInputException.class).hasMessage("sometimes: is required");
    shown.put("sometimes", "given");
    assertThatCode(() -> validate(shown)).doesNotThrowAnyException();
    assertThatCode(() -> validate(valid())).as("hidden for CANCER: not required").doesNotThrowAnyException();
    assertThat(rules.conditions()).singleElement().satisfies(c -> assertThat(c.isSupported()).isTrue());
  }

  @Test
  void dynamicLists_partsOfEachItemAreNotVariables() {
    assertThat(rules.fields()).extracting(FormRules.Field::key).doesNotContain("items", "name");
    assertThatCode(() -> validate(valid())).doesNotThrowAnyException();
  }

  @Test
  void validValues_pass() {
    assertThatCode(() -> validate(valid())).doesNotThrowAnyException();
  }

  @Test
  void numbers_outsideTheRange_orNotWhole_areRefused() {
    assertRefused("score", 7, "from 1 to 5, was 7");
    assertRefused("score", 0, "from 1 to 5");
    assertRefused("score", 2.5, "whole number");
    assertRefused("score", "three", "whole number");
    assertRefused("score", null, "is required");
  }

  @Test
  void texts_breakingLengthOrPattern_areRefused() {
    assertRefused("code", "ABCDEF", "at most 5 characters");
    assertRefused("code", "abc", "must match");
    assertRefused("code", 42, "must be a text");
  }

  @Test
  void selects_acceptOnlyTheirOptions() {
    assertRefused("area", "COMMON_COLD", "must be one of [CANCER, OTHER]");
    assertRefused("area", "", "is required");
  }

  @Test
  void checkboxes_alwaysNeedABoolean_andARequiredOneMustBeTicked() {
    assertRefused("plain", null, "true or false");
    assertRefused("plain", "maybe", "true or false");
    assertRefused("mustTick", false, "must be true");
    assertRefused("extra", "maybe", "true or false");
    Map<String, Object> withoutOptional = valid();
    withoutOptional.remove("extra");
    assertThatCode(() -> validate(withoutOptional)).as("an optional checkbox may be omitted").doesNotThrowAnyException();
  }

  @Test
  void dateTimes_needAnOffset() {
    assertRefused("due", "2027-03-31", "ISO-8601");
    assertRefused("due", "2027-03-31T17:00:00", "ISO-8601");
  }
}
