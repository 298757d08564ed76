package jp.dsnet.themes.research;

import static jp.dsnet.themes.research.AppliedResearch.*;
import static org.assertj.core.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import jp.dsnet.themes.validation.InvalidInputException;
import jp.dsnet.themes.validation.Inputs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The plain rules of applied research, without an engine. */
class ResearchRulesTest {

  private static final Instant NOW = Instant.parse("2027-04-01T00:00:00Z");

  private static Inputs inputs(Object... pairs) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    return new Inputs(values, NOW);
  }

  @Test
  @DisplayName("AR-1: support types are read in order, trimmed; unknown, repeated, empty items or no list are refused")
  void supportPlan() {
    assertThat(new SupportPlan().typesOf(" CRYSTALLOGRAPHY,HTS , COMPUTATION")).containsExactly("CRYSTALLOGRAPHY", "HTS", "COMPUTATION");
    assertThatThrownBy(() -> SupportPlan.parse("HTS,,PHARMACOLOGY")).isInstanceOf(InvalidInputException.class).hasMessageContaining("empty item");
    assertThatThrownBy(() -> SupportPlan.parse("hts")).hasMessageContaining("'hts' is not a support type");
    assertThatThrownBy(() -> SupportPlan.parse("HTS, HTS")).hasMessageContaining("names HTS twice");
    assertThatThrownBy(() -> SupportPlan.parse(" ")).hasMessageStartingWith("supportTypes: is required");
  }

  @Test
  @DisplayName("SC-4: EARLY_CLINICAL_TRIAL only for GENE, PROTEIN and NUCLEIC_ACID")
  void earlyClinicalTrial_onlyForBiologics() {
    ReviewMilestoneCheck check = new ReviewMilestoneCheck();
    for (String biologic : new String[] {"GENE", "PROTEIN", "NUCLEIC_ACID"}) {
      assertThatCode(() -> check.check(inputs(MILESTONE_DECISION, "EARLY_CLINICAL_TRIAL", "modality", biologic))).doesNotThrowAnyException();
    }
    for (String other : new String[] {"SMALL_MOLECULE", "NATURAL_COMPOUND", "DIAGNOSTIC"}) {
      assertThatThrownBy(() -> check.check(inputs(MILESTONE_DECISION, "EARLY_CLINICAL_TRIAL", "modality", other)))
          .isInstanceOf(InvalidInputException.class).extracting("variable").isEqualTo(MILESTONE_DECISION);
    }
  }

  @Test
  @DisplayName("AR-2: the next milestone must differ from the reviewed one in name or due date")
  void nextMilestone_mustBeNew() {
    String reviewedDue = "2027-06-30T17:00+09:00";
    assertThatThrownBy(() -> NextMilestone.require(inputs(MILESTONE_NAME, "Lead", MILESTONE_DUE_DATE, "2027-06-30T08:00Z",
        REVIEWED_MILESTONE_NAME, "Lead", REVIEWED_MILESTONE_DUE_DATE, reviewedDue)))
        .hasMessageStartingWith("milestoneName: must name the next milestone");
    assertThatCode(() -> NextMilestone.require(inputs(MILESTONE_NAME, "Lead", MILESTONE_DUE_DATE, "2027-09-30T17:00+09:00",
        REVIEWED_MILESTONE_NAME, "Lead", REVIEWED_MILESTONE_DUE_DATE, reviewedDue))).doesNotThrowAnyException();
    assertThatCode(() -> NextMilestone.require(inputs(MILESTONE_NAME, "Candidate", MILESTONE_DUE_DATE, reviewedDue,
        REVIEWED_MILESTONE_NAME, "Lead", REVIEWED_MILESTONE_DUE_DATE, reviewedDue))).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("IN-6: a filing needs its reference, a decision not to file its reason")
  void fileInventionPatent() {
    FileInventionPatentCheck check = new FileInventionPatentCheck();
    assertThatThrownBy(() -> check.check(inputs(PATENT_FILED, false))).hasMessageStartingWith("ipFilingNote: is required");
    assertThatCode(() -> check.check(inputs(PATENT_FILED, false, IP_FILING_NOTE, "Prior art found."))).doesNotThrowAnyException();
    assertThatCode(() -> check.check(inputs(PATENT_FILED, true, PATENT_APPLICATION_REFERENCE, "JP2027-1"))).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("AR-2: the reminder comes the configured time before the due date")
  void reminderDate() {
    ResearchSchedule schedule = new ResearchSchedule(Duration.ofDays(14));
    assertThat(schedule.reminderDate("2027-06-30T17:00+09:00").toInstant()).isEqualTo(Instant.parse("2027-06-16T08:00:00Z"));
  }
}
