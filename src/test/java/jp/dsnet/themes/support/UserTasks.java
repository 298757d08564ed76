package jp.dsnet.themes.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.dsnet.themes.validation.FormRules;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Every user task of the models in {@code processes/}, with its process, who works it (a demo user
 * of its candidate group, or the lead researcher) and its form's fields: read from the files, so a
 * task added by a process owner is in every test that iterates them.
 */
public final class UserTasks {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  /** One user task. */
  public record Task(String processKey, String taskKey, String worker, FormRules form) {
    public Set<String> fields() {
      return form.keys();
    }

    @Override
    public String toString() {
      return processKey + "/" + taskKey;
    }
  }

  private UserTasks() {
  }

  private static List<Task> all;

  /** The user tasks of all models, sorted by process and key; read once per test run. */
  public static synchronized List<Task> all() {
    if (all == null) {
      all = List.copyOf(read());
    }
    return all;
  }

  private static List<Task> read() {
    List<Task> tasks = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          tasks.add(new Task(processOf(task).getId(), task.getId(), worker(task), form(task.getAttributeValueNs(CAMUNDA, "formRef"))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    tasks.sort(Comparator.comparing(Task::toString));
    return tasks;
  }

  private static Process processOf(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    while (!(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }

  /** The demo user who works the task (CONTRACT: demo users). */
  private static String worker(UserTask task) {
    String groups = task.getCamundaCandidateGroups();
    if (groups == null) {
      return "researcher"; // assignee ${leadResearcher}: the demo themes' lead researcher
    }
    return switch (groups.split(",")[0].trim()) {
      case "strategy-office" -> "office";
      case "strategy-office-head" -> "head";
      case "ip-office" -> "ip";
      case "partner-institutes" -> "partner";
      case "researchers" -> "researcher";
      default -> throw new IllegalStateException("No demo user for the group of " + task.getId() + ": " + groups);
    };
  }

  public static FormRules form(String formId) {
    if (formId == null) {
      return FormRules.none();
    }
    try (InputStream in = Files.newInputStream(Path.of("forms", formId + ".form"))) {
      return FormRules.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
