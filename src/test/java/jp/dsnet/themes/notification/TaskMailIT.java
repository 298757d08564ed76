package jp.dsnet.themes.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.support.RestClient;
import jp.dsnet.themes.support.RestIntegrationTest;
import jp.dsnet.themes.support.Tasks;
import jp.dsnet.themes.support.TestMailServer;
import jp.dsnet.themes.support.Themes;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * Task mails through a real SMTP server in the test JVM (GreenMail, {@link TestMailServer}): new tasks
 * reach the members of their candidate groups, a server that is down fails nothing and the mail
 * follows once it is back, and a reminder goes out once before a due date.
 */
class TaskMailIT extends RestIntegrationTest {

  @Autowired
  TaskService taskService;
  @Autowired
  DueTaskReminder reminders;

  @Test
  @DisplayName("A new task of a group is mailed to each member with the theme ID, the task's name and a link to it")
  void newTask_isMailedToTheGroupsMembers() throws Exception {
    String themeId = newThemeId();
    assertThat(as("portal").startTheme("theme-lifecycle", themeId, Themes.proposal()).getStatusCode()).isEqualTo(HttpStatus.OK);
    String evaluateSeed = as("office").awaitTask(themeId, "EvaluateSeed");

    MimeMessage mail = awaitMail("office@example.org", themeId);
    assertThat(mail.getSubject()).contains(themeId).contains("Evaluate seed (シーズの評価)");
    String body = (String) mail.getContent();
    assertThat(body).contains("https://themes.example.org/camunda/app/tasklist/default/#/?task=" + evaluateSeed)
        .contains("Selective KRAS G12D inhibitor");
    // Only the group's members: the head is not in strategy-office.
    assertThat(mailsTo("head@example.org", themeId)).isEmpty();
  }

  @Test
  @DisplayName("With the mail server down the task completes; the next task's mail follows once the server is back")
  void mailServerDown_taskStillCompletes() throws Exception {
    String themeId = newThemeId();
    String evaluateSeed = evaluateSeedAnnounced(themeId);

    TestMailServer.get().stop();
    try {
      var completed = as("office").complete(evaluateSeed, Map.of("scoreNovelty", 4L, "scoreMedicalNeed", 5L,
          "scoreIndustryNeed", 4L, "scoreIpPosition", 4L, "scoreFeasibility", 4L, "evaluationSummary", "Promising seed."));
      assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(as("head").awaitTask(themeId, "DecideAdoption")).isNotNull();
    } finally {
      TestMailServer.get().start(); // within the retries (1 s, 2 s, 4 s, 8 s)
    }
    MimeMessage mail = awaitMail("head@example.org", themeId);
    assertThat(mail.getSubject()).contains("Decide adoption");
  }

  @Test
  @DisplayName("A task due within the reminder time is reminded once, also when the check runs again")
  void dueSoon_isRemindedOnce() throws Exception {
    String themeId = newThemeId();
    String evaluateSeed = evaluateSeedAnnounced(themeId);
    Tasks.dueIn(taskService, evaluateSeed, Duration.ofDays(2));

    assertThat(reminders.remindDueTasks()).contains(evaluateSeed);
    assertThat(reminders.remindDueTasks()).doesNotContain(evaluateSeed);
    MimeMessage reminder = RestClient.await(() -> mailsTo("office@example.org", themeId).stream()
        .filter(m -> subject(m).contains("Due soon")).findFirst().orElse(null), "reminder of " + themeId);
    assertThat(reminder.getSubject()).contains("期限が近づいています").contains("Evaluate seed");
    assertThat((String) reminder.getContent()).contains("(JST)");
    assertThat(mailsTo("office@example.org", themeId)).filteredOn(m -> subject(m).contains("Due soon")).hasSize(1);
  }

  /** Starts a theme and waits for its EvaluateSeed and the office's mail about it; returns the task's id. */
  private String evaluateSeedAnnounced(String themeId) {
    as("portal").startTheme("theme-lifecycle", themeId, Themes.proposal());
    String evaluateSeed = as("office").awaitTask(themeId, "EvaluateSeed");
    awaitMail("office@example.org", themeId);
    return evaluateSeed;
  }

  private static MimeMessage awaitMail(String to, String themeId) {
    return RestClient.await(() -> mailsTo(to, themeId).stream().findFirst().orElse(null), "mail to " + to + " about " + themeId);
  }

  private static List<MimeMessage> mailsTo(String to, String themeId) {
    return Arrays.stream(TestMailServer.get().getReceivedMessages())
        .filter(m -> subject(m).contains(themeId) && recipients(m).contains(to)).toList();
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipients(MimeMessage mail) {
    try {
      return Arrays.toString(mail.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

}
