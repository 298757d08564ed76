package jp.dsnet.themes.intake;

import static jp.dsnet.themes.intake.ThemeIntake.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two decisions of theme-intake, evaluated as deployed (processes/*.dmn) by Camunda's DMN
 * engine, with the rule that matched: theme-eligibility against the CONTRACT for every combination
 * of the contract's values (SC-1..4), adoption-recommendation rule by rule and for every
 * combination of scores (IN-1).
 */
class IntakeDecisionsTest {

  /** CONTRACT: start variables of theme-lifecycle. */
  static final List<String> DISEASE_AREAS = List.of("CANCER", "RARE_INTRACTABLE", "HEPATITIS", "DEMENTIA", "INFECTIOUS",
      "IMMUNE_ALLERGY", "LIFESTYLE", "PSYCHIATRIC_NEUROLOGICAL", "PEDIATRIC", "OTHER");
  static final List<String> MODALITIES = List.of("SMALL_MOLECULE", "NATURAL_COMPOUND", "GENE", "PROTEIN", "NUCLEIC_ACID",
      "DIAGNOSTIC");
  static final Set<String> BIOLOGICS = Set.of("GENE", "PROTEIN", "NUCLEIC_ACID");
  static final List<String> RESEARCH_STAGES = List.of("BASIC", "TARGET_DISCOVERY", "TARGET_VALIDATION", "LEAD_DISCOVERY",
      "LEAD_OPTIMIZATION", "NON_CLINICAL", "EARLY_CLINICAL", "CLINICAL");

  private static DmnEngine dmn;
  private static DmnDecision eligibility;
  private static DmnDecision recommendation;
  /** The rule that decided the last evaluation (hit policy FIRST: one at most). */
  private static final List<String> matchedRules = new ArrayList<>();

  @BeforeAll
  static void parseDecisions() throws Exception {
    DmnDecisionTableEvaluationListener recordMatches = (DmnDecisionTableEvaluationEvent event) -> {
      matchedRules.clear();
      event.getMatchingRules().forEach(rule -> matchedRules.add(rule.getId()));
    };
    dmn = new DefaultDmnEngineConfiguration().customPostDecisionTableEvaluationListeners(List.of(recordMatches)).buildEngine();
    eligibility = parse("theme-eligibility", DECISION_ELIGIBILITY);
    recommendation = parse("adoption-recommendation", DECISION_ADOPTION_RECOMMENDATION);
  }

  private static DmnDecision parse(String file, String decisionKey) throws Exception {
    try (InputStream in = IntakeDecisionsTest.class.getResourceAsStream("/processes/" + file + ".dmn")) {
      assertThat(in).as("processes/%s.dmn on the classpath", file).isNotNull();
      return dmn.parseDecision(decisionKey, in);
    }
  }

  /** Evaluates and returns "OUTPUT by RULE_ID" (or "no result"). */
  private static String decide(DmnDecision decision, Map<String, Object> inputs, String output) {
    var result = dmn.evaluateDecisionTable(decision, Variables.fromMap(inputs));
    if (result.isEmpty()) {
      return "no result";
    }
    assertThat(matchedRules).as("hit policy FIRST decides by one rule").hasSize(1);
    return result.getSingleResult().getEntry(output) + " by " + matchedRules.get(0);
  }

  private static String eligibility(String diseaseArea, String modality, String researchStage) {
    return decide(eligibility, Map.of("diseaseArea", diseaseArea, "modality", modality, "researchStage", researchStage),
        ELIGIBILITY);
  }

  /** The CONTRACT's words, as code: the answer theme-eligibility must give, and the rule that gives it. */
  private static String contractEligibility(String diseaseArea, String modality, String researchStage) {
    if (researchStage.equals("BASIC")) {
      return "OUT_OF_SCOPE by Rule_BasicResearchOutOfScope"; // SC-3: never
    }
    if (researchStage.equals("CLINICAL")) {
      return "OUT_OF_SCOPE by Rule_ClinicalDevelopmentOutOfScope"; // SC-3: never
    }
    if (researchStage.equals("EARLY_CLINICAL") && !BIOLOGICS.contains(modality)) {
      return "OUT_OF_SCOPE by Rule_EarlyClinicalOnlyForBiologics"; // SC-4: biologics only
    }
    if (diseaseArea.equals("OTHER")) {
      return "REVIEW by Rule_OtherDiseaseNeedsReview"; // SC-1: "and others" (等), a person decides
    }
    return "IN_SCOPE by Rule_AppliedResearchInScope"; // SC-1..3, SC-4 for early clinical biologics
  }

  @Test
  @DisplayName("SC-1..4: every combination of the contract's disease areas, modalities and stages gets the contract's answer")
  void themeEligibility_everyContractCombination() {
    List<String> wrong = new ArrayList<>();
    Set<String> rulesUsed = new TreeSet<>();
    for (String diseaseArea : DISEASE_AREAS) {
      for (String modality : MODALITIES) {
        for (String stage : RESEARCH_STAGES) {
          String actual = eligibility(diseaseArea, modality, stage);
          String expected = contractEligibility(diseaseArea, modality, stage);
          if (!actual.equals(expected)) {
            wrong.add(diseaseArea + "/" + modality + "/" + stage + ": " + actual + ", expected " + expected);
          }
          rulesUsed.add(actual.substring(actual.indexOf(" by ") + 4));
        }
      }
    }
    assertThat(wrong).as("combinations decided against the contract").isEmpty();
    assertThat(rulesUsed).as("every rule of the table decides some combination").isEqualTo(ruleIds(eligibility));
  }

  @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
  @DisplayName("SC-1..4: examples, one or more per rule")
  @CsvSource({
      "CANCER,           SMALL_MOLECULE, BASIC,             OUT_OF_SCOPE by Rule_BasicResearchOutOfScope",
      "OTHER,            GENE,           BASIC,             OUT_OF_SCOPE by Rule_BasicResearchOutOfScope",
      "DEMENTIA,         PROTEIN,        CLINICAL,          OUT_OF_SCOPE by Rule_ClinicalDevelopmentOutOfScope",
      "HEPATITIS,        SMALL_MOLECULE, EARLY_CLINICAL,    OUT_OF_SCOPE by Rule_EarlyClinicalOnlyForBiologics",
      "HEPATITIS,        DIAGNOSTIC,     EARLY_CLINICAL,    OUT_OF_SCOPE by Rule_EarlyClinicalOnlyForBiologics",
      "OTHER,            NATURAL_COMPOUND, EARLY_CLINICAL,  OUT_OF_SCOPE by Rule_EarlyClinicalOnlyForBiologics",
      "OTHER,            SMALL_MOLECULE, LEAD_OPTIMIZATION, REVIEW by Rule_OtherDiseaseNeedsReview",
      "OTHER,            NUCLEIC_ACID,   EARLY_CLINICAL,    REVIEW by Rule_OtherDiseaseNeedsReview",
      "CANCER,           SMALL_MOLECULE, TARGET_DISCOVERY,  IN_SCOPE by Rule_AppliedResearchInScope",
      "INFECTIOUS,       DIAGNOSTIC,     NON_CLINICAL,      IN_SCOPE by Rule_AppliedResearchInScope",
      "PEDIATRIC,        PROTEIN,        EARLY_CLINICAL,    IN_SCOPE by Rule_AppliedResearchInScope",
  })
  void themeEligibility_examples(String diseaseArea, String modality, String stage, String expected) {
    assertThat(eligibility(diseaseArea, modality, stage)).isEqualTo(expected);
  }

  private static String recommend(Number novelty, Number medical, Number industry, Number ip, Number feasibility) {
    Map<String, Object> scores = new HashMap<>();
    scores.put(SCORE_NOVELTY, novelty);
    scores.put(SCORE_MEDICAL_NEED, medical);
    scores.put(SCORE_INDUSTRY_NEED, industry);
    scores.put(SCORE_IP_POSITION, ip);
    scores.put(SCORE_FEASIBILITY, feasibility);
    return decide(recommendation, scores, ADOPTION_RECOMMENDATION);
  }

  @ParameterizedTest(name = "{0} {1} {2} {3} {4} -> {5}")
  @DisplayName("IN-1: each rule of adoption-recommendation at and around its thresholds")
  @CsvSource({
      // a 1 anywhere is a fatal weakness, even with a high total
      "1, 5, 5, 5, 5, NO_GO by Rule_FatalWeakness",
      "5, 5, 5, 5, 1, NO_GO by Rule_FatalWeakness",
      "5, 1, 5, 5, 5, NO_GO by Rule_FatalWeakness",
      // a total of 18 or more
      "4, 4, 4, 3, 3, GO by Rule_StrongOverall",
      "2, 5, 5, 3, 3, GO by Rule_StrongOverall",
      "5, 5, 5, 5, 5, GO by Rule_StrongOverall",
      // 15..17 with both needs at 4 or more
      "2, 4, 4, 3, 2, GO by Rule_GoodWithBothNeeds",
      "3, 4, 4, 3, 3, GO by Rule_GoodWithBothNeeds",
      // otherwise
      "3, 3, 3, 3, 3, NO_GO by Rule_OtherwiseNotRecommended",
      "4, 3, 4, 3, 3, NO_GO by Rule_OtherwiseNotRecommended",
      "2, 5, 3, 3, 3, NO_GO by Rule_OtherwiseNotRecommended",
      "2, 4, 4, 2, 2, NO_GO by Rule_OtherwiseNotRecommended",
  })
  void adoptionRecommendation_rules(int novelty, int medical, int industry, int ip, int feasibility, String expected) {
    assertThat(recommend(novelty, medical, industry, ip, feasibility)).isEqualTo(expected);
  }

  @Test
  @DisplayName("IN-1: every combination of scores 1..5 gets GO or NO_GO, every rule is used, and a better score never turns GO into NO_GO")
  void adoptionRecommendation_isCompleteAndMonotonic() {
    Map<List<Integer>, String> decided = new HashMap<>();
    Set<String> rulesUsed = new TreeSet<>();
    for (int a = 1; a <= 5; a++) {
      for (int b = 1; b <= 5; b++) {
        for (int c = 1; c <= 5; c++) {
          for (int d = 1; d <= 5; d++) {
            for (int e = 1; e <= 5; e++) {
              String result = recommend(a, b, c, d, e);
              assertThat(result).as("scores %d %d %d %d %d", a, b, c, d, e).matches("(GO|NO_GO) by Rule_\\w+");
              decided.put(List.of(a, b, c, d, e), result.substring(0, result.indexOf(' ')));
              rulesUsed.add(result.substring(result.indexOf(" by ") + 4));
            }
          }
        }
      }
    }
    assertThat(rulesUsed).isEqualTo(ruleIds(recommendation));
    List<String> notMonotonic = new ArrayList<>();
    decided.forEach((scores, result) -> {
      for (int i = 0; i < 5 && result.equals(GO); i++) {
        if (scores.get(i) < 5) {
          List<Integer> better = new ArrayList<>(scores);
          better.set(i, scores.get(i) + 1);
          if (!decided.get(better).equals(GO)) {
            notMonotonic.add(scores + " is GO but " + better + " is not");
          }
        }
      }
    });
    assertThat(notMonotonic).isEmpty();
  }

  @Test
  @DisplayName("IN-1: scores arrive as Integer, Long (REST) or Double (Tasklist) and are decided alike")
  void adoptionRecommendation_acceptsEveryNumberType() {
    assertThat(recommend(4L, 4L, 4L, 3L, 3L)).isEqualTo("GO by Rule_StrongOverall");
    assertThat(recommend(4.0, 4.0, 4.0, 3.0, 3.0)).isEqualTo("GO by Rule_StrongOverall");
    assertThat(recommend(1.0, 5.0, 5.0, 5.0, 5.0)).isEqualTo("NO_GO by Rule_FatalWeakness");
  }

  private static Set<String> ruleIds(DmnDecision decision) {
    Set<String> ids = new LinkedHashSet<>();
    for (DmnDecisionTableRuleImpl rule : ((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules()) {
      ids.add(rule.getId());
    }
    return new TreeSet<>(ids);
  }
}
