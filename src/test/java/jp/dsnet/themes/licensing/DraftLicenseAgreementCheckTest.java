package jp.dsnet.themes.licensing;

import static jp.dsnet.themes.licensing.Licensing.*;
import static org.assertj.core.api.Assertions.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.licensing.LicenseMilestones.Milestone;
import jp.dsnet.themes.validation.InvalidInputException;
import jp.dsnet.themes.validation.Inputs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LS-4, LO-3, LO-5, AL-1: the terms every licence of the network must have, without the engine. */
class DraftLicenseAgreementCheckTest {

  static final Instant NOW = Instant.parse("2027-04-01T00:00:00Z");
  static final String PHASE_ONE = "{\"name\":\"Phase I start\",\"dueDate\":\"2028-03-31T17:00:00+09:00\",\"payment\":300000000}";

  private final DraftLicenseAgreementCheck check = new DraftLicenseAgreementCheck();

  private static Map<String, Object> terms() {
    Map<String, Object> terms = new HashMap<>();
    terms.put(SELECTED_LICENSEE, "Kansai Pharma");
    terms.put(LICENSE_TYPE, "EXCLUSIVE_ORDINARY_LICENSE");
    terms.put(DILIGENCE_OBLIGATION, true);
    terms.put(NON_COMPETE_CLAUSE, true);
    terms.put(LICENSEE_BEARS_IP_COSTS, true);
    terms.put(UPFRONT_PAYMENT, 100_000_000L);
    terms.put(CANDIDATE_COMPOUND_DETERMINED, false);
    terms.put(MILESTONES, "[" + PHASE_ONE + "]");
    return terms;
  }

  private void assertRefused(String name, Object value, String variable, String problem) {
    Map<String, Object> terms = terms();
    terms.put(name, value);
    assertThatThrownBy(() -> check.check(new Inputs(terms, NOW))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(problem).extracting(e -> ((InvalidInputException) e).getVariable()).isEqualTo(variable);
  }

  @Test
  void validTerms_pass() {
    assertThatCode(() -> check.check(new Inputs(terms(), NOW))).doesNotThrowAnyException();
    assertThat(check.appliesTo()).containsExactly(TASK_DRAFT_LICENSE_AGREEMENT);
  }

  @Test
  @DisplayName("LS-4: one of the three licence types, for the one selected licensee")
  void licenceType_andLicensee() {
    assertRefused(LICENSE_TYPE, "NON_EXCLUSIVE", LICENSE_TYPE,
        "must be one of [EXCLUSIVE_LICENSE, EXCLUSIVE_ORDINARY_LICENSE, ORDINARY_LICENSE_WITH_SUBLICENSE]");
    assertRefused(SELECTED_LICENSEE, null, SELECTED_LICENSEE, "is required");
  }

  @Test
  @DisplayName("LO-3, AL-1: the duty to pursue development, the ban on competing products and IP costs borne by the licensee")
  void requiredClauses() {
    assertRefused(DILIGENCE_OBLIGATION, false, DILIGENCE_OBLIGATION, "研究推進努力義務, LO-3");
    assertRefused(NON_COMPETE_CLAUSE, false, NON_COMPETE_CLAUSE, "競合品禁止条項, LO-3");
    assertRefused(LICENSEE_BEARS_IP_COSTS, false, LICENSEE_BEARS_IP_COSTS, "AL-1");
  }

  @Test
  @DisplayName("CONTRACT: an upfront payment in whole yen greater than 0")
  void upfrontPayment() {
    assertRefused(UPFRONT_PAYMENT, 0L, UPFRONT_PAYMENT, "greater than 0");
    assertRefused(UPFRONT_PAYMENT, -5L, UPFRONT_PAYMENT, "greater than 0");
    assertRefused(UPFRONT_PAYMENT, 1.5, UPFRONT_PAYMENT, "whole number");
  }

  @Test
  @DisplayName("LO-5: milestones are needed while no candidate compound is determined, each well-formed")
  void milestones() {
    assertRefused(MILESTONES, null, MILESTONES, "at least one milestone");
    assertRefused(MILESTONES, "[]", MILESTONES, "at least one milestone");
    assertRefused(MILESTONES, "[" + PHASE_ONE + "," + PHASE_ONE + "]", MILESTONES, "milestone 2 ('Phase I start') has the same name");
    assertRefused(MILESTONES, "[{\"name\":\"X\",\"dueDate\":\"2027-03-31T17:00:00+09:00\",\"payment\":1}]", MILESTONES,
        "milestone 1 ('X') needs a dueDate in the future");
    assertRefused(MILESTONES, "[{\"name\":\"X\",\"dueDate\":\"2028-03-31\",\"payment\":1}]", MILESTONES, "ISO-8601");
    assertRefused(MILESTONES, "[{\"name\":\"X\",\"dueDate\":\"2028-03-31T17:00:00+09:00\",\"payment\":-1}]", MILESTONES,
        "payment in whole yen, 0 for a progress milestone or more");
    assertRefused(MILESTONES, "[{\"name\":\"X\",\"dueDate\":\"2028-03-31T17:00:00+09:00\",\"payment\":1.5}]", MILESTONES,
        "payment in whole yen, 0 for a progress milestone or more");
    assertRefused(MILESTONES, "[{\"name\":\"X\",\"dueDate\":\"2028-03-31T17:00:00+09:00\"}]", MILESTONES,
        "payment in whole yen, 0 for a progress milestone or more");
    assertRefused(MILESTONES, "[{\"dueDate\":\"2028-03-31T17:00:00+09:00\",\"payment\":1}]", MILESTONES, "milestone 1 needs a name");
    assertRefused(MILESTONES, "{\"name\":\"X\"}", MILESTONES, "must be a list");
    assertRefused(MILESTONES, "[oops", MILESTONES, "must be JSON");
  }

  @Test
  @DisplayName("LO-5: a progress milestone pays nothing (payment 0) and still counts as the contract's milestone")
  void progressMilestone_paymentZero() {
    Map<String, Object> terms = terms();
    terms.put(MILESTONES, "[{\"name\":\"Tox report\",\"dueDate\":\"2028-03-31T17:00:00+09:00\",\"payment\":0}]");
    assertThatCode(() -> check.check(new Inputs(terms, NOW))).doesNotThrowAnyException();
    assertThat(LicenseMilestones.parse(terms.get(MILESTONES))).singleElement().extracting(Milestone::payment).isEqualTo(0L);
  }

  @Test
  @DisplayName("LO-5: with a candidate compound determined, milestones are optional")
  void candidateDetermined_milestonesOptional() {
    Map<String, Object> terms = terms();
    terms.put(CANDIDATE_COMPOUND_DETERMINED, true);
    terms.remove(MILESTONES);
    assertThatCode(() -> check.check(new Inputs(terms, NOW))).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("LO-5: milestones read the same from Json, a String of JSON or a Java list")
  void milestones_readFromAnyForm() {
    List<Milestone> fromText = LicenseMilestones.parse("[" + PHASE_ONE + "]");
    List<Milestone> fromList = LicenseMilestones.parse(List.of(Map.of("name", "Phase I start",
        "dueDate", "2028-03-31T17:00:00+09:00", "payment", 300_000_000L)));
    assertThat(fromList).isEqualTo(fromText);
    assertThat(fromText.get(0).payment()).isEqualTo(300_000_000L);
    assertThat(LicenseMilestones.parse(null)).isEmpty();
  }
}
