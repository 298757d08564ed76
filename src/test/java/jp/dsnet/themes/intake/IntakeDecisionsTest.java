package jp.dsnet.themes.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.dsnet.themes.support.ProcessTestSupport;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of theme-eligibility (SC-1..4) and adoption-recommendation (IN-1), as deployed. */
class IntakeDecisionsTest extends ProcessTestSupport {

  private String evaluate(String decision, Map<String, Object> inputs, String output) {
    return engine.getDecisionService().evaluateDecisionTableByKey(decision, Variables.fromMap(inputs))
        .getSingleResult().getEntry(output);
  }

  @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
  @CsvSource({
      // Rule_BasicResearchOutOfScope, Rule_ClinicalDevelopmentOutOfScope (SC-3)
      "CANCER, SMALL_MOLECULE, BASIC, OUT_OF_SCOPE",
      "OTHER, GENE, BASIC, OUT_OF_SCOPE",
      "DEMENTIA, PROTEIN, CLINICAL, OUT_OF_SCOPE",
      // Rule_EarlyClinicalOnlyForBiologics (SC-4)
      "HEPATITIS, SMALL_MOLECULE, EARLY_CLINICAL, OUT_OF_SCOPE",
      "HEPATITIS, NATURAL_COMPOUND, EARLY_CLINICAL, OUT_OF_SCOPE",
      "HEPATITIS, DIAGNOSTIC, EARLY_CLINICAL, OUT_OF_SCOPE",
      // Rule_OtherDiseaseNeedsReview (SC-1)
      "OTHER, SMALL_MOLECULE, LEAD_OPTIMIZATION, REVIEW",
      "OTHER, NUCLEIC_ACID, EARLY_CLINICAL, REVIEW",
      // Rule_AppliedResearchInScope (SC-1..4): every stage, modality and listed disease
      "CANCER, SMALL_MOLECULE, TARGET_DISCOVERY, IN_SCOPE",
      "RARE_INTRACTABLE, NATURAL_COMPOUND, TARGET_VALIDATION, IN_SCOPE",
      "HEPATITIS, GENE, LEAD_DISCOVERY, IN_SCOPE",
      "DEMENTIA, PROTEIN, LEAD_OPTIMIZATION, IN_SCOPE",
      "INFECTIOUS, NUCLEIC_ACID, NON_CLINICAL, IN_SCOPE",
      "IMMUNE_ALLERGY, DIAGNOSTIC, NON_CLINICAL, IN_SCOPE",
      "LIFESTYLE, GENE, EARLY_CLINICAL, IN_SCOPE",
      "PSYCHIATRIC_NEUROLOGICAL, PROTEIN, EARLY_CLINICAL, IN_SCOPE",
      "PEDIATRIC, NUCLEIC_ACID, EARLY_CLINICAL, IN_SCOPE",
  })
  void themeEligibility(String diseaseArea, String modality, String researchStage, String expected) {
    assertThat(evaluate(ThemeIntake.DECISION_ELIGIBILITY,
        Map.of("diseaseArea", diseaseArea, "modality", modality, "researchStage", researchStage), "eligibility"))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} {2} {3} {4} -> {5}")
  @CsvSource({
      // Rule_FatalWeakness: a 1 anywhere, even with a high total
      "1, 5, 5, 5, 5, NO_GO",
      "5, 5, 5, 5, 1, NO_GO",
      // Rule_StrongOverall: total >= 18
      "4, 4, 4, 3, 3, GO",
      "2, 5, 5, 3, 3, GO",
      // Rule_GoodWithBothNeeds: total >= 15 with medical and industry needs >= 4
      "2, 4, 4, 3, 2, GO",
      // Rule_OtherwiseNotRecommended
      "3, 3, 3, 3, 3, NO_GO",
      "2, 5, 3, 3, 3, NO_GO",
      "2, 4, 4, 2, 2, NO_GO",
  })
  void adoptionRecommendation(int novelty, int medical, int industry, int ip, int feasibility, String expected) {
    assertThat(evaluate(ThemeIntake.DECISION_ADOPTION_RECOMMENDATION, Map.of("scoreNovelty", novelty,
        "scoreMedicalNeed", medical, "scoreIndustryNeed", industry, "scoreIpPosition", ip, "scoreFeasibility", feasibility),
        "adoptionRecommendation")).isEqualTo(expected);
  }
}
