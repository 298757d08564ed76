package jp.dsnet.themes.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The part of FEEL that the forms' hide conditions use, evaluated as form-js would. */
class HideConditionTest {

  private static boolean hides(String expression, Object... namesAndValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    HideCondition condition = HideCondition.parse(expression);
    assertThat(condition.isSupported()).as(expression).isTrue();
    return condition.hides(values::get);
  }

  @ParameterizedTest(name = "{0} with {1}={2}: hidden {3}")
  @CsvSource(delimiter = '|', value = {
      "=milestoneDecision != \"CONTINUE\" | milestoneDecision | CONTINUE | false",
      "=milestoneDecision != \"CONTINUE\" | milestoneDecision | NO_GO    | true",
      "=milestoneDecision != \"CONTINUE\" | other             | x        | true",
      "=decisionContext = \"NO_APPLICANT\" or decisionContext = \"NO_BID\" | decisionContext | NO_BID | true",
      "=decisionContext = \"NO_APPLICANT\" or decisionContext = \"NO_BID\" | decisionContext | FS_ABANDONED | false",
      "=earlyClinicalSupport = null | earlyClinicalSupport | arranged | false",
      "=earlyClinicalSupport = null | other | x | true",
      "=(a = \"x\") and not(b = \"y\") | a | x | true",
  })
  void stringsAndNulls(String expression, String name, String value, boolean hidden) {
    assertThat(hides(expression, name, value)).isEqualTo(hidden);
  }

  @ParameterizedTest(name = "patentFiled={0}: hidden {1}")
  @CsvSource({"true, false", "false, true", ", true"})
  void booleans_alsoWhenSubmittedAsText(Boolean filed, boolean hidden) {
    assertThat(hides("=patentFiled != true", "patentFiled", filed)).isEqualTo(hidden);
    if (filed != null) {
      assertThat(hides("=patentFiled != true", "patentFiled", filed.toString())).isEqualTo(hidden);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"=count > 2", "=count >= 3"})
  void numbers(String expression) {
    assertThat(hides(expression, "count", 3L)).isTrue();
    assertThat(hides(expression, "count", 1)).isFalse();
  }

  @ParameterizedTest(name = "unsupported: {0}")
  @ValueSource(strings = {"=contains(a, \"x\")", "=a in [1, 2]", "=a + 1 > 2", "=if a then b else c", "=a = "})
  void whatItCannotRead_isUnsupported_andHidesNothing(String expression) {
    HideCondition condition = HideCondition.parse(expression);
    assertThat(condition.isSupported()).isFalse();
    assertThat(condition.hides(name -> "x")).isFalse();
  }
}
