package jp.dsnet.themes.lifecycle;

import static org.assertj.core.api.Assertions.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import jp.dsnet.themes.validation.InvalidInputException;
import jp.dsnet.themes.validation.Inputs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** IN-4: who may ask for a withdrawal, and when (the message check, without the engine). */
class WithdrawalRequestCheckTest {

  private final WithdrawalRequestCheck check = new WithdrawalRequestCheck();

  private static Map<String, Object> request(String requestedBy) {
    Map<String, Object> values = new HashMap<>();
    values.put(ThemeLifecycle.THEME_ADOPTED, true);
    values.put(ThemeLifecycle.LEAD_RESEARCHER, "researcher");
    values.put(ThemeLifecycle.WITHDRAWAL_REASON, "Moving abroad.");
    values.put(ThemeLifecycle.REQUESTED_BY, requestedBy);
    return values;
  }

  private void assertRefused(Map<String, Object> values, String variable, String problem) {
    assertThatThrownBy(() -> check.check(new Inputs(values, Instant.now()))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(problem).extracting(e -> ((InvalidInputException) e).getVariable()).isEqualTo(variable);
  }

  @Test
  @DisplayName("IN-4: the lead researcher may ask to withdraw an adopted theme")
  void leadResearcher_mayAsk() {
    assertThatCode(() -> check.check(new Inputs(request("researcher"), Instant.now()))).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("IN-4: anybody else, or nobody named, is refused naming requestedBy")
  void someoneElse_isRefused() {
    assertRefused(request("office"), ThemeLifecycle.REQUESTED_BY, "not the theme's lead researcher");
    assertRefused(request(null), ThemeLifecycle.REQUESTED_BY, "is required");
  }

  @Test
  @DisplayName("IN-4: before adoption there is nothing to withdraw from")
  void beforeAdoption_isRefused() {
    Map<String, Object> values = request("researcher");
    values.put(ThemeLifecycle.THEME_ADOPTED, false);
    assertRefused(values, "messageName", "only after the theme has been adopted");
  }
}
