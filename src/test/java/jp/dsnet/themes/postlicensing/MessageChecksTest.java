package jp.dsnet.themes.postlicensing;

import static org.assertj.core.api.Assertions.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import jp.dsnet.themes.licensing.FeasibilityStudyConcludedCheck;
import jp.dsnet.themes.validation.InvalidInputException;
import jp.dsnet.themes.validation.Inputs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The checks of the portal's messages after licensing, without the engine (CONTRACT: messages). */
class MessageChecksTest {

  static final Instant NOW = Instant.parse("2027-04-01T00:00:00Z");
  static final String MILESTONES = "[{\"name\":\"Phase I start\",\"dueDate\":\"2028-03-31T17:00:00+09:00\",\"payment\":1},"
      + "{\"name\":\"Phase II start\",\"dueDate\":\"2029-03-31T17:00:00+09:00\",\"payment\":1}]";

  private static Map<String, Object> report() {
    Map<String, Object> values = new HashMap<>();
    values.put("milestones", MILESTONES);
    values.put("milestoneName", "Phase I start");
    values.put("milestoneAchieved", true);
    values.put("progressReport", "First patient dosed.");
    return values;
  }

  private static void assertRefused(Runnable check, String variable, String problem) {
    assertThatThrownBy(check::run).isInstanceOf(InvalidInputException.class).hasMessageContaining(problem)
        .extracting(e -> ((InvalidInputException) e).getVariable()).isEqualTo(variable);
  }

  @Test
  @DisplayName("LO-5: ProgressReportSubmitted names a milestone of the licence not met yet")
  void progressReport() {
    ProgressReportSubmittedCheck check = new ProgressReportSubmittedCheck();
    assertThatCode(() -> check.check(new Inputs(report(), NOW))).doesNotThrowAnyException();

    Map<String, Object> unknown = report();
    unknown.put("milestoneName", "Approval");
    assertRefused(() -> check.check(new Inputs(unknown, NOW)), "milestoneName", "[Phase I start, Phase II start], was 'Approval'");
    Map<String, Object> met = report();
    met.put("milestonesMet", "[\"Phase I start\"]");
    assertRefused(() -> check.check(new Inputs(met, NOW)), "milestoneName", "already been met");
    Map<String, Object> notBoolean = report();
    notBoolean.put("milestoneAchieved", "yes");
    assertRefused(() -> check.check(new Inputs(notBoolean, NOW)), "milestoneAchieved", "true or false");
    Map<String, Object> tooLong = report();
    tooLong.put("progressReport", "x".repeat(4001));
    assertRefused(() -> check.check(new Inputs(tooLong, NOW)), "progressReport", "at most 4000");
  }

  @Test
  @DisplayName("AL-3: DevelopmentAbandoned needs a reason")
  void abandonment() {
    DevelopmentAbandonedCheck check = new DevelopmentAbandonedCheck();
    assertRefused(() -> check.check(new Inputs(new HashMap<>(), NOW)), "abandonmentReason", "is required");
    assertThatCode(() -> check.check(new Inputs(Map.of("abandonmentReason", "Portfolio change."), NOW))).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("AL-3, IR-4: ProductLaunched names the product and a launch date not in the future, and only while no launch is under review")
  void productLaunched() {
    ProductLaunchedCheck check = new ProductLaunchedCheck();
    Map<String, Object> values = new HashMap<>(Map.of("productName", "Kransib tablets", "launchDate", "2027-03-31T09:00:00+09:00"));
    assertThatCode(() -> check.check(new Inputs(values, NOW))).doesNotThrowAnyException();
    values.put("launchDate", "2027-04-01T09:00:00+09:00"); // 00:00 UTC on NOW's day, 9 hours ahead of NOW
    assertThatCode(() -> check.check(new Inputs(values, NOW))).doesNotThrowAnyException();
    values.put("launchDate", "2027-04-01T09:00:01+09:00");
    assertRefused(() -> check.check(new Inputs(values, NOW)), "launchDate", "must not be in the future");
    values.put("launchDate", "2027-03-31");
    assertRefused(() -> check.check(new Inputs(values, NOW)), "launchDate", "ISO-8601");
    values.put("launchDate", "2027-03-31T09:00:00+09:00");
    values.remove("productName");
    assertRefused(() -> check.check(new Inputs(values, NOW)), "productName", "is required");
    values.put("productName", "Kransib tablets");
    values.put("launchReportedAt", "2027-03-31T01:00:00Z");
    assertRefused(() -> check.check(new Inputs(values, NOW)), "messageName", "only while post-licensing waits for the launch");
  }

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
