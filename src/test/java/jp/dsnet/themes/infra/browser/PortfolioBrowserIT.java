package jp.dsnet.themes.infra.browser;

import static jp.dsnet.themes.support.ThemeDriver.vars;
import static org.assertj.core.api.Assertions.assertThat;

import jp.dsnet.themes.support.RestIntegrationTest;
import jp.dsnet.themes.support.ThemeDriver;
import jp.dsnet.themes.support.Themes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The portfolio for managers in Cockpit (the plugin theme-portfolio), in a real browser: a manager
 * sees the network's figures with charts on the dashboard, finds a theme in the list and opens its
 * dossier with the decisions taken on it. Screenshots go to target/screenshots/.
 */
@Tag("browser")
class PortfolioBrowserIT extends RestIntegrationTest {

  @Test
  @DisplayName("A manager sees the figures on Cockpit's dashboard, filters the themes and opens a dossier")
  void managerSeesPortfolio_andOpensDossier() {
    ThemeDriver licensed = ThemeDriver.happyPath(this, newThemeId());
    licensed.start(Themes.proposal());
    licensed.workUntilLicensed();
    assertThat(licensed.workUntilThemeCompleted()).isEqualTo("COMPLETED");
    ThemeDriver notAdopted = ThemeDriver.happyPath(this, newThemeId())
        .answer("DecideAdoption", "head", vars("adoptionDecision", "NO_GO", "adoptionRationale", "No industry need."));
    notAdopted.start(Themes.proposal("themeTitle", "Natural compound library against hepatitis B"));
    assertThat(notAdopted.workUntilEnded()).isEqualTo("NOT_ADOPTED");
    ThemeDriver running = ThemeDriver.happyPath(this, newThemeId());
    running.start(Themes.proposal("themeTitle", "Antisense oligonucleotide for a rare neuromuscular disease"));
    running.workUntilTask("PlanSupportResearch");

    try (Browser browser = new Browser("http://localhost:" + port)) {
      browser.logIn("cockpit", "manager");
      browser.open("cockpit", "/dashboard");
      WebElement licences = browser.visible(By.cssSelector("[data-figure='licences'] .tp-tile-value"));
      assertThat(Integer.parseInt(licences.getText())).isGreaterThanOrEqualTo(1);
      assertThat(browser.visible(By.cssSelector("[data-figure='income'] .tp-tile-value")).getText()).startsWith("¥");
      assertThat(browser.driver().findElements(By.cssSelector("[data-portfolio='dashboard'] canvas"))).hasSize(4);
      browser.scrollTo(browser.visible(By.cssSelector("[data-portfolio='dashboard']")));
      browser.screenshot("10-manager-cockpit-portfolio-dashboard");

      // The theme list, filtered to ended themes.
      browser.visible(By.cssSelector("[data-portfolio='all-themes']")).click();
      browser.visible(By.cssSelector("[data-theme='" + running.themeId() + "']"));
      new Select(browser.visible(By.cssSelector("[data-portfolio='themes'] select[name='running']"))).selectByValue("false");
      browser.waitUntil(d -> d.findElements(By.cssSelector("[data-theme='" + running.themeId() + "']")).isEmpty());
      browser.visible(By.cssSelector("[data-theme='" + notAdopted.themeId() + "']"));
      browser.screenshot("11-manager-cockpit-theme-list");

      // The dossier of the licensed theme: stages over time, every decision with who took it.
      browser.visible(By.cssSelector("[data-theme='" + licensed.themeId() + "'] a")).click();
      // The dossier scrolls inside Cockpit's frame: wait for the decisions to be there, then scroll to them.
      By decisions = By.cssSelector("[data-portfolio='decisions'] [data-task]");
      browser.waitUntil(d -> !d.findElements(decisions).isEmpty());
      WebElement dossier = browser.driver().findElement(By.cssSelector("[data-portfolio='dossier']"));
      assertThat(dossier.getAttribute("textContent")).contains(licensed.themeId()).contains("Kansai Pharma").contains("LICENSED");
      WebElement evaluation = browser.driver().findElement(By.cssSelector("[data-portfolio='decisions'] [data-task='EvaluateSeed']"));
      assertThat(evaluation.getAttribute("textContent")).contains("office").contains("scoreNovelty");
      assertThat(browser.driver().findElement(By.cssSelector("[data-portfolio='decisions'] [data-task='DecideAdoption']"))
          .getAttribute("textContent")).contains("head").contains("GO");
      browser.screenshot("12-manager-cockpit-dossier");
      browser.scrollTo(evaluation);
      browser.screenshot("13-manager-cockpit-dossier-decisions");
    }
  }
}
