package jp.dsnet.themes.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds whoever may work a task {@code themes.mail.remind-before} (default 3 days) before its
 * due date: a check every {@code themes.mail.reminder-check} (default 15 minutes) finds the open
 * tasks due within that time and not yet overdue. Each reminder is claimed by inserting a row
 * into {@code dsn_task_reminder} first, so in a cluster only the node whose insert succeeds sends
 * it; a reminder that could not be sent is released and tried again at the next check.
 */
@Component
@EnableScheduling
public class DueTaskReminder {

  private static final Logger LOG = LoggerFactory.getLogger(DueTaskReminder.class);
  /** Rows of reminders for due dates this long past are no longer needed to prevent a repeat. */
  private static final long KEEP_DAYS = 30;

  private final TaskNotifier notifier;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final JdbcTemplate jdbc;
  private final MailSettings settings;

  public DueTaskReminder(TaskNotifier notifier, TaskService tasks, RuntimeService runtime, JdbcTemplate jdbc,
                         MailSettings settings) {
    this.notifier = notifier;
    this.tasks = tasks;
    this.runtime = runtime;
    this.jdbc = jdbc;
    this.settings = settings;
  }

  /** Sends the reminders now due; returns the ids of the tasks this node claimed a reminder for. */
  @Scheduled(initialDelayString = "${themes.mail.reminder-check:PT15M}", fixedDelayString = "${themes.mail.reminder-check:PT15M}")
  public List<String> remindDueTasks() {
    if (!notifier.enabled()) {
      return List.of();
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<Task> due = tasks.createTaskQuery().active().dueAfter(Date.from(now))
        .dueBefore(Date.from(now.plus(settings.remindBefore()))).list();
    List<String> claimed = new ArrayList<>();
    for (Task task : due) {
      if (claim(task, now)) {
        claimed.add(task.getId());
        notifier.reminder(notice(task), () -> release(task));
      }
    }
    jdbc.update("DELETE FROM dsn_task_reminder WHERE due_date < ?",
        Timestamp.from(now.minus(java.time.Duration.ofDays(KEEP_DAYS))));
    return claimed;
  }

  private boolean claim(Task task, Instant now) {
    try {
      jdbc.update("INSERT INTO dsn_task_reminder (task_id, due_date, sent_at) VALUES (?, ?, ?)", task.getId(),
          new Timestamp(task.getDueDate().getTime()), Timestamp.from(now));
      return true;
    } catch (DuplicateKeyException alreadyReminded) {
      return false;
    }
  }

  private void release(Task task) {
    jdbc.update("DELETE FROM dsn_task_reminder WHERE task_id = ? AND due_date = ?", task.getId(),
        new Timestamp(task.getDueDate().getTime()));
    LOG.warn("Reminder of task {} released; the next check tries again", task.getId());
  }

  private TaskNotice notice(Task task) {
    List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
    ProcessInstance instance = task.getProcessInstanceId() == null ? null
        : runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
    Object title = task.getExecutionId() == null ? null : runtime.getVariable(task.getExecutionId(), "themeTitle");
    return new TaskNotice(task.getId(), task.getName(), instance == null ? null : instance.getBusinessKey(),
        title == null ? null : title.toString(), task.getAssignee(),
        links.stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList(),
        links.stream().map(IdentityLink::getUserId).filter(Objects::nonNull).toList(), task.getDueDate());
  }
}
