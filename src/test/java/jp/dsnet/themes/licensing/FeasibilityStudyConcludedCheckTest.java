package jp.dsnet.themes.licensing;

import static jp.dsnet.themes.support.InputAssertions.assertRefused;
import static org.assertj.core.api.Assertions.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import jp.dsnet.themes.validation.Inputs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The check of the portal's FeasibilityStudyConcluded message, without the engine (CONTRACT: messages). */
class FeasibilityStudyConcludedCheckTest {

  static final Instant NOW = Instant.parse("2027-04-01T00:00:00Z");

  @Test
  @DisplayName("LO-1, LO-4: FeasibilityStudyConcluded before the deadline, PROCEED or ABANDON, with a data reference")
  void feasibilityStudyConcluded() {
    FeasibilityStudyConcludedCheck check = new FeasibilityStudyConcludedCheck();
    Map<String, Object> values = new HashMap<>(Map.of("feasibilityStudyDeadline", "2027-05-31T17:00:00+09:00",
        "fsDecision", "ABANDON", "fsDataReference", "DR-1"));
    assertThatCode(() -> check.check(new Inputs(values, NOW))).doesNotThrowAnyException();
    assertRefused(() -> check.check(new Inputs(values, Instant.parse("2027-06-01T00:00:00Z"))), "messageName",
        "only before the feasibility study deadline");
    values.put("fsDecision", "LATER");
    assertRefused(() -> check.check(new Inputs(values, NOW)), "fsDecision", "[ABANDON, PROCEED]");
  }
}
