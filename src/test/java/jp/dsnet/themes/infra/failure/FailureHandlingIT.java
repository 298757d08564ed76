package jp.dsnet.themes.infra.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.dsnet.themes.support.RestClient;
import jp.dsnet.themes.support.RestIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a failure in the middle of work leaves behind, over REST on the running application (on
 * H2, and on PostgreSQL in the rest-on-postgres run): a request that fails half-way changes
 * nothing; a step that keeps failing in the background becomes an incident whose message a
 * manager can act on. Test-only models from src/test/resources/infra/.
 */
class FailureHandlingIT extends RestIntegrationTest {

  @Autowired
  RepositoryService repository;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void deploy() {
    TestModels.deploy(repository);
  }

  private String start(String processKey, String businessKey) {
    var started = as("admin").post("/process-definition/key/" + processKey + "/start", Map.of("businessKey", businessKey));
    assertThat(started.getStatusCode().value()).as("start of %s: %s", processKey, started.getBody()).isEqualTo(200);
    return (String) started.getBody().get("id");
  }

  @Test
  @DisplayName("A task completion that fails half-way (a delegate throws after a reward was written) changes nothing")
  void completionFailingHalfWay_leavesNoPartialChange() {
    String key = newThemeId();
    String instance = start("infra-half-way", key);
    String task = as("office").awaitTask(key, "ProbeApprove");

    // The administrator completes it: this test-only task has no form, so for anyone else the
    // submission gate would refuse approvalNote before the engine runs (docs/security.md).
    var answer = as("admin").complete(task, Map.of("approvalNote", "Approved for filing."));

    assertThat(answer.getStatusCode().is5xxServerError()).as("answer: %s", answer.getBody()).isTrue();
    assertThat((String) answer.getBody().get("message")).contains("patent register");
    assertThat(as("office").tasks(key)).extracting(t -> t.get("id")).as("the task is still open").containsExactly(task);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dsn_reward WHERE theme_id = ?", Integer.class, key))
        .as("rewards written by the first half").isZero();
    assertThat(as("admin").getList("/history/variable-instance?processInstanceId=" + instance + "&variableName=approvalNote").getBody())
        .as("variables of the failed completion").isEmpty();
    assertThat(as("admin").getList("/history/activity-instance?processInstanceId=" + instance + "&activityId=Task_RecordReward").getBody())
        .as("history of the rolled-back step").isEmpty();
  }

  @Test
  @DisplayName("A step that keeps failing becomes, after its retries, an incident a manager reads and understands")
  void failingStepAfterRetries_becomesAnIncidentWithAManagersMessage() {
    String key = newThemeId();
    String instance = start("infra-incident", key);
    RestClient manager = as("manager");

    List<Map<String, Object>> incidents = RestClient.await(() -> {
      var open = manager.getList("/incident?processInstanceId=" + instance).getBody();
      return open.isEmpty() ? null : open;
    }, "an incident of " + key);

    assertThat(incidents).hasSize(1);
    Map<String, Object> incident = incidents.get(0);
    assertThat(incident).containsEntry("incidentType", "failedJob").containsEntry("activityId", "Task_FileWithRegister");
    assertThat(incident.get("incidentMessage")).isEqualTo(UnreachableRegister.MESSAGE);
    var job = as("admin").getList("/job?processInstanceId=" + instance).getBody().get(0);
    assertThat(job).containsEntry("retries", 0);
    assertThat(as("admin").getList("/history/job-log?processInstanceId=" + instance + "&failureLog=true").getBody())
        .as("failed attempts (R2/PT1S: two, a second apart) before the incident").hasSize(2);
    assertThat(as("admin").getList("/process-instance?processInstanceIds=" + instance).getBody()).as("the instance waits").hasSize(1);
  }
}
