package jp.dsnet.themes.intake;

import static jp.dsnet.themes.intake.ThemeIntake.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import jp.dsnet.themes.rewards.RewardGrade;
import jp.dsnet.themes.rights.PatentApplications;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The intake's models as files, without an engine: what the CONTRACT and the conventions promise
 * about them (task keys, groups, forms, rule IDs on every element and rule, diagram layout), so a
 * Modeler edit that breaks a promise fails here before it is deployed.
 */
class ThemeIntakeModelTest {

  private static final Pattern RULE_ID = Pattern.compile("\\b(SC|IN|IR)-\\d");
  private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** CONTRACT: user tasks of theme-intake, who works them, and the variables that complete them. */
  private record ContractTask(String form, String group, String assignee, Set<String> variables) {
  }

  private static final Map<String, ContractTask> CONTRACT_TASKS = Map.of(
      TASK_REVIEW_SCOPE, new ContractTask("review-scope", "strategy-office", null, Set.of(IN_SCOPE, SCOPE_COMMENT)),
      TASK_EVALUATE_SEED, new ContractTask("evaluate-seed", "strategy-office", null, Set.of(SCORE_NOVELTY, SCORE_MEDICAL_NEED,
          SCORE_INDUSTRY_NEED, SCORE_IP_POSITION, SCORE_FEASIBILITY, EVALUATION_SUMMARY)),
      TASK_DECIDE_ADOPTION, new ContractTask("decide-adoption", "strategy-office-head", null,
          Set.of(ADOPTION_DECISION, ADOPTION_RATIONALE, RewardGrade.VARIABLE)),
      TASK_DEFINE_EXIT_STRATEGY, new ContractTask("define-exit-strategy", "strategy-office", null, Set.of(EXIT_STRATEGY)),
      TASK_CONFIRM_RIGHTS_AND_CONTACT, new ContractTask("confirm-rights-and-contact", null, "${leadResearcher}",
          Set.of(RIGHTS_SETTLED, RIGHTS_HOLDERS, SINGLE_CONTACT)),
      TASK_DEFINE_IP_AND_PUBLICATION_STRATEGY, new ContractTask("define-ip-and-publication-strategy", "ip-office", null,
          Set.of(IP_STRATEGY, PUBLICATION_STRATEGY, PatentApplications.REFERENCE, PatentApplications.WAIVER_REASON)),
      TASK_SIGN_SUPPORT_AGREEMENT, new ContractTask("sign-support-agreement", "strategy-office", null,
          Set.of(SUPPORT_AGREEMENT_REFERENCE)));

  private static BpmnModelInstance bpmn;

  @BeforeAll
  static void readModel() throws IOException {
    try (InputStream in = resource("processes/theme-intake.bpmn")) {
      bpmn = Bpmn.readModelFromStream(in);
    }
  }

  private static InputStream resource(String path) {
    InputStream in = ThemeIntakeModelTest.class.getClassLoader().getResourceAsStream(path);
    assertThat(in).as(path + " on the classpath").isNotNull();
    return in;
  }

  private static JsonNode form(String id) throws IOException {
    try (InputStream in = resource("forms/" + id + ".form")) {
      return JSON.readTree(in);
    }
  }

  private static List<JsonNode> components(JsonNode form) {
    List<JsonNode> all = new ArrayList<>();
    collect(form.path("components"), all);
    return all;
  }

  private static void collect(JsonNode components, List<JsonNode> into) {
    for (JsonNode component : components) {
      into.add(component);
      collect(component.path("components"), into);
    }
  }

  @Test
  @DisplayName("The process: id = file name, executable, history time to live, documented with its rule IDs")
  void process_isExecutableAndDocumented() {
    Process process = bpmn.getModelElementById(PROCESS_KEY);
    assertThat(process).isNotNull();
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
    assertThat(process.getDocumentations()).singleElement().satisfies(d -> assertThat(d.getTextContent()).containsPattern(RULE_ID));

    List<String> undocumented = bpmn.getModelElementsByType(FlowNode.class).stream()
        .filter(node -> node.getDocumentations().stream().noneMatch(d -> RULE_ID.matcher(d.getTextContent()).find()))
        .map(FlowNode::getId).toList();
    assertThat(undocumented).as("elements without a rule ID in their documentation").isEmpty();
  }

  @Test
  @DisplayName("CONTRACT: the user tasks, their groups or assignee, and their forms")
  void userTasks_matchTheContract() throws IOException {
    Collection<UserTask> tasks = bpmn.getModelElementsByType(UserTask.class);
    assertThat(tasks).extracting(UserTask::getId).containsExactlyInAnyOrderElementsOf(CONTRACT_TASKS.keySet());
    for (UserTask task : tasks) {
      ContractTask contract = CONTRACT_TASKS.get(task.getId());
      assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isEqualTo(contract.group());
      assertThat(task.getCamundaAssignee()).as(task.getId()).isEqualTo(contract.assignee());
      assertThat(task.getCamundaFormRef()).as(task.getId()).isEqualTo(contract.form());
      assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
      assertThat(form(contract.form()).path("id").asText()).as("form id of forms/%s.form", contract.form()).isEqualTo(contract.form());
    }
  }

  @Test
  @DisplayName("Every flow out of a decision gateway is named and has a condition; every element and flow is in the diagram")
  void gatewaysAndDiagram_areComplete() {
    for (ExclusiveGateway gateway : bpmn.getModelElementsByType(ExclusiveGateway.class)) {
      if (gateway.getOutgoing().size() > 1) {
        for (SequenceFlow flow : gateway.getOutgoing()) {
          assertThat(flow.getName()).as("name of %s", flow.getId()).isNotBlank();
          assertThat(flow.getConditionExpression()).as("condition of %s", flow.getId()).isNotNull();
        }
      }
    }
    Set<String> shapes = bpmn.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId())
        .collect(Collectors.toSet());
    Set<String> edges = bpmn.getModelElementsByType(BpmnEdge.class).stream()
        .filter(e -> e.getWaypoints().size() >= 2).map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());
    assertThat(shapes).containsAll(bpmn.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList());
    assertThat(edges).containsAll(bpmn.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId).toList());
  }

  @Test
  @DisplayName("docs/architecture.md: every end sets stageOutcome to OUT_OF_SCOPE, NOT_ADOPTED or ADOPTED")
  void endEvents_setTheStageOutcome() {
    Map<String, String> expected = Map.of(END_OUT_OF_SCOPE, OUTCOME_OUT_OF_SCOPE, END_OUT_OF_SCOPE_AFTER_REVIEW,
        OUTCOME_OUT_OF_SCOPE, END_NOT_ADOPTED, OUTCOME_NOT_ADOPTED, END_ADOPTED, OUTCOME_ADOPTED);
    Collection<EndEvent> ends = bpmn.getModelElementsByType(EndEvent.class);
    assertThat(ends).extracting(EndEvent::getId).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (EndEvent end : ends) {
      assertThat(end.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list())
          .singleElement().satisfies(listener -> {
            assertThat(listener.getCamundaEvent()).isEqualTo("start");
            assertThat(listener.getCamundaExpression())
                .isEqualTo("${themeVariables.stageOutcome(execution, '" + expected.get(end.getId()) + "')}");
          });
    }
  }

  @Test
  @DisplayName("IN-4, IR-4, SC-1..4: the escalation code, the reward delegate and the decisions the tasks name")
  void escalationDelegateAndDecisions() {
    EscalationEventDefinition definition = bpmn.getModelElementById(EVENT_THEME_ADOPTED)
        .getChildElementsByType(EscalationEventDefinition.class).iterator().next();
    Escalation escalation = definition.getEscalation();
    assertThat(escalation.getEscalationCode()).isEqualTo(ESCALATION_THEME_ADOPTED);

    ServiceTask reward = bpmn.getModelElementById(TASK_RECORD_ADOPTION_REWARD);
    assertThat(reward.getCamundaDelegateExpression()).isEqualTo("${recordAdoptionRewardDelegate}");
    assertThat(reward.isCamundaAsyncBefore()).as("the head's decision is saved even if recording fails").isTrue();

    BusinessRuleTask eligibility = bpmn.getModelElementById(TASK_CHECK_ELIGIBILITY);
    assertThat(eligibility.getCamundaDecisionRef()).isEqualTo(DECISION_ELIGIBILITY);
    assertThat(eligibility.getCamundaResultVariable()).isEqualTo(ELIGIBILITY);
    assertThat(eligibility.getCamundaMapDecisionResult()).isEqualTo("singleEntry");
    BusinessRuleTask recommendation = bpmn.getModelElementById(TASK_RECOMMEND_ADOPTION);
    assertThat(recommendation.getCamundaDecisionRef()).isEqualTo(DECISION_ADOPTION_RECOMMENDATION);
    assertThat(recommendation.getCamundaResultVariable()).isEqualTo(ADOPTION_RECOMMENDATION);
    assertThat(recommendation.getCamundaMapDecisionResult()).isEqualTo("singleEntry");
  }

  @ParameterizedTest(name = "{0}.dmn")
  @DisplayName("DMN: decision id = file name, history time to live, hit policy explained, every rule annotated with its rule ID, in the diagram")
  @ValueSource(strings = {DECISION_ELIGIBILITY, DECISION_ADOPTION_RECOMMENDATION})
  void decisions_areAnnotated(String decisionKey) throws Exception {
    DmnModelInstance dmn;
    try (InputStream in = resource("processes/" + decisionKey + ".dmn")) {
      dmn = Dmn.readModelFromStream(in);
    }
    Decision decision = dmn.getModelElementById(decisionKey);
    assertThat(decision).isNotNull();
    assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
    DecisionTable table = (DecisionTable) decision.getExpression();
    assertThat(decision.getDescription().getTextContent()).containsPattern(RULE_ID)
        .contains("Hit policy " + table.getHitPolicy().name());
    for (Rule rule : table.getRules()) {
      assertThat(rule.getDescription()).as("annotation of %s", rule.getId()).isNotNull();
      assertThat(rule.getDescription().getTextContent()).as("annotation of %s", rule.getId()).containsPattern(RULE_ID);
    }
    try (InputStream in = resource("processes/" + decisionKey + ".dmn")) {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      NodeList shapes = factory.newDocumentBuilder().parse(in)
          .getElementsByTagNameNS("https://www.omg.org/spec/DMN/20191111/DMNDI/", "DMNShape");
      assertThat(shapes.getLength()).isEqualTo(1);
      assertThat(((Element) shapes.item(0)).getAttribute("dmnElementRef")).isEqualTo(decisionKey);
    }
  }

  @Test
  @DisplayName("CONTRACT: theme-eligibility's inputs list exactly the contract's values, as the start form does")
  void eligibilityInputsAndStartForm_listTheContractValues() throws Exception {
    DmnModelInstance dmn;
    try (InputStream in = resource("processes/" + DECISION_ELIGIBILITY + ".dmn")) {
      dmn = Dmn.readModelFromStream(in);
    }
    Map<String, List<String>> contract = Map.of("diseaseArea", IntakeDecisionsTest.DISEASE_AREAS,
        "modality", IntakeDecisionsTest.MODALITIES, "researchStage", IntakeDecisionsTest.RESEARCH_STAGES);
    Map<String, JsonNode> startForm = components(form("propose-theme")).stream().filter(c -> c.has("key"))
        .collect(Collectors.toMap(c -> c.get("key").asText(), c -> c));
    for (Input input : dmn.getModelElementsByType(Input.class)) {
      String variable = input.getInputExpression().getText().getTextContent().trim();
      List<String> values = List.of(input.getInputValues().getText().getTextContent().replace("\"", "").split(","));
      assertThat(values).as("input values of %s", variable).containsExactlyElementsOf(contract.get(variable));

      JsonNode select = startForm.get(variable);
      assertThat(select.path("type").asText()).isEqualTo("select");
      assertThat(select.path("validate").path("required").asBoolean()).as("%s required", variable).isTrue();
      List<String> options = new ArrayList<>();
      select.path("values").forEach(o -> options.add(o.path("value").asText()));
      assertThat(options).as("options of %s in propose-theme", variable).containsExactlyElementsOf(contract.get(variable));
    }
  }

  @Test
  @DisplayName("CONTRACT: the start form propose-theme states the start variables and their rules")
  void startForm_statesTheStartVariables() throws IOException {
    JsonNode form = form("propose-theme");
    assertThat(form.path("id").asText()).isEqualTo("propose-theme");
    Map<String, JsonNode> fields = components(form).stream().filter(c -> c.has("key"))
        .collect(Collectors.toMap(c -> c.get("key").asText(), c -> c));
    assertThat(fields.keySet()).containsExactlyInAnyOrder("themeTitle", "leadResearcher", "institution", "diseaseArea",
        "modality", "researchStage", "summary");
    assertThat(fields.get("themeTitle").path("validate").path("required").asBoolean()).isTrue();
    assertThat(fields.get("themeTitle").path("validate").path("maxLength").asInt()).isEqualTo(200);
    assertThat(fields.get("leadResearcher").path("validate").path("required").asBoolean()).isTrue();
    assertThat(fields.get("institution").path("validate").path("required").asBoolean()).isTrue();
    assertThat(fields.get("summary").path("type").asText()).isEqualTo("textarea");
    assertThat(fields.get("summary").path("validate").path("required").asBoolean()).isFalse();
    assertThat(fields.get("summary").path("validate").path("maxLength").asInt()).isEqualTo(4000);
  }

  @Test
  @DisplayName("Forms: an explanation citing the rule, bilingual labels, ids on every component, inputs only for the contract's variables")
  void forms_areBilingualAndSubmitOnlyContractVariables() throws IOException {
    Set<String> formIds = new LinkedHashSet<>();
    CONTRACT_TASKS.values().forEach(t -> formIds.add(t.form()));
    formIds.add("propose-theme");
    for (String id : formIds) {
      JsonNode form = form(id);
      assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
      assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
      List<JsonNode> components = components(form);
      assertThat(components.get(0).path("type").asText()).as("%s starts with an explanation", id).isEqualTo("text");
      assertThat(components.get(0).path("text").asText()).as("%s explanation", id).containsPattern(RULE_ID);
      for (JsonNode component : components) {
        assertThat(component.path("id").asText()).as("id of a component of %s", id).startsWith(
            component.has("key") ? "Field_" + component.get("key").asText() : "");
        if (component.has("label")) {
          assertThat(component.get("label").asText()).as("label in %s", id).containsPattern(JAPANESE).containsPattern("[A-Za-z]");
        }
      }
    }
    for (ContractTask task : CONTRACT_TASKS.values()) {
      Set<String> inputs = components(form(task.form())).stream()
          .filter(c -> c.has("key") && !c.path("readonly").asBoolean(false)).map(c -> c.get("key").asText())
          .collect(Collectors.toSet());
      assertThat(inputs).as("inputs of %s", task.form()).isEqualTo(task.variables());
    }
  }

  @Test
  @DisplayName("DecideAdoption shows the recommendation read-only; the decision is GO or NO_GO")
  void decideAdoptionForm_showsTheRecommendation() throws IOException {
    Map<String, JsonNode> fields = components(form("decide-adoption")).stream().filter(c -> c.has("key"))
        .collect(Collectors.toMap(c -> c.get("key").asText(), c -> c));
    assertThat(fields.get(ADOPTION_RECOMMENDATION).path("readonly").asBoolean()).isTrue();
    List<String> options = new ArrayList<>();
    fields.get(ADOPTION_DECISION).path("values").forEach(o -> options.add(o.path("value").asText()));
    assertThat(options).containsExactly(GO, NO_GO);
  }
}
