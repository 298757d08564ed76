package jp.dsnet.themes.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.identity.Groups;
import jp.dsnet.themes.support.ProcessTestSupport;
import jp.dsnet.themes.support.Themes;
import jp.dsnet.themes.validation.InvalidInputException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The gate on the Java API (ADR 0007): a call made on behalf of a user passes the same gate as
 * REST and the webapps; the application's own calls, made on behalf of nobody, are not gated.
 */
class SubmissionGateProcessTest extends ProcessTestSupport {

  @Autowired
  IdentityService identity;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  private String evaluateSeed(ProcessInstance intake) {
    return taskService.createTaskQuery().processInstanceId(intake.getId()).taskDefinitionKey("EvaluateSeed").singleResult().getId();
  }

  private static Map<String, Object> evaluation() {
    Map<String, Object> v = new HashMap<>(Map.of("scoreNovelty", 5, "scoreMedicalNeed", 4, "scoreIndustryNeed", 4,
        "scoreIpPosition", 4, "scoreFeasibility", 4));
    v.put("evaluationSummary", "Strong seed.");
    return v;
  }

  private static InvalidInputException invalid(Throwable refused) {
    return ((RefusedSubmissionException) refused).getInvalidInput();
  }

  @Test
  @DisplayName("The Java API on behalf of a user: a variable outside the form is refused naming it; the task stays open")
  void javaApi_onBehalfOfAUser_isGated() {
    ProcessInstance intake = start("theme-intake", newThemeId(), Themes.proposal());
    String task = evaluateSeed(intake);
    Map<String, Object> hostile = evaluation();
    hostile.put("themeStage", "LICENSING");

    identity.setAuthentication("office", List.of(Groups.STRATEGY_OFFICE));
    assertThatThrownBy(() -> taskService.complete(task, hostile)).isInstanceOf(RefusedSubmissionException.class)
        .satisfies(e -> assertThat(invalid(e).getVariable()).isEqualTo("themeStage"));
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    assertThat(runtime.getVariable(intake.getId(), "themeStage")).isNull();

    Map<String, Object> wellFormed = evaluation();
    wellFormed.put("themeTitle", Themes.proposal().get("themeTitle")); // a read-only field sent back unchanged
    assertThatCode(() -> taskService.complete(task, wellFormed)).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("A read-only field sent back changed is refused")
  void readOnlyField_changed_isRefused() {
    String task = evaluateSeed(start("theme-intake", newThemeId(), Themes.proposal()));
    Map<String, Object> changed = evaluation();
    changed.put("themeTitle", "Another title");
    identity.setAuthentication("office", List.of(Groups.STRATEGY_OFFICE));
    assertThatThrownBy(() -> taskService.complete(task, changed)).isInstanceOf(RefusedSubmissionException.class)
        .hasMessageContaining("themeTitle: is shown read-only in EvaluateSeed");
  }

  @Test
  @DisplayName("Setting a variable directly is for administrators only; the application's own code is not gated")
  void directWrites_areForAdministrators() {
    ProcessInstance intake = start("theme-intake", newThemeId(), Themes.proposal());
    identity.setAuthentication("office", List.of(Groups.STRATEGY_OFFICE));
    assertThatThrownBy(() -> runtime.setVariable(intake.getId(), "selectedLicensee", "Evil Pharma"))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("administrators only");
    identity.setAuthentication("admin", List.of(Groups.ADMINS));
    runtime.setVariable(intake.getId(), "adminNote", "checked");
    identity.clearAuthentication();
    runtime.setVariable(intake.getId(), "applicationNote", "set by the application itself");
    assertThat(runtime.getVariables(intake.getId())).containsEntry("adminNote", "checked").doesNotContainKey("selectedLicensee");
  }

  @Test
  @DisplayName("Types outside the contract are refused for administrators too, before the engine stores anything")
  void serializedObjects_areRefused_evenForAdministrators() {
    String task = evaluateSeed(start("theme-intake", newThemeId(), Themes.proposal()));
    Map<String, Object> withObject = evaluation();
    withObject.put("evaluationSummary", Variables.objectValue(new ArrayList<>(List.of("a"))).create());
    identity.setAuthentication("admin", List.of(Groups.ADMINS));
    assertThatThrownBy(() -> taskService.complete(task, withObject)).isInstanceOf(RefusedSubmissionException.class)
        .hasMessageContaining("evaluationSummary: has the type object");
  }

  @Test
  @DisplayName("A message over the Java API names its theme: without a business key it is refused")
  void message_withoutBusinessKey_isRefused() {
    identity.setAuthentication("portal", List.of(Groups.EXTERNAL_SYSTEMS));
    assertThatThrownBy(() -> runtime.createMessageCorrelation("LicenseeApplicationReceived")
        .setVariable("applicantCompany", "Kansai Pharma").correlateAll()).isInstanceOf(RefusedSubmissionException.class)
        .satisfies(e -> assertThat(invalid(e).getVariable()).isEqualTo("all"));
    assertThatThrownBy(() -> runtime.createMessageCorrelation("LicenseeApplicationReceived")
        .setVariable("applicantCompany", "Kansai Pharma").correlate()).isInstanceOf(RefusedSubmissionException.class)
        .satisfies(e -> assertThat(invalid(e).getVariable()).isEqualTo("businessKey"));
  }
}
