package jp.dsnet.themes.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.dsnet.themes.support.RestClient;
import jp.dsnet.themes.support.RestIntegrationTest;
import jp.dsnet.themes.support.Themes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** CONTRACT, Runtime: HTTP Basic on every call, and each user sees only what its role allows. */
class EngineRestSecurityIT extends RestIntegrationTest {

  @Test
  @DisplayName("No anonymous access to any /engine-rest resource, not even the list of engines")
  void anonymousCalls_areRefusedWith401() {
    for (String path : List.of("/engine", "/version", "/task", "/process-definition", "/history/process-instance")) {
      assertThat(anonymous().get(path).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }

  @Test
  @DisplayName("An unknown user is refused")
  void unknownUser_isRefused() {
    // Not a wrong password of a demo user: the engine would throttle that user's logins for a while.
    RestClient intruder = new RestClient(rest, "http://localhost:" + port + "/engine-rest", "intruder", "guess");
    assertThat(intruder.get("/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("The portal starts a theme but reads no task, no variable, no instance and no history")
  void portal_startsThemes_butReadsNothing() {
    String themeId = newThemeId();
    var started = as("portal").startTheme("theme-lifecycle", themeId, Themes.proposal());
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instanceId = (String) started.getBody().get("id");

    RestClient portal = as("portal");
    assertThat(portal.getList("/task?processInstanceBusinessKey=" + themeId).getBody()).isEmpty();
    assertThat(portal.getList("/process-instance?businessKey=" + themeId).getBody()).isEmpty();
    assertThat(portal.getList("/variable-instance?processInstanceIdIn=" + instanceId).getBody()).isEmpty();
    assertThat(portal.getList("/history/process-instance?processInstanceBusinessKey=" + themeId).getBody()).isEmpty();
    assertThat(portal.getList("/history/variable-instance?processInstanceId=" + instanceId).getBody()).isEmpty();
    assertThat(portal.get("/process-instance/" + instanceId + "/variables").getStatusCode().value()).isIn(403, 404);
    assertThat(portal.get("/process-instance/" + instanceId).getStatusCode().value()).isIn(403, 404);

    // ... while the strategy office and managers do see the theme
    assertThat(as("office").getList("/process-instance?processDefinitionKey=theme-lifecycle&businessKey=" + themeId).getBody()).hasSize(1);
    assertThat(as("manager").getList("/history/process-instance?processDefinitionKey=theme-lifecycle&processInstanceBusinessKey=" + themeId).getBody()).hasSize(1);
  }

  @Test
  @DisplayName("Only the portal (and admin) may start themes; a researcher may not")
  void otherUsers_cannotStartThemes() {
    var refused = as("researcher").startTheme("theme-lifecycle", newThemeId(), Themes.proposal());
    assertThat(refused.getStatusCode().value()).isIn(403, 404);
    var manager = as("manager").startTheme("theme-lifecycle", newThemeId(), Themes.proposal());
    assertThat(manager.getStatusCode().value()).isIn(403, 404);
  }

  @Test
  @DisplayName("The portal cannot deploy; the process owner can read deployments")
  void onlyOwnersDeploy() {
    assertThat(as("portal").getList("/deployment").getBody()).isEmpty();
    assertThat(as("owner").getList("/deployment").getBody()).isNotEmpty();
  }

  @Test
  @DisplayName("A manager works no task: completing one is refused")
  void manager_cannotCompleteTasks() {
    String themeId = newThemeId();
    as("portal").startTheme("theme-lifecycle", themeId, Themes.proposal());
    String taskId = as("office").awaitTask(themeId, "EvaluateSeed");
    var refused = as("manager").complete(taskId, Map.of("scoreNovelty", 3));
    assertThat(refused.getStatusCode().value()).isIn(403, 404);
    assertThat(as("manager").tasks(themeId)).isEmpty();
  }
}
