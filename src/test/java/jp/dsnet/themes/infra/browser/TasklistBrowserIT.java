package jp.dsnet.themes.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.dsnet.themes.infra.failure.TestModels;
import jp.dsnet.themes.support.RestClient;
import jp.dsnet.themes.support.RestIntegrationTest;
import jp.dsnet.themes.support.Themes;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist and Cockpit in a real browser (Debian's headless Chromium), as the strategy office,
 * its head and a manager use them. Screenshots of each step go to target/screenshots/.
 */
@Tag("browser")
class TasklistBrowserIT extends RestIntegrationTest {

  @Autowired
  RepositoryService repository;

  private static final List<String> SCORES = List.of("scoreNovelty", "scoreMedicalNeed", "scoreIndustryNeed", "scoreIpPosition",
      "scoreFeasibility");

  @Test
  @DisplayName("IN-1 in Tasklist: the office sees the Camunda Form, a score of 7 is refused on screen, a valid evaluation "
      + "reaches the head's DecideAdoption; a manager sees the theme with its diagram in Cockpit")
  void evaluateSeedInTasklist_thenHeadDecides_andManagerWatchesInCockpit() {
    String themeId = newThemeId();
    var started = as("portal").startTheme("theme-lifecycle", themeId, Themes.proposal());
    assertThat(started.getStatusCode().value()).isEqualTo(200);
    String evaluateSeed = as("office").awaitTask(themeId, "EvaluateSeed");

    try (Browser browser = new Browser("http://localhost:" + port)) {
      // The office opens the task: the form with its labels and the theme's data.
      browser.logIn("tasklist", "office");
      browser.open("tasklist", "/?task=" + evaluateSeed);
      browser.visible(By.xpath("//label[contains(., 'Novelty (新規性)')]"));
      assertThat(browser.driver().findElements(By.cssSelector("label.fjs-form-field-label")))
          .extracting(WebElement::getText)
          .anyMatch(text -> text.startsWith("Medical need (医療ニーズ)"))
          .anyMatch(text -> text.startsWith("Evaluation summary (評価の概要)"));
      assertThat(browser.field("themeTitle").getAttribute("value")).isEqualTo(Themes.proposal().get("themeTitle"));
      browser.screenshot("01-office-evaluate-seed-form");

      // A score of 7 (IN-1: 1..5): the form says so next to the field and cannot be completed.
      browser.visible(By.cssSelector("button.claim")).click();
      WebElement novelty = browser.field("scoreNovelty");
      browser.waitUntil(d -> novelty.isEnabled() && novelty.getAttribute("readonly") == null);
      novelty.sendKeys("7", Keys.TAB);
      WebElement error = browser.fieldError("scoreNovelty");
      assertThat(error.getText()).contains("maximum value of 5");
      browser.scrollTo(novelty);
      browser.screenshot("02-office-score-7-refused");
      WebElement complete = browser.visible(By.cssSelector("button[ng-click='complete()']"));
      assertThat(complete.isEnabled()).as("Complete with a score of 7").isFalse();

      // A valid evaluation completes the task.
      novelty.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5", Keys.TAB);
      for (String score : SCORES.subList(1, SCORES.size())) {
        browser.field(score).sendKeys("4", Keys.TAB);
      }
      String summary = "Strong seed with a clear medical need; evaluated in the browser.";
      WebElement summaryField = browser.field("evaluationSummary");
      summaryField.sendKeys(summary, Keys.TAB);
      browser.waitUntil(d -> summary.equals(summaryField.getAttribute("value")) && complete.isEnabled());
      browser.scrollTo(complete);
      browser.screenshot("03-office-evaluation-filled");
      // The webapps' fixed footer covers the bottom of the task panel: press the button with the keyboard.
      complete.sendKeys(Keys.ENTER);
      String decideAdoption = as("head").awaitTask(themeId, "DecideAdoption");
      var novel = as("admin").getList("/history/variable-instance?variableName=scoreNovelty&processInstanceId="
          + as("admin").getObject("/task/" + decideAdoption).getBody().get("processInstanceId")).getBody();
      assertThat(novel).extracting(v -> ((Number) v.get("value")).intValue()).containsExactly(5);
      assertThat(as("office").tasks(themeId)).as("office's open tasks of the theme").isEmpty();

      // The head finds DecideAdoption in Tasklist, with the recommendation of the DMN.
      browser.logIn("tasklist", "head");
      browser.open("tasklist", "/");
      String taskName = (String) as("head").getObject("/task/" + decideAdoption).getBody().get("name");
      browser.visible(By.xpath("//*[contains(@class, 'task')]//*[contains(normalize-space(.), \"" + taskName + "\")]"));
      browser.open("tasklist", "/?task=" + decideAdoption);
      browser.visible(By.xpath("//label[contains(., 'Decision (判断)')]"));
      assertThat(browser.field("themeTitle").getAttribute("value")).isEqualTo(Themes.proposal().get("themeTitle"));
      browser.screenshot("04-head-decide-adoption");

      // A manager watches the theme in Cockpit: its lifecycle instance and diagram.
      String lifecycle = (String) as("admin").getList("/process-instance?processDefinitionKey=theme-lifecycle&businessKey=" + themeId)
          .getBody().get(0).get("id");
      browser.logIn("cockpit", "manager");
      browser.open("cockpit", "/process-instance/" + lifecycle + "/runtime");
      browser.visible(By.cssSelector("[data-element-id='CallActivity_Intake']"));
      browser.waitUntil(d -> d.getPageSource().contains(themeId));
      browser.screenshot("05-manager-cockpit-theme");
    }
  }

  @Test
  @DisplayName("A step that keeps failing shows in Cockpit as an incident, with a message a manager understands")
  void incident_isShownToAManagerInCockpit() {
    TestModels.deploy(repository);
    String key = newThemeId();
    var started = as("admin").post("/process-definition/key/infra-incident/start", java.util.Map.of("businessKey", key));
    assertThat(started.getStatusCode().value()).isEqualTo(200);
    String instance = (String) started.getBody().get("id");
    RestClient.await(() -> as("manager").getList("/incident?processInstanceId=" + instance).getBody().isEmpty() ? null : Boolean.TRUE,
        "the incident of " + key);

    try (Browser browser = new Browser("http://localhost:" + port)) {
      browser.logIn("cockpit", "manager");
      browser.open("cockpit", "/process-instance/" + instance + "/runtime?tab=incidents-tab");
      browser.visible(By.cssSelector("[data-element-id='Task_FileWithRegister']"));
      browser.visible(By.xpath("//*[contains(text(), 'The patent register')]"));
      assertThat(browser.driver().getPageSource()).contains("retry this step in Cockpit");
      browser.screenshot("06-manager-cockpit-incident");
    }
  }

  @Test
  @DisplayName("Tasklist refuses an unknown user on screen (and no demo user is locked out by it)")
  void unknownUser_isRefused() {
    try (Browser browser = new Browser("http://localhost:" + port)) {
      browser.open("tasklist", "/login");
      browser.visible(By.cssSelector("input[ng-model=username]")).sendKeys("intruder");
      browser.driver().findElement(By.cssSelector("input[ng-model=password]")).sendKeys("guess");
      browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
      browser.visible(By.cssSelector(".notifications .alert-danger, .alert-danger"));
      assertThat(browser.driver().getCurrentUrl()).contains("/login");
      browser.screenshot("00-unknown-user-refused");
    }
  }
}
