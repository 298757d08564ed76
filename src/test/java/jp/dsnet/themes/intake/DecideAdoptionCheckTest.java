package jp.dsnet.themes.intake;

import static jp.dsnet.themes.intake.ThemeIntake.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import jp.dsnet.themes.rewards.RewardGrade;
import jp.dsnet.themes.validation.Inputs;
import jp.dsnet.themes.validation.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** IN-1: a decision against the recommendation needs a rationale; plain, without an engine. */
class DecideAdoptionCheckTest {

  private final DecideAdoptionCheck check = new DecideAdoptionCheck();

  private static Inputs inputs(Object recommendation, Object decision, Object rationale) {
    Map<String, Object> values = new HashMap<>();
    values.put(ADOPTION_RECOMMENDATION, recommendation);
    values.put(ADOPTION_DECISION, decision);
    values.put(ADOPTION_RATIONALE, rationale);
    values.put(RewardGrade.VARIABLE, "A");
    return new Inputs(values, Instant.parse("2027-01-01T00:00:00Z"));
  }

  @Test
  @DisplayName("IR-4: a GO carries the reward grade A, B or C; a No-Go needs none")
  void go_needsRewardGrade() {
    Inputs ungraded = inputs(GO, GO, null);
    Map<String, Object> values = new HashMap<>();
    values.put(ADOPTION_RECOMMENDATION, GO);
    values.put(ADOPTION_DECISION, GO);
    assertThatThrownBy(() -> check.check(new Inputs(values, Instant.now()))).isInstanceOf(InvalidInputException.class)
        .hasMessage("rewardGrade: is required");
    values.put(RewardGrade.VARIABLE, "D");
    assertThatThrownBy(() -> check.check(new Inputs(values, Instant.now()))).hasMessageStartingWith("rewardGrade: must be one of [A, B, C]");
    values.remove(RewardGrade.VARIABLE);
    values.put(ADOPTION_RECOMMENDATION, NO_GO);
    values.put(ADOPTION_DECISION, NO_GO);
    assertThatCode(() -> check.check(new Inputs(values, Instant.now()))).doesNotThrowAnyException();
    assertThatCode(() -> check.check(ungraded)).doesNotThrowAnyException();
  }

  @Test
  void appliesToDecideAdoption() {
    assertThat(check.appliesTo()).containsExactly(TASK_DECIDE_ADOPTION);
  }

  @Test
  @DisplayName("IN-1: following the recommendation needs no rationale")
  void decisionAsRecommended_needsNoRationale() {
    assertThatCode(() -> check.check(inputs(GO, GO, null))).doesNotThrowAnyException();
    assertThatCode(() -> check.check(inputs(NO_GO, NO_GO, ""))).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("IN-1: deciding against the recommendation without a rationale is refused, naming adoptionRationale")
  void decisionAgainstRecommendation_withoutRationale_isRefused() {
    for (Object blank : new Object[] {null, "", "   "}) {
      assertThatThrownBy(() -> check.check(inputs(NO_GO, GO, blank))).isInstanceOf(InvalidInputException.class)
          .hasMessage("adoptionRationale: is required when the decision (GO) differs from the recommendation (NO_GO)")
          .extracting(e -> ((InvalidInputException) e).getVariable()).isEqualTo(ADOPTION_RATIONALE);
    }
    assertThatThrownBy(() -> check.check(inputs(GO, NO_GO, null))).hasMessageContaining("recommendation (GO)");
  }

  @Test
  @DisplayName("IN-1: deciding against the recommendation with a rationale is accepted")
  void decisionAgainstRecommendation_withRationale_isAccepted() {
    assertThatCode(() -> check.check(inputs(NO_GO, GO, "Fits the rare-disease portfolio."))).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("Without a recommendation (none was made) every decision needs a rationale")
  void noRecommendation_needsRationale() {
    assertThatThrownBy(() -> check.check(inputs(null, GO, null))).hasMessageContaining("recommendation (none)");
  }

  @Test
  void missingDecision_isRefusedNamingIt() {
    assertThatThrownBy(() -> check.check(inputs(GO, null, "x"))).isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("adoptionDecision: ");
  }
}
