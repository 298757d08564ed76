package jp.dsnet.themes.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Mails about tasks: a new task to whoever may work it, a reminder before its due date. */
@Component
@EnableConfigurationProperties(MailSettings.class)
public class TaskNotifier {

  private final MailOutbox outbox;
  private final Recipients recipients;
  private final TaskMails mails;

  public TaskNotifier(MailOutbox outbox, Recipients recipients, MailSettings settings) {
    this.outbox = outbox;
    this.recipients = recipients;
    this.mails = new TaskMails(settings.tasklistUrl());
  }

  public boolean enabled() {
    return outbox.enabled();
  }

  public void newTask(TaskNotice task) {
    outbox.send(() -> recipients.of(task), mails.newTask(task), () -> { });
  }

  /** {@code onGivenUp} runs when the reminder could not be sent to someone, so that a later check tries again. */
  public void reminder(TaskNotice task, Runnable onGivenUp) {
    outbox.send(() -> recipients.of(task), mails.reminder(task), onGivenUp);
  }
}
