package jp.dsnet.themes.rush;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jp.dsnet.themes.support.RestClient;
import jp.dsnet.themes.support.RestIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CONTRACT "Deadline rush": a message that meets a job of the same instance is not answered 5xx
 * (ADR 0008). The test model's job and message each stop at a gate, so the job commits while the
 * message's transaction is half-way: its commit then fails with Camunda's optimistic locking,
 * which before ADR 0008 was the portal's HTTP 500. Now the command runs again and the portal gets
 * 204, the message handled once.
 */
class EngineRaceIT extends RestIntegrationTest {

  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;

  @Test
  @DisplayName("A message half-way while a job of the same instance commits: run again, answered 204, handled once")
  void messageLosingToAJob_isRunAgain_notAnswered500() throws Exception {
    try (InputStream model = getClass().getResourceAsStream("/rush/rush-race-probe.bpmn")) {
      repository.createDeployment().name("rush-race-probe").addInputStream("rush-race-probe.bpmn", model)
          .enableDuplicateFiltering(true).deploy();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    RaceGates.reset();
    String probeKey = newThemeId();
    String instance = runtime.startProcessInstanceByKey("rush-race-probe", probeKey).getId();
    assertThat(RaceGates.jobEntered.await(30, TimeUnit.SECONDS)).as("the job executor runs the job step").isTrue();

    RestClient admin = as("admin");
    CompletableFuture<Integer> message = CompletableFuture.supplyAsync(
        () -> admin.message("RushRaceMessage", probeKey, Map.of()).getStatusCode().value());
    assertThat(RaceGates.messageEntered.await(30, TimeUnit.SECONDS)).as("the message is half-way").isTrue();

    RaceGates.jobReleased.countDown();
    RestClient.await(() -> tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("ProbeWait").singleResult(),
        "the job's commit (task ProbeWait)");
    RaceGates.messageReleased.countDown();

    assertThat(message.get(60, TimeUnit.SECONDS)).as("the message's answer").isEqualTo(204);
    assertThat(RaceGates.MESSAGE_RUNS).as("runs of the message's step: lost the race once, then ran again").hasValue(2);
    assertThat(runtime.getVariable(instance, "messageHandled")).isEqualTo(true);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("Task_MessageStep").count())
        .as("the message's step in the history: once").isEqualTo(1);
    assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).as("the job's work, done once").isEqualTo(1);
  }
}
