package jp.dsnet.themes.infra.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.dsnet.themes.support.ProcessTestSupport;
import jp.dsnet.themes.validation.FormCatalog;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The safety net for process owners' edits (docs/process-owners.md): the repository's models keep
 * every rule the Java relies on, and a model broken the way an innocent Modeler edit breaks it is
 * caught with the file and the element named. The broken models are derived from the real ones
 * with the model API, so the test follows the models as they change.
 */
class ModelSafetyNetTest extends ProcessTestSupport {

  @Autowired
  ApplicationContext context;
  @Autowired
  FormCatalog forms;
  @Autowired
  List<InputCheck> checks;

  private ModelRules rules;
  private final Map<String, BpmnModelInstance> models = new LinkedHashMap<>();

  @BeforeEach
  void readModels() throws IOException {
    rules = new ModelRules(springBeans(context), forms::find).withForms(
        ModelValidationTest.formFiles().map(p -> p.getFileName().toString().replace(".form", "")).toList());
    for (Path file : ModelValidationTest.bpmnFiles().toList()) {
      models.put(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile()));
    }
  }

  static ModelRules.Beans springBeans(ApplicationContext context) {
    return new ModelRules.Beans() {
      @Override
      public boolean exists(String bean) {
        return context.containsBean(bean);
      }

      @Override
      public boolean hasMethod(String bean, String method) {
        return Arrays.stream(context.getType(bean).getMethods())
            .anyMatch(m -> m.getName().equals(method) && Modifier.isPublic(m.getModifiers()));
      }
    };
  }

  private BpmnModelInstance copy(String file) {
    return Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(Bpmn.convertToString(models.get(file)).getBytes()));
  }

  // --- the repository's models ------------------------------------------------------------

  @Test
  @DisplayName("Every model: bean expressions name beans, stage end events set an allowed stageOutcome, formRefs name known forms, deciding gateways cover their outcomes")
  void repositoryModels_keepEveryRule() {
    List<String> problems = new ArrayList<>();
    models.forEach((file, model) -> problems.addAll(rules.problems(file, model)));
    assertThat(problems).isEmpty();
  }

  @Test
  @DisplayName("theme-lifecycle routes every stageOutcome of every stage it calls (StageOutcome is the one list)")
  void lifecycle_routesEveryOutcomeOfEveryStage() {
    assertThat(rules.routingProblems("theme-lifecycle.bpmn", models.get("theme-lifecycle.bpmn"))).isEmpty();
  }

  @Test
  @DisplayName("Every InputCheck.appliesTo() key names an existing user task, message or process")
  void inputChecks_nameExistingKeys() {
    assertThat(checks).isNotEmpty();
    assertThat(ModelRules.appliesToProblems(checks, models.values())).isEmpty();
  }

  // --- edits that look harmless in Modeler, caught with the element named -------------------

  @Test
  @DisplayName("An end event added to a stage without the stageOutcome listener is named")
  void endEventWithoutOutcome_isNamed() {
    BpmnModelInstance intake = copy("theme-intake.bpmn");
    Process process = intake.getModelElementsByType(Process.class).iterator().next();
    EndEvent added = intake.newInstance(EndEvent.class);
    added.setId("EndEvent_AddedByOwner");
    process.addChildElement(added);

    assertThat(rules.problems("theme-intake.bpmn", intake))
        .anySatisfy(p -> assertThat(p).startsWith("theme-intake.bpmn#EndEvent_AddedByOwner: ends theme-intake without setting stageOutcome"));
  }

  @Test
  @DisplayName("An outcome a stage may not report is named with its end event")
  void foreignOutcome_isNamed() {
    BpmnModelInstance intake = copy("theme-intake.bpmn");
    EndEvent adopted = intake.getModelElementById("EndEvent_ThemeAdopted");
    adopted.getExtensionElements().getElementsQuery()
        .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener.class).singleResult()
        .setCamundaExpression("${themeVariables.stageOutcome(execution, 'LICENSED')}");

    assertThat(rules.problems("theme-intake.bpmn", intake))
        .contains("theme-intake.bpmn#EndEvent_ThemeAdopted: stageOutcome 'LICENSED' is not one theme-intake may report"
            + " (allowed: [ADOPTED, NOT_ADOPTED, OUT_OF_SCOPE]; StageOutcome)");
  }

  @Test
  @DisplayName("A lifecycle route removed for an outcome is named at its gateway")
  void unroutedOutcome_isNamed() {
    BpmnModelInstance lifecycle = copy("theme-lifecycle.bpmn");
    SequenceFlow toLicensing = lifecycle.getModelElementById("Flow_ToLicensing");
    toLicensing.getConditionExpression().setTextContent("${stageOutcome == 'LICENSEE_CHOSEN'}");

    assertThat(rules.routingProblems("theme-lifecycle.bpmn", lifecycle))
        .containsExactly("theme-lifecycle.bpmn#Gateway_NextStage: does not route stageOutcome 'LICENSEE_SELECTED' of"
            + " licensee-solicitation (CallActivity_Solicitation)");
  }

  @Test
  @DisplayName("A typed bean name in a service task is named with its element")
  void typedBeanName_isNamed() {
    BpmnModelInstance intake = copy("theme-intake.bpmn");
    ServiceTask reward = intake.getModelElementById("Task_RecordAdoptionReward");
    reward.setCamundaDelegateExpression("${recordAdoptionRewardDelegat}");

    assertThat(rules.problems("theme-intake.bpmn", intake)).contains("theme-intake.bpmn#Task_RecordAdoptionReward:"
        + " expression ${recordAdoptionRewardDelegat} names no Spring bean 'recordAdoptionRewardDelegat' (use an element template)");
  }

  @Test
  @DisplayName("A formRef to a form that does not exist is named")
  void unknownForm_isNamed() {
    BpmnModelInstance intake = copy("theme-intake.bpmn");
    UserTask evaluate = intake.getModelElementById("EvaluateSeed");
    evaluate.setCamundaFormRef("evaluate-seed-v2");

    assertThat(rules.problems("theme-intake.bpmn", intake))
        .anySatisfy(p -> assertThat(p).startsWith("theme-intake.bpmn#EvaluateSeed: formRef 'evaluate-seed-v2' names no form"));
  }

  @Test
  @DisplayName("A gateway that lost the flow for one answer, and has no default, is named")
  void gatewayMissingAnAnswer_isNamed() {
    BpmnModelInstance intake = copy("theme-intake.bpmn");
    SequenceFlow noGo = intake.getModelElementsByType(SequenceFlow.class).stream()
        .filter(f -> f.getConditionExpression() != null && f.getConditionExpression().getTextContent().contains("'NO_GO'"))
        .findFirst().orElseThrow();
    ExclusiveGateway gateway = (ExclusiveGateway) noGo.getSource();
    noGo.getConditionExpression().setTextContent("${adoptionDecision == 'GO'}");

    assertThat(rules.problems("theme-intake.bpmn", intake))
        .contains("theme-intake.bpmn#" + gateway.getId() + ": has no default flow and no flow for adoptionDecision = [NO_GO]");
  }

  @Test
  @DisplayName("An InputCheck whose task was renamed in Modeler is named, instead of its checks silently not running")
  void inputCheckOfRenamedTask_isNamed() {
    InputCheck renamed = new InputCheck() {
      @Override
      public Set<String> appliesTo() {
        return Set.of("EvaluateTheSeed");
      }

      @Override
      public void check(Inputs submitted) {
      }
    };
    assertThat(ModelRules.appliesToProblems(List.of(renamed), models.values()))
        .singleElement().asString().contains("'EvaluateTheSeed' names no user task, message or process");
  }
}
