package jp.dsnet.themes.infra.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * theme-lifecycle passes each stage only the theme record it needs and takes back only the
 * stage's results (docs/architecture.md, "Stage interfaces"). This keeps the interface honest
 * when a process owner edits a form: a read-only field a case worker is shown must come from the
 * stage's own forms, from the call activity's in-mapping, or from the stage's own work (decisions,
 * delegates, messages: listed here, so a new one is a conscious choice).
 */
class StageInterfaceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final BpmnModelInstance LIFECYCLE =
      Bpmn.readModelFromFile(ModelValidationTest.PROCESSES.resolve("theme-lifecycle.bpmn").toFile());

  /** Variables a stage shows read-only that it computes itself (DMN, delegates, listeners, messages). */
  private static final Map<String, Set<String>> COMPUTED_IN_STAGE = Map.of(
      "theme-intake", Set.of("adoptionRecommendation"),
      "applied-research", Set.of("reviewedMilestoneName", "reviewedMilestoneDueDate", "supportReports", "supportType"),
      "licensee-solicitation", Set.of("applicantCount", "bidCount", "decisionContext", "selectedLicensee", "openedBids"),
      "licensing", Set.of("decisionContext", "fsDataReference"),
      "post-licensing", Set.of("licenseMilestone", "licenseMilestoneDueDate", "milestoneAchieved", "milestoneName", "progressReport",
          "productName", "launchDate", "openMilestones"),
      "theme-reacquisition", Set.of());

  static Stream<CallActivity> stageCalls() {
    return LIFECYCLE.getModelElementsByType(CallActivity.class).stream();
  }

  @Test
  @DisplayName("Every stage is called, by an activity that maps its variables one by one (no variables=\"all\")")
  void everyStageIsCalled_withExplicitMappings() {
    assertThat(stageCalls().map(CallActivity::getCalledElement)).containsExactlyInAnyOrderElementsOf(COMPUTED_IN_STAGE.keySet());
    stageCalls().forEach(call -> {
      assertThat(call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list())
          .as("%s in-mappings", call.getId())
          .noneMatch(in -> in.getCamundaVariables() != null)
          .anyMatch(in -> in.getCamundaBusinessKey() != null)
          .allMatch(in -> in.getCamundaSource() == null || in.getCamundaSource().equals(in.getCamundaTarget()));
      assertThat(call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list())
          .as("%s out-mappings", call.getId())
          .noneMatch(out -> out.getCamundaVariables() != null)
          .extracting(CamundaOut::getCamundaSource).contains("stageOutcome");
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stageCalls")
  @DisplayName("A read-only form field of a stage is produced in the stage or mapped in by its call activity")
  void readOnlyFields_haveASource(CallActivity call) throws IOException {
    String stage = call.getCalledElement();
    Set<String> mappedIn = mappedIn(call);
    Set<String> shown = new TreeSet<>();
    Set<String> entered = new TreeSet<>();
    BpmnModelInstance model = Bpmn.readModelFromFile(ModelValidationTest.PROCESSES.resolve(stage + ".bpmn").toFile());
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      collectFields(JSON.readTree(ModelValidationTest.FORMS.resolve(task.getCamundaFormRef() + ".form").toFile())
          .path("components"), shown, entered);
    }
    Set<String> unexplained = new TreeSet<>(shown);
    unexplained.removeAll(entered);
    unexplained.removeAll(mappedIn);
    unexplained.removeAll(COMPUTED_IN_STAGE.get(stage));
    assertThat(unexplained)
        .as("%s shows these read-only, but no form of the stage enters them and %s does not map them in", stage, call.getId())
        .isEmpty();
    assertThat(mappedIn).as("%s maps in variables that only the stage itself sets", call.getId())
        .filteredOn(COMPUTED_IN_STAGE.get(stage)::contains).isEmpty();
  }

  /** The variables a call activity passes in, by the name the stage sees (the same as the theme's: checked above). */
  private static Set<String> mappedIn(CallActivity call) {
    Set<String> names = new TreeSet<>();
    call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list().stream()
        .filter(in -> in.getCamundaSource() != null).forEach(in -> names.add(in.getCamundaTarget()));
    return names;
  }

  private static void collectFields(JsonNode components, Set<String> shown, Set<String> entered) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && !component.has("path")) {
        boolean readOnly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
        (readOnly ? shown : entered).add(component.get("key").asText());
      }
      collectFields(component.path("components"), shown, entered);
    }
  }

  @Test
  @DisplayName("What one stage returns and a later stage needs reaches it through theme-lifecycle")
  void resultsFlowToTheStagesThatUseThem() {
    Map<String, List<String>> needs = Map.of(
        // IN-6: the rights before the call; LS-5, AR-1: the institutes that did the work get a share.
        "CallActivity_Solicitation", List.of("patentApplications", "ipWaiverReason", "supportInstitutes"),
        "CallActivity_Licensing", List.of("selectedLicensee", "contributionShares"),
        "CallActivity_PostLicensing", List.of("selectedLicensee", "contributionShares", "milestones", "licenseAgreementReference"),
        "CallActivity_Reacquisition", List.of("selectedLicensee", "licenseAgreementReference", "abandonmentReason"));
    Set<String> returned = new TreeSet<>();
    stageCalls().forEach(call -> call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list()
        .forEach(out -> returned.add(out.getCamundaTarget())));
    needs.forEach((callId, variables) -> {
      CallActivity call = LIFECYCLE.getModelElementById(callId);
      assertThat(mappedIn(call)).as("%s in-mappings", callId).containsAll(variables);
      assertThat(returned).as("variables returned by some stage").containsAll(variables);
    });
  }
}
