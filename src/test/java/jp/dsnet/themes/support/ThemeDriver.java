package jp.dsnet.themes.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;

/**
 * Drives one theme over REST the way its people would: whatever task of the theme is open, the
 * user the contract names completes it with the answers the test set for that task key, until a
 * condition holds (a task is open, a message is awaited, the theme ended). Bounded in time.
 */
public final class ThemeDriver {

  /** Who completes a task, and with what. */
  public record Answer(String user, Supplier<Map<String, Object>> variables) {
  }

  private final RestIntegrationTest test;
  private final String themeId;
  private final Map<String, Answer> answers = new HashMap<>();

  public ThemeDriver(RestIntegrationTest test, String themeId) {
    this.test = test;
    this.themeId = themeId;
  }

  public String themeId() {
    return themeId;
  }

  public ThemeDriver answer(String taskKey, String user, Supplier<Map<String, Object>> variables) {
    answers.put(taskKey, new Answer(user, variables));
    return this;
  }

  public ThemeDriver answer(String taskKey, String user, Map<String, Object> variables) {
    return answer(taskKey, user, () -> variables);
  }

  public void start(Map<String, Object> proposal) {
    var started = test.as("portal").startTheme("theme-lifecycle", themeId, proposal);
    assertThat(started.getStatusCode()).as("start of %s: %s", themeId, started.getBody()).isEqualTo(HttpStatus.OK);
  }

  /** Works the theme's tasks until the task with this key is open; returns its id. */
  public String workUntilTask(String taskKey) {
    return workUntil(() -> openTasks().stream().filter(t -> taskKey.equals(t.get("taskDefinitionKey")))
        .map(t -> (String) t.get("id")).findFirst().orElse(null), "task " + taskKey, taskKey);
  }

  /** Works the theme's tasks until one of its instances waits for this message. */
  public void workUntilMessageAwaited(String messageName) {
    workUntil(() -> awaitsMessage(messageName) ? Boolean.TRUE : null, "a wait for message " + messageName);
  }

  /** Works the theme's tasks until one with this key has been completed and none is open. */
  public void workUntilCompleted(String taskKey) {
    workUntil(() -> {
      boolean done = !test.as("admin").getList("/history/task?finished=true&taskDefinitionKey=" + taskKey
          + "&processInstanceBusinessKey=" + themeId).getBody().isEmpty();
      boolean open = openTasks().stream().anyMatch(t -> taskKey.equals(t.get("taskDefinitionKey")));
      return done && !open ? Boolean.TRUE : null;
    }, "task " + taskKey + " completed");
  }

  /** Works the theme's tasks until it has ended; returns its themeStatus. */
  public String workUntilEnded() {
    return workUntil(() -> {
      var lifecycle = test.as("admin").getList("/history/process-instance?processDefinitionKey=theme-lifecycle&processInstanceBusinessKey=" + themeId).getBody();
      if (lifecycle.isEmpty() || lifecycle.get(0).get("endTime") == null) {
        return null;
      }
      return themeStatus(lifecycle.get(0)).orElse("(none)");
    }, "the end of theme " + themeId);
  }

  private Optional<String> themeStatus(Map<String, Object> lifecycle) {
    var status = test.as("manager").getList("/history/variable-instance?variableName=themeStatus&processInstanceId=" + lifecycle.get("id")).getBody();
    return status.isEmpty() ? Optional.empty() : Optional.of((String) status.get(0).get("value"));
  }

  public boolean awaitsMessage(String messageName) {
    for (Map<String, Object> instance : test.as("admin").getList("/process-instance?businessKey=" + themeId).getBody()) {
      if (!test.as("admin").getList("/event-subscription?eventType=message&eventName=" + messageName
          + "&processInstanceId=" + instance.get("id")).getBody().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The theme's open tasks, as the administrator sees them. */
  public List<Map<String, Object>> openTasks() {
    return test.as("admin").tasks(themeId);
  }

  /** Sends a message for this theme as the portal and expects it to be accepted. */
  public void send(String messageName, Map<String, Object> variables) {
    var answer = test.as("portal").message(messageName, themeId, variables);
    assertThat(answer.getStatusCode().is2xxSuccessful()).as("%s accepted: %s", messageName, answer.getBody()).isTrue();
  }

  private <T> T workUntil(Supplier<T> condition, String what) {
    return workUntil(condition, what, null);
  }

  /** @param awaitedTask a task key never answered here, even if it has an answer: it is what the caller waits for */
  private <T> T workUntil(Supplier<T> condition, String what, String awaitedTask) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      T done = condition.get();
      if (done != null) {
        return done;
      }
      if (!completeOneAnsweredTask(awaitedTask)) {
        pause();
      }
    }
    throw new AssertionError("Timed out after 60 s waiting for " + what + "; open tasks: "
        + openTasks().stream().map(t -> t.get("taskDefinitionKey")).toList());
  }

  private boolean completeOneAnsweredTask(String awaitedTask) {
    for (Map<String, Object> task : openTasks()) {
      Answer answer = answers.get((String) task.get("taskDefinitionKey"));
      if (answer != null && !task.get("taskDefinitionKey").equals(awaitedTask)) {
        var completed = test.as(answer.user()).complete((String) task.get("id"), answer.variables().get());
        assertThat(completed.getStatusCode().is2xxSuccessful())
            .as("%s completes %s: %s", answer.user(), task.get("taskDefinitionKey"), completed.getBody()).isTrue();
        return true;
      }
    }
    return false;
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
