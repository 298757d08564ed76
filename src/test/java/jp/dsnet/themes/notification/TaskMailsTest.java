package jp.dsnet.themes.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import jp.dsnet.themes.notification.TaskMails.Mail;
import org.junit.jupiter.api.Test;

class TaskMailsTest {

  private final TaskMails mails = new TaskMails("https://themes.example.org/camunda/app/tasklist/default");

  private static TaskNotice task(Date due) {
    return new TaskNotice("t-42", "Review milestone (マイルストン評価, Go/No-Go)", "DSN-2027-001", "KRAS G12D inhibitor",
        null, List.of("strategy-office-head"), List.of(), due);
  }

  @Test
  void newTask_namesThemeAndTask_andLinksToTheTask() {
    Mail mail = mails.newTask(task(null));
    assertThat(mail.subject()).isEqualTo("[DSN-2027-001] 新しいタスク / New task: Review milestone (マイルストン評価, Go/No-Go)");
    assertThat(mail.body()).contains("KRAS G12D inhibitor")
        .contains("https://themes.example.org/camunda/app/tasklist/default/#/?task=t-42").doesNotContain("期限 / Due");
  }

  @Test
  void reminder_showsTheDueDateInJapanTime() {
    Mail mail = mails.reminder(task(Date.from(Instant.parse("2027-03-31T08:00:00Z"))));
    assertThat(mail.subject()).startsWith("[DSN-2027-001] 期限が近づいています / Due soon: Review milestone");
    assertThat(mail.body()).contains("期限 / Due: 2027-03-31 17:00 (JST)");
  }
}
