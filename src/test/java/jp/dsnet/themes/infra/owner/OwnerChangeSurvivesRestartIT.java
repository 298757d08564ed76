package jp.dsnet.themes.infra.owner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.infra.app.AppProcess;
import jp.dsnet.themes.migration.ModelVariants;
import jp.dsnet.themes.support.RestClient;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A process owner's change on the packaged application, over HTTP as Modeler and the owner's
 * tools do it: the owner deploys a changed BPMN alone, moves the running instance with the
 * migration tool (dry run first), the task shows its form; and a restart of the application on
 * the same H2 file does not undo the owner's version (processes.xml deploys changed files only).
 */
class OwnerChangeSurvivesRestartIT {

  private static final String KEY = "theme-reacquisition";

  @TempDir
  Path workDir;

  @Test
  @DisplayName("Owner deploys a BPMN alone and migrates; the form is shown; a restart keeps the owner's version")
  void ownersChange_isUsedMigratedAndSurvivesARestart() throws Exception {
    Map<String, String> env = Map.of("THEMES_DATA_DIR", workDir.resolve("data").toString());
    String ownersVersion;
    String processInstance;
    try (AppProcess app = AppProcess.start("owner-before", workDir, env, Map.of(), AppProcess.commonArgs("demo", Map.of()))) {
      var started = app.as("admin").post("/process-definition/key/" + KEY + "/start", Map.of("businessKey", "DSN-OWNER-1",
          "variables", RestClient.toRest(Map.of("themeTitle", "Selective KRAS G12D inhibitor", "selectedLicensee", "Kansai Pharma",
              "abandonmentReason", "Portfolio change."))));
      assertThat(started.getStatusCode().value()).as("start: %s", started.getBody()).isEqualTo(200);
      processInstance = (String) started.getBody().get("id");

      ownersVersion = deployAsModelerDoes(app, relabelled(app));
      assertThat(latest(app).get("id")).isEqualTo(ownersVersion);

      assertThat(app.as("office").get("/theme-migration/" + KEY).getStatusCode().value()).as("a case worker migrates nothing").isEqualTo(403);
      assertThat(app.as("owner").getObject("/theme-migration/no-such-process").getBody()).containsEntry("variable", "processKey");
      String dryRun = migrationTool(app, "GET");
      assertThat(dryRun).contains("Dry run (nothing changed)", "waiting at DecideReacquisition: 1", "The plan is valid");
      assertThat(migrationTool(app, "POST")).contains("migrated 1");

      var instance = app.as("admin").getObject("/process-instance/" + processInstance).getBody();
      assertThat(instance.get("definitionId")).isEqualTo(ownersVersion);
      String taskId = (String) app.as("admin").getList("/task?processInstanceId=" + processInstance).getBody().get(0).get("id");
      var form = app.as("admin").get("/task/" + taskId + "/deployed-form");
      assertThat(form.getStatusCode().value()).isEqualTo(200);
      assertThat(form.getBody()).contains("decide-reacquisition");
    }

    try (AppProcess app = AppProcess.start("owner-after", workDir, env, Map.of(), AppProcess.commonArgs("demo", Map.of()))) {
      assertThat(latest(app).get("id")).as("latest %s after a restart", KEY).isEqualTo(ownersVersion);
      assertThat(app.as("admin").getObject("/process-instance/" + processInstance).getBody().get("definitionId")).isEqualTo(ownersVersion);
    }
  }

  private static Map<String, Object> latest(AppProcess app) {
    return app.as("owner").getObject("/process-definition/key/" + KEY).getBody();
  }

  private static String relabelled(AppProcess app) {
    String xml = (String) app.as("owner").getObject("/process-definition/key/" + KEY + "/xml").getBody().get("bpmn20Xml");
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    return Bpmn.convertToString(ModelVariants.of(model).relabelAll(UserTask.class).model());
  }

  /** POST /deployment/create, multipart, the BPMN alone, as Camunda Modeler sends it. */
  private static String deployAsModelerDoes(AppProcess app, String bpmn) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", KEY);
    parts.add("deployment-source", "Camunda Modeler");
    parts.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return KEY + ".bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("owner", "demo");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<Map> answer = new TestRestTemplate().postForEntity(app.baseUrl() + "/engine-rest/deployment/create",
        new HttpEntity<>(parts, headers), Map.class);
    assertThat(answer.getStatusCode().value()).as("owner's deployment: %s", answer.getBody()).isEqualTo(200);
    Map<String, Object> definitions = (Map<String, Object>) answer.getBody().get("deployedProcessDefinitions");
    return definitions.keySet().iterator().next();
  }

  /** What tools/migrate/migrate.sh calls, as the owner, in text. */
  private static String migrationTool(AppProcess app, String method) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("owner", "demo");
    headers.setAccept(List.of(MediaType.TEXT_PLAIN));
    ResponseEntity<String> answer = new TestRestTemplate().exchange(app.baseUrl() + "/engine-rest/theme-migration/" + KEY,
        org.springframework.http.HttpMethod.valueOf(method), new HttpEntity<>(headers), String.class);
    assertThat(answer.getStatusCode().value()).as("%s migration: %s", method, answer.getBody()).isEqualTo(200);
    return answer.getBody();
  }
}
