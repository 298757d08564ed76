package jp.dsnet.themes.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The text of the mails about tasks, in Japanese and English: the theme ID and the task's name in
 * the subject, a link to the task in Tasklist in the body, dates in Japan time.
 */
public final class TaskMails {

  /** The network works in Japan: dates in mails are Japan time whatever the server's zone. */
  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '(JST)'");

  /** A mail's subject and plain-text body. */
  public record Mail(String subject, String body) {
  }

  private final String tasklistUrl;

  /** {@code tasklistUrl}: Tasklist's address, e.g. {@code https://themes.example.org/camunda/app/tasklist/default/}. */
  public TaskMails(String tasklistUrl) {
    this.tasklistUrl = tasklistUrl.endsWith("/") ? tasklistUrl : tasklistUrl + "/";
  }

  public Mail newTask(TaskNotice task) {
    return new Mail(subject("新しいタスク / New task", task),
        "新しいタスクがあります。 / You have a new task.\n\n" + details(task));
  }

  public Mail reminder(TaskNotice task) {
    return new Mail(subject("期限が近づいています / Due soon", task),
        "このタスクの期限が近づいています。 / This task is due soon.\n\n" + details(task));
  }

  public String link(String taskId) {
    return tasklistUrl + "#/?task=" + taskId;
  }

  private static String subject(String kind, TaskNotice task) {
    return "[" + (task.themeId() == null ? "-" : task.themeId()) + "] " + kind + ": " + task.taskName();
  }

  private String details(TaskNotice task) {
    StringBuilder text = new StringBuilder();
    text.append("テーマID / Theme ID: ").append(task.themeId() == null ? "-" : task.themeId()).append('\n');
    if (task.themeTitle() != null) {
      text.append("テーマ / Theme: ").append(task.themeTitle()).append('\n');
    }
    text.append("タスク / Task: ").append(task.taskName()).append('\n');
    if (task.dueDate() != null) {
      text.append("期限 / Due: ").append(DATE.format(task.dueDate().toInstant().atZone(JAPAN))).append('\n');
    }
    text.append("\nTasklist: ").append(link(task.taskId())).append('\n');
    return text.toString();
  }
}
