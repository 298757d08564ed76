package jp.dsnet.themes.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.support.RestIntegrationTest;
import jp.dsnet.themes.support.Tasks;
import jp.dsnet.themes.support.Themes;
import jp.dsnet.themes.worklist.TaskFilters;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The office's Tasklist at first login: the filters with due dates, the theme's ID, title and
 * stage on each card, forms that show codes as bilingual words and dates in Japan time. The
 * browser runs in Japan's time zone, as the network's staff do. Screenshots go to target/screenshots/.
 */
@Tag("browser")
class TaskFiltersBrowserIT extends RestIntegrationTest {

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService taskService;
  @Autowired
  FilterService filters;

  @Test
  @DisplayName("As office: the three filters, a card with due date, theme ID, title and stage, a date in Japan time, "
      + "and a read-only select in words")
  void officeFindsFiltersDueDatesAndBilingualForms() {
    // A theme in applied research whose milestone is due in five days at 08:00 UTC, 17:00 in Japan:
    // the reminder CheckMilestoneProgress is at once the office's, due then.
    String researchId = newThemeId();
    LocalDate dueDay = LocalDate.now(ZoneOffset.UTC).plusDays(5);
    String due = dueDay.atTime(8, 0).atOffset(ZoneOffset.UTC).toString();
    var research = runtime.startProcessInstanceByKey("applied-research", researchId, Map.of(
        "themeTitle", "Anti-fibrotic siRNA for idiopathic pulmonary fibrosis", "leadResearcher", "researcher",
        "institution", "Kyoto University", "modality", "NUCLEIC_ACID", "researchStage", "LEAD_DISCOVERY",
        "exitStrategy", "License after non-clinical proof of concept."));
    String plan = taskService.createTaskQuery().processInstanceId(research.getId()).singleResult().getId();
    taskService.complete(plan, Map.of("supportTypes", "HTS", "milestoneName", "Lead compound", "milestoneDueDate", due));
    String check = as("office").awaitTask(researchId, "CheckMilestoneProgress");

    // A theme in intake: EvaluateSeed shows the proposal's codes as words.
    String intakeId = newThemeId();
    as("portal").startTheme("theme-lifecycle", intakeId, Themes.proposal());
    String evaluateSeed = as("office").awaitTask(intakeId, "EvaluateSeed");
    // Created after the reminder but due later: the filter's due-date order puts it after the reminder.
    Tasks.dueIn(taskService, evaluateSeed, Duration.ofDays(10));

    try (Browser browser = new Browser("http://localhost:" + port)) {
      ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Tokyo"));
      browser.logIn("tasklist", "office");
      for (String name : new String[] {TaskFilters.MY_TASKS, TaskFilters.MY_GROUPS_TASKS, TaskFilters.DUE_SOON}) {
        browser.visible(By.xpath("//*[contains(@class,'filter')]//*[normalize-space(text())=\"" + name + "\"]"));
      }

      String dueSoon = filters.createFilterQuery().filterName(TaskFilters.DUE_SOON).singleResult().getId();
      browser.open("tasklist", "/?filter=" + dueSoon);
      WebElement card = browser.visible(By.xpath("//li[contains(@class,'task')][contains(., '" + researchId + "')]"));
      // The stage's process is named on the card; the stage variable shows once the card's details are expanded.
      assertThat(card.getText()).contains("Check milestone progress (マイルストン進捗の確認)")
          .contains("Applied research support (応用研究の支援)").contains("Due in ")
          .contains("Theme ID (テーマID)").contains(researchId).contains("Anti-fibrotic siRNA");
      card.findElement(By.cssSelector(".shutter a")).click();
      browser.waitUntil(d -> card.getText().contains("APPLIED_RESEARCH"));
      List<String> cards = browser.driver().findElements(By.xpath("//li[contains(@class,'task')]")).stream().map(WebElement::getText).toList();
      assertThat(indexOf(cards, researchId)).as("the reminder, due first, before the seed created after it")
          .isLessThan(indexOf(cards, intakeId));
      browser.screenshot("tasks-01-office-due-soon-filter");

      browser.open("tasklist", "/?filter=" + dueSoon + "&task=" + check);
      WebElement date = browser.visible(By.cssSelector("[id$='-Field_milestoneDueDate-date']"));
      browser.waitUntil(d -> !date.getAttribute("value").isEmpty());
      assertThat(date.getAttribute("value")).contains(String.valueOf(dueDay.getDayOfMonth()));
      WebElement time = browser.visible(By.cssSelector("[id$='-Field_milestoneDueDate-time']"));
      assertThat(time.getAttribute("value")).isEqualTo("17:00");
      browser.screenshot("tasks-02-office-milestone-due-in-japan-time");

      browser.open("tasklist", "/?task=" + evaluateSeed);
      browser.visible(By.xpath("//*[contains(@class,'fjs-select-display')][contains(., 'Cancer (がん)')]"));
      browser.visible(By.xpath("//*[contains(@class,'fjs-select-display')][contains(., 'Small molecule (低分子)')]"));
      browser.screenshot("tasks-03-office-evaluate-seed-bilingual-selects");
    }
  }

  private static int indexOf(List<String> cards, String themeId) {
    for (int i = 0; i < cards.size(); i++) {
      if (cards.get(i).contains(themeId)) {
        return i;
      }
    }
    throw new AssertionError("No card of " + themeId + " in " + cards);
  }
}
