package jp.dsnet.themes.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.dsnet.themes.support.RestIntegrationTest;
import jp.dsnet.themes.support.Themes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The webapps in the browser's language: a Japanese browser (ja-JP) sees Tasklist, Welcome,
 * Admin and the manager's Cockpit screens in Japanese, an English one (en-US) in English, and neither sees
 * Camunda 7 CE's "migrate to Camunda 8" banner. Screenshots go to target/screenshots/.
 */
@Tag("browser")
class LocalizedWebappsBrowserIT extends RestIntegrationTest {

  /** A browser language and labels of ours that a person of that language sees. */
  enum Language {
    JAPANESE("ja-JP", "ja", "ログイン", "プロセスを開始", "アプリケーション", "引き受ける", "実行中のプロセスインスタンス", "ユーザータスク", "その他",
        List.of("グループ", "テナント", "権限")),
    ENGLISH("en-US", "en", "Log in", "Start process", "Applications", "Claim", "Running Process Instances", "User Tasks", "More",
        List.of("Groups", "Tenants", "Authorizations"));

    final String tag;
    final String prefix;
    final String logIn;
    final String startProcess;
    final String applications;
    final String claim;
    final String runningInstances;
    final String userTasksTab;
    final String moreMenu;
    final List<String> adminMenu;

    Language(String tag, String prefix, String logIn, String startProcess, String applications, String claim, String runningInstances,
        String userTasksTab, String moreMenu, List<String> adminMenu) {
      this.tag = tag;
      this.prefix = prefix;
      this.logIn = logIn;
      this.startProcess = startProcess;
      this.applications = applications;
      this.claim = claim;
      this.runningInstances = runningInstances;
      this.userTasksTab = userTasksTab;
      this.moreMenu = moreMenu;
      this.adminMenu = adminMenu;
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Language.class)
  @DisplayName("office, head and manager see Tasklist and Cockpit in the browser's language, forms with their labels, no Camunda 8 banner")
  void officeHeadAndManager_seeTheWebappsInTheirLanguage(Language language) {
    String evaluated = newThemeId();
    as("portal").startTheme("theme-lifecycle", evaluated, Themes.proposal());
    String evaluate = as("office").awaitTask(evaluated, "EvaluateSeed");
    assertThat(as("office").complete(evaluate, Map.of("scoreNovelty", 5, "scoreMedicalNeed", 4, "scoreIndustryNeed", 4,
        "scoreIpPosition", 4, "scoreFeasibility", 4, "evaluationSummary", "Strong seed with a clear medical need."))
        .getStatusCode().is2xxSuccessful()).isTrue();
    String decideAdoption = as("head").awaitTask(evaluated, "DecideAdoption");
    String proposed = newThemeId();
    as("portal").startTheme("theme-lifecycle", proposed, Themes.proposal());
    String evaluateSeed = as("office").awaitTask(proposed, "EvaluateSeed");
    String lifecycle = (String) as("admin").getList("/process-instance?processDefinitionKey=theme-lifecycle&businessKey=" + evaluated)
        .getBody().get(0).get("id");
    String shot = language.prefix + "-";

    try (Browser browser = new Browser("http://localhost:" + port, language.tag)) {
      // The login page already speaks the browser's language.
      browser.open("tasklist", "/login");
      WebElement logIn = browser.visible(By.cssSelector("button[type=submit]"));
      browser.waitUntil(d -> language.logIn.equals(logIn.getText().trim()));
      assertNoBanner(browser);
      browser.screenshot(shot + "00-login");

      // The office: Tasklist's first screen, then a task form with its labels and Tasklist's buttons.
      browser.logIn("tasklist", "office");
      browser.visible(text(language.startProcess));
      assertNoBanner(browser);
      browser.screenshot(shot + "01-office-tasklist");
      browser.open("welcome", "/welcome");
      browser.visible(text(language.applications));
      assertNoBanner(browser);
      browser.screenshot(shot + "01-office-welcome");
      browser.open("tasklist", "/?task=" + evaluateSeed);
      browser.visible(By.xpath("//label[contains(., 'Novelty (新規性)')]"));
      assertThat(browser.visible(By.cssSelector("button.claim")).getText().trim()).isEqualTo(language.claim);
      assertThat(browser.field("themeTitle").getAttribute("value")).isEqualTo(Themes.proposal().get("themeTitle"));
      assertNoBanner(browser);
      browser.screenshot(shot + "02-office-evaluate-seed");

      // The head: the Go/No-Go decision.
      browser.logIn("tasklist", "head");
      browser.visible(text(language.startProcess));
      browser.open("tasklist", "/?task=" + decideAdoption);
      browser.visible(By.xpath("//label[contains(., 'Decision (判断)')]"));
      assertThat(browser.visible(By.cssSelector("button.claim")).getText().trim()).isEqualTo(language.claim);
      assertNoBanner(browser);
      browser.screenshot(shot + "03-head-decide-adoption");

      // The manager: Cockpit's dashboard, then the theme with its user task.
      browser.logIn("cockpit", "manager");
      browser.open("cockpit", "/dashboard");
      browser.visible(text(language.runningInstances));
      WebElement deployedProcesses = browser.visible(By.cssSelector(".stats-section.processes a.value"));
      browser.waitUntil(d -> !"0".equals(deployedProcesses.getText().trim()));
      assertNoBanner(browser);
      browser.screenshot(shot + "04-manager-cockpit-dashboard");
      browser.open("cockpit", "/process-instance/" + lifecycle + "/runtime");
      browser.visible(By.cssSelector("[data-element-id='CallActivity_Intake']"));
      browser.visible(text(language.userTasksTab));
      assertNoBanner(browser);
      browser.screenshot(shot + "05-manager-cockpit-theme");

      // Deployments is no manager screen: the menu stays translated, the page's own labels fall back to English key by key.
      browser.open("cockpit", "/repository");
      browser.visible(text(language.moreMenu));
      browser.screenshot(shot + "06-manager-cockpit-deployments-fallback");
      browser.visible(text("Select a resource in the list"));
      assertNoBanner(browser);

      // Admin, for the administrator: its menu in the browser's language too.
      browser.logIn("admin", "admin");
      browser.open("admin", "/users");
      browser.waitUntil(d -> language.adminMenu.stream().allMatch(d.findElement(By.tagName("body")).getText()::contains));
      assertNoBanner(browser);
      browser.screenshot(shot + "07-admin-users");
    }
  }

  private static By text(String text) {
    return By.xpath("//*[normalize-space(text()) = \"" + text + "\" or normalize-space(.) = \"" + text + "\"]");
  }

  /** Camunda 7.24 CE renders the banner in every header: it must be there and hidden, its text never shown. */
  private static void assertNoBanner(Browser browser) {
    assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
        .as("Camunda 7 CE's end-of-life banner").allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
    assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8");
  }
}
