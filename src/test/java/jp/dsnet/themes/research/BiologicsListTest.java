package jp.dsnet.themes.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The biologics of SC-4 are named twice: in the DMN {@code theme-eligibility} (early clinical trials
 * in scope) and in {@link ReviewMilestoneCheck} (an early clinical trial as a milestone decision).
 * The DMN is the source a process owner edits; this test keeps the check's list equal to it.
 */
class BiologicsListTest {

  private static final List<String> MODALITIES =
      List.of("SMALL_MOLECULE", "NATURAL_COMPOUND", "GENE", "PROTEIN", "NUCLEIC_ACID", "DIAGNOSTIC");

  @Test
  @DisplayName("SC-4: the modalities the eligibility DMN lets into early clinical trials are ReviewMilestoneCheck's biologics")
  void biologicsOfTheCheckAreThoseOfTheEligibilityDecision() throws IOException {
    DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DmnDecision eligibility;
    try (InputStream file = Files.newInputStream(Path.of("processes/theme-eligibility.dmn"))) {
      eligibility = dmn.parseDecision("theme-eligibility", file);
    }
    Set<String> inScopeAtEarlyClinical = MODALITIES.stream()
        .filter(modality -> !"OUT_OF_SCOPE".equals(dmn.evaluateDecisionTable(eligibility, Map.of(
            "diseaseArea", "CANCER", "modality", modality, "researchStage", "EARLY_CLINICAL"))
            .getSingleResult().getSingleEntry()))
        .collect(Collectors.toSet());

    assertThat(inScopeAtEarlyClinical).as("modalities in scope at EARLY_CLINICAL").isNotEmpty();
    assertThat(ReviewMilestoneCheck.BIOLOGICS).isEqualTo(inScopeAtEarlyClinical);
  }
}
