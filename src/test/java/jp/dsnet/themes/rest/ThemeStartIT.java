package jp.dsnet.themes.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.dsnet.themes.support.RestIntegrationTest;
import jp.dsnet.themes.support.Themes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** CONTRACT: start variables of theme-lifecycle, the theme ID, and bad input refused with 400. */
class ThemeStartIT extends RestIntegrationTest {

  private long instancesOf(String themeId) {
    return as("admin").getList("/history/process-instance?processDefinitionKey=theme-lifecycle&processInstanceBusinessKey=" + themeId).getBody().size();
  }

  @ParameterizedTest(name = "{0} = {1}: {2}")
  @DisplayName("A start with a missing or malformed variable is refused with 400 naming it, and nothing starts")
  @CsvSource(nullValues = "NULL", value = {
      "themeTitle, NULL, themeTitle",
      "themeTitle, '', themeTitle",
      "leadResearcher, NULL, leadResearcher",
      "institution, NULL, institution",
      "diseaseArea, NULL, diseaseArea",
      "diseaseArea, COMMON_COLD, diseaseArea",
      "modality, VACCINE_PATCH, modality",
      "researchStage, PHASE_3, researchStage",
  })
  void badStartVariables_areRefused(String name, String value, String named) {
    String themeId = newThemeId();
    ResponseEntity<Map<String, Object>> answer = as("portal").startTheme("theme-lifecycle", themeId, Themes.proposal(name, value));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("variable", named);
    assertThat((String) answer.getBody().get("message")).contains(named);
    assertThat(instancesOf(themeId)).isZero();
  }

  @Test
  @DisplayName("A title over 200 characters and a summary over 4000 are refused")
  void overlongTexts_areRefused() {
    var title = as("portal").startTheme("theme-lifecycle", newThemeId(), Themes.proposal("themeTitle", "x".repeat(201)));
    assertThat(title.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(title.getBody()).containsEntry("variable", "themeTitle");
    var summary = as("portal").startTheme("theme-lifecycle", newThemeId(), Themes.proposal("summary", "x".repeat(4001)));
    assertThat(summary.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(summary.getBody()).containsEntry("variable", "summary");
  }

  @ParameterizedTest
  @DisplayName("A theme ID that does not match [A-Z0-9][A-Z0-9-]{2,39} is refused, naming businessKey")
  @CsvSource({"ab", "lower-case-id", "-STARTS-WITH-DASH", "HAS SPACE", "TOO-LONG-01234567890123456789012345678901"})
  void malformedThemeIds_areRefused(String themeId) {
    var answer = as("portal").startTheme("theme-lifecycle", themeId, Themes.proposal());
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("variable", "businessKey");
  }

  @Test
  @DisplayName("A start without a theme ID is refused")
  void missingThemeId_isRefused() {
    var answer = as("portal").startTheme("theme-lifecycle", null, Themes.proposal());
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("variable", "businessKey");
  }

  @Test
  @DisplayName("A second start with the ID of a running theme is refused with 409")
  void secondStartWithRunningId_isRefused() {
    String themeId = newThemeId();
    assertThat(as("portal").startTheme("theme-lifecycle", themeId, Themes.proposal()).getStatusCode()).isEqualTo(HttpStatus.OK);
    var second = as("portal").startTheme("theme-lifecycle", themeId, Themes.proposal());

    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) second.getBody().get("message")).contains(themeId);
    assertThat(instancesOf(themeId)).isEqualTo(1);
  }

  @Test
  @DisplayName("Of eight starts with one ID that arrive at once, exactly one wins")
  void concurrentStartsWithOneId_exactlyOneWins() throws Exception {
    String themeId = newThemeId();
    int clients = 8;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        Callable<Integer> start = () -> {
          go.await();
          return as("portal").startTheme("theme-lifecycle", themeId, Themes.proposal()).getStatusCode().value();
        };
        answers.add(pool.submit(start));
      }
      go.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get(60, TimeUnit.SECONDS));
      }
      assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
      assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 409, "all others refused with 409");
      assertThat(instancesOf(themeId)).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("IN-1: the strategy office starts a theme from Tasklist's \"Start process\" with the start form; a researcher cannot")
  void strategyOffice_startsThemeWithTheStartForm() {
    String startable = "/process-definition?latestVersion=true&active=true&startableInTasklist=true&startablePermissionCheck=true";
    assertThat(as("office").getList(startable).getBody()).extracting(d -> d.get("key")).contains("theme-lifecycle");
    assertThat(as("researcher").getList(startable).getBody()).extracting(d -> d.get("key")).doesNotContain("theme-lifecycle");
    assertThat(as("office").get("/process-definition/key/theme-lifecycle/startForm").getBody()).contains("propose-theme");

    String themeId = newThemeId();
    var started = as("office").post("/process-definition/key/theme-lifecycle/submit-form",
        Map.of("businessKey", themeId, "variables", jp.dsnet.themes.support.RestClient.toRest(Themes.proposal())));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(as("office").awaitTask(themeId, "EvaluateSeed")).isNotNull();

    String refusedId = newThemeId();
    var refused = as("researcher").post("/process-definition/key/theme-lifecycle/submit-form",
        Map.of("businessKey", refusedId, "variables", jp.dsnet.themes.support.RestClient.toRest(Themes.proposal())));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(instancesOf(refusedId)).isZero();
  }

  @Test
  @DisplayName("A theme cannot be started in the middle (start instructions), skipping intake")
  void startInstructions_areRefused() {
    String themeId = newThemeId();
    var answer = as("portal").post("/process-definition/key/theme-lifecycle/start", Map.of(
        "businessKey", themeId,
        "variables", jp.dsnet.themes.support.RestClient.toRest(Themes.proposal()),
        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Gateway_StagesOutcome"))));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(instancesOf(themeId)).isZero();
  }
  @Test
  @DisplayName("IN-1: nobody submits what the process computes: overwriting the recommendation is refused")
  void processOwnedVariables_cannotBeSubmitted() {
    String themeId = newThemeId();
    as("portal").startTheme("theme-lifecycle", themeId, Themes.proposal());
    var stageForged = as("portal").startTheme("theme-lifecycle", newThemeId(), Themes.proposal("stageOutcome", "LICENSED"));
    assertThat(stageForged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(stageForged.getBody()).containsEntry("variable", "stageOutcome");

    String evaluate = as("office").awaitTask(themeId, "EvaluateSeed");
    var forged = as("office").complete(evaluate, Map.of("scoreNovelty", 2, "scoreMedicalNeed", 2, "scoreIndustryNeed", 2,
        "scoreIpPosition", 2, "scoreFeasibility", 2, "evaluationSummary", "weak", "adoptionRecommendation", "GO"));
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(forged.getBody()).containsEntry("variable", "adoptionRecommendation");
    assertThat(as("office").awaitTask(themeId, "EvaluateSeed")).isEqualTo(evaluate);

    // Tasklist sends the read-only fields it shows back unchanged: that is accepted
    assertThat(as("office").complete(evaluate, Map.of("scoreNovelty", 2, "scoreMedicalNeed", 2, "scoreIndustryNeed", 2,
        "scoreIpPosition", 2, "scoreFeasibility", 2, "evaluationSummary", "weak")).getStatusCode().is2xxSuccessful()).isTrue();
    String decide = as("head").awaitTask(themeId, "DecideAdoption");
    assertThat(as("head").complete(decide, Map.of("adoptionRecommendation", "NO_GO", "adoptionDecision", "NO_GO"))
        .getStatusCode().is2xxSuccessful()).isTrue();
  }
}
