package jp.dsnet.themes.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a person fills in on a form: the dossier's "values submitted" (ADR 0009). */
class FormInputKeysTest {

  private final FormCatalog forms = new FormCatalog();

  @Test
  void conditionalFieldsAreInputs_readOnlyFieldsAreNot() {
    assertThat(forms.find("decide-adoption").orElseThrow().inputKeys())
        .contains("adoptionDecision", "adoptionRationale", "rewardGrade")
        .doesNotContain("themeTitle", "adoptionRecommendation");
  }

  @Test
  void aDynamicListIsOneInput() {
    assertThat(forms.find("allocate-contribution-shares").orElseThrow().inputKeys()).contains("contributionShares");
  }
}
