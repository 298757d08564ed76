package jp.dsnet.themes.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Test helpers on open tasks through the engine's Java API. */
public final class Tasks {

  private Tasks() {
  }

  /** Gives the task a due date this long from now, as a case worker can in Tasklist. */
  public static void dueIn(TaskService taskService, String taskId, Duration fromNow) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    task.setDueDate(Date.from(Instant.now().plus(fromNow)));
    taskService.saveTask(task);
  }
}
