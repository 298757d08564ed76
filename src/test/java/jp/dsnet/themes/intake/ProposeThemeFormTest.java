package jp.dsnet.themes.intake;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import jp.dsnet.themes.support.Themes;
import jp.dsnet.themes.validation.FormRules;
import jp.dsnet.themes.validation.Inputs;
import jp.dsnet.themes.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CONTRACT, start variables of theme-lifecycle: the rules of the start form propose-theme as the
 * server applies them to every start (Tasklist, portal); plain, without an engine.
 */
class ProposeThemeFormTest {

  private static FormRules rules;

  @BeforeAll
  static void parse() throws IOException {
    try (InputStream in = ProposeThemeFormTest.class.getResourceAsStream("/forms/propose-theme.form")) {
      rules = FormRules.parse(in);
    }
  }

  private static void validate(Map<String, Object> proposal) {
    rules.validate(new Inputs(proposal, Instant.parse("2027-01-01T00:00:00Z")));
  }

  @Test
  @DisplayName("A complete proposal, with or without a summary, is accepted")
  void completeProposal_isAccepted() {
    assertThatCode(() -> validate(Themes.proposal())).doesNotThrowAnyException();
    assertThatCode(() -> validate(Themes.proposal("summary", null))).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0} = ''{1}'': {2}")
  @DisplayName("A missing or malformed start variable is refused naming it")
  @CsvSource(nullValues = "NULL", value = {
      "themeTitle,     NULL,                 is required",
      "themeTitle,     '   ',                is required",
      "leadResearcher, NULL,                 is required",
      "leadResearcher, Taro Yamada,          must match",
      "leadResearcher, -researcher,          must match",
      "institution,    NULL,                 is required",
      "diseaseArea,    NULL,                 is required",
      "diseaseArea,    ONCOLOGY,             must be one of",
      "modality,       ANTIBODY,             must be one of",
      "researchStage,  PHASE_3,              must be one of",
      "researchStage,  target_discovery,     must be one of",
  })
  void badStartVariable_isRefused(String variable, String value, String problem) {
    assertThatThrownBy(() -> validate(Themes.proposal(variable, value))).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(variable + ": ").hasMessageContaining(problem);
  }

  @Test
  @DisplayName("A title over 200 characters, an institution over 200 and a summary over 4000 are refused")
  void overlongTexts_areRefused() {
    assertThatCode(() -> validate(Themes.proposal("themeTitle", "t".repeat(200)))).doesNotThrowAnyException();
    assertThatThrownBy(() -> validate(Themes.proposal("themeTitle", "t".repeat(201)))).hasMessageStartingWith("themeTitle: ");
    assertThatThrownBy(() -> validate(Themes.proposal("institution", "i".repeat(201)))).hasMessageStartingWith("institution: ");
    assertThatThrownBy(() -> validate(Themes.proposal("summary", "s".repeat(4001)))).hasMessageStartingWith("summary: ");
  }
}
