package jp.dsnet.themes.infra.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.dsnet.themes.validation.FormRules;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.di.Diagram;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The models as process owners keep them in {@code processes/} and {@code forms/} follow the
 * project's conventions (docs/architecture.md, STYLE): they open cleanly in Camunda Modeler with
 * their layout, carry no generated ids, keep their history for a set time, and every user task
 * finds its form. Plain model API, no engine: fast, and the first thing to fail on a bad edit.
 */
class ModelValidationTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");

  /** Ids as Camunda Modeler generates them: {@code Activity_0x1y2z3}, {@code Flow_1abcdef}, {@code StartEvent_1}. */
  private static final Pattern GENERATED_ID = Pattern.compile("(_[0-9a-z]{7}|_[0-9]+)$");
  private static final Pattern RULE_ID = Pattern.compile("\\b[A-Z]{2}-[0-9]");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> bpmnFiles() throws IOException {
    return files(PROCESSES, ".bpmn");
  }

  static Stream<Path> dmnFiles() throws IOException {
    return files(PROCESSES, ".dmn");
  }

  static Stream<Path> formFiles() throws IOException {
    return files(FORMS, ".form");
  }

  static Stream<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList().stream();
    }
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  @Test
  @DisplayName("processes/ and forms/ are found (the test runs from the repository root)")
  void modelsAreFound() throws IOException {
    assertThat(bpmnFiles()).as("BPMN in %s", PROCESSES.toAbsolutePath()).isNotEmpty();
    assertThat(formFiles()).as("forms in %s", FORMS.toAbsolutePath()).isNotEmpty();
  }

  /**
   * Input checks and forms are found by task key, so a key means one task everywhere; only
   * DecideThemeContinuation and DisposeIntellectualProperty are, by the contract, the same task in
   * several processes.
   */
  @Test
  @DisplayName("BPMN: a user task key belongs to one process (DecideThemeContinuation and DisposeIntellectualProperty aside, as the contract says)")
  void userTaskKeys_areUniqueAcrossProcesses() throws IOException {
    java.util.Map<String, List<String>> processesByTask = new java.util.TreeMap<>();
    for (Path file : bpmnFiles().toList()) {
      Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)
          .forEach(t -> processesByTask.computeIfAbsent(t.getId(), k -> new java.util.ArrayList<>()).add(baseName(file)));
    }
    processesByTask.remove("DecideThemeContinuation");
    // IN-4, AL-3: the IP office disposes of the IP when a theme is closed and when it is withdrawn.
    assertThat(processesByTask.remove("DisposeIntellectualProperty")).containsExactlyInAnyOrder("theme-lifecycle", "theme-reacquisition");
    assertThat(processesByTask).allSatisfy((task, processes) -> assertThat(processes).as(task).hasSize(1));
  }

  // --- BPMN ---------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  @DisplayName("BPMN: one executable process whose id is the file name, with historyTimeToLive and documentation")
  void process_isExecutableNamedAfterItsFile_withHistoryTimeToLive(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Collection<Process> processes = model.getModelElementsByType(Process.class);

    assertThat(processes).as("processes of %s", file).extracting(Process::getId).contains(baseName(file));
    for (Process process : processes) {
      assertThat(process.isExecutable()).as("%s isExecutable", process.getId()).isTrue();
      assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s camunda:historyTimeToLive", process.getId()).isNotBlank();
      assertThat(process.getDocumentations()).as("%s documentation", process.getId()).isNotEmpty();
    }
    Definitions definitions = model.getDefinitions();
    assertThat(definitions.getExporter()).as("exporter of %s", file).isEqualTo("Camunda Modeler");
    assertThat(definitions.getAttributeValueNs("http://camunda.org/schema/modeler/1.0", "executionPlatformVersion"))
        .as("modeler:executionPlatformVersion of %s", file).isEqualTo("7.24.0");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  @DisplayName("BPMN: a diagram shape for every flow node and an edge with waypoints for every sequence flow")
  void diagram_coversEveryNodeAndFlow(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Set<String> shaped = new HashSet<>();
    model.getModelElementsByType(BpmnShape.class).forEach(s -> shaped.add(s.getBpmnElement().getId()));
    Set<String> edged = new HashSet<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getWaypoints().size() >= 2) {
        edged.add(edge.getBpmnElement().getId());
      }
    }

    List<String> nodesWithoutShape = model.getModelElementsByType(FlowNode.class).stream()
        .map(BaseElement::getId).filter(id -> !shaped.contains(id)).toList();
    List<String> flowsWithoutEdge = model.getModelElementsByType(SequenceFlow.class).stream()
        .map(BaseElement::getId).filter(id -> !edged.contains(id)).toList();
    assertThat(nodesWithoutShape).as("flow nodes of %s without a BPMNShape", file).isEmpty();
    assertThat(flowsWithoutEdge).as("sequence flows of %s without a BPMNEdge with 2+ waypoints", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  @DisplayName("BPMN: no ids as the Modeler generates them (Activity_0abc123, StartEvent_1)")
  void ids_areMeaningful(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> ids = new ArrayList<>();
    ids.add(model.getDefinitions().getId());
    model.getModelElementsByType(BaseElement.class).stream().map(BaseElement::getId).filter(java.util.Objects::nonNull)
        .forEach(ids::add);
    // The diagram and its plane too: Modeler names them BPMNDiagram_1 / BPMNPlane_1.
    model.getModelElementsByType(Diagram.class).stream()
        .map(Diagram::getId).forEach(ids::add);
    model.getModelElementsByType(DiagramElement.class).stream()
        .map(DiagramElement::getId).filter(java.util.Objects::nonNull)
        .forEach(ids::add);

    assertThat(ids.stream().filter(id -> GENERATED_ID.matcher(id).find())).as("generated ids in %s", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  @DisplayName("BPMN: every task and event is named; every activity and deciding gateway documents its rule")
  void flowNodes_areNamedAndDocumented(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> undocumented = model.getModelElementsByType(FlowNode.class).stream()
        .filter(n -> n instanceof Activity || (n instanceof Gateway g && g.getOutgoing().size() > 1))
        .filter(n -> n.getDocumentations().stream().allMatch(d -> d.getTextContent() == null || d.getTextContent().isBlank()))
        .map(BaseElement::getId).toList();
    List<String> unnamed = model.getModelElementsByType(FlowNode.class).stream()
        .filter(n -> !(n instanceof Gateway) && (n.getName() == null || n.getName().isBlank()))
        .map(BaseElement::getId).toList();

    assertThat(undocumented).as("flow nodes of %s without <bpmn:documentation> citing their rule", file).isEmpty();
    assertThat(unnamed).as("tasks and events of %s without a name", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  @DisplayName("BPMN: every flow out of a deciding gateway is named with its condition")
  void gatewayOutgoingFlows_areNamed(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> unnamed = new ArrayList<>();
    for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
      boolean decides = gateway instanceof ExclusiveGateway || gateway instanceof InclusiveGateway || gateway instanceof ComplexGateway;
      if (decides && gateway.getOutgoing().size() > 1) {
        gateway.getOutgoing().stream().filter(f -> f.getName() == null || f.getName().isBlank())
            .forEach(f -> unnamed.add(gateway.getId() + " -> " + f.getId()));
      }
    }
    assertThat(unnamed).as("unnamed flows out of gateways in %s", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bpmnFiles")
  @DisplayName("BPMN: every user task (and start form) refers to its Camunda Form in forms/, form id = file name = kebab task key")
  void userTasks_referToTheirForms(Path file) throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    List<String> problems = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String formRef = task.getCamundaFormRef();
      if (formRef == null || formRef.isBlank()) {
        problems.add(task.getId() + ": no camunda:formRef");
        continue;
      }
      if (!"deployment".equals(task.getCamundaFormRefBinding())) {
        problems.add(task.getId() + ": camunda:formRefBinding is '" + task.getCamundaFormRefBinding() + "', not 'deployment'");
      }
      if (!formRef.equals(kebab(task.getId()))) {
        problems.add(task.getId() + ": formRef '" + formRef + "' is not the kebab-case task key '" + kebab(task.getId()) + "'");
      }
      checkForm(task.getId(), formRef, problems);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      String formRef = start.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
      if (formRef != null) {
        checkForm(start.getId(), formRef, problems);
      }
    }
    assertThat(problems).as("user task forms of %s", file).isEmpty();
  }

  private static void checkForm(String elementId, String formRef, List<String> problems) throws IOException {
    Path form = FORMS.resolve(formRef + ".form");
    if (!Files.exists(form)) {
      problems.add(elementId + ": " + form + " does not exist");
      return;
    }
    String id = JSON.readTree(form.toFile()).path("id").asText(null);
    if (!formRef.equals(id)) {
      problems.add(elementId + ": " + form + " has id '" + id + "', not '" + formRef + "'");
    }
  }

  /** ReviewMilestone -> review-milestone. */
  static String kebab(String taskKey) {
    return taskKey.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  // --- DMN ----------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("dmnFiles")
  @DisplayName("DMN: parses in the DMN engine; decision id = file name; historyTimeToLive; every rule annotated with its rule ID")
  void decisions_parseAndKeepHistory(Path file) throws IOException {
    DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    List<DmnDecision> parsed;
    try (InputStream in = Files.newInputStream(file)) {
      parsed = engine.parseDecisions(in);
    }
    assertThat(parsed).as("decisions of %s", file).isNotEmpty();

    Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
    assertThat(decisions).extracting(Decision::getId).as("decision ids of %s", file).contains(baseName(file));
    List<String> problems = new ArrayList<>();
    for (Decision decision : decisions) {
      if (decision.getCamundaHistoryTimeToLiveString() == null || decision.getCamundaHistoryTimeToLiveString().isBlank()) {
        problems.add(decision.getId() + ": no camunda:historyTimeToLive");
      }
      for (DecisionTable table : decision.getChildElementsByType(DecisionTable.class)) {
        for (Rule rule : table.getRules()) {
          String annotation = rule.getDescription() == null ? "" : rule.getDescription().getTextContent();
          if (!RULE_ID.matcher(annotation).find()) {
            problems.add(decision.getId() + " rule " + rule.getId() + ": annotation '" + annotation + "' cites no rule ID (SC-3, LS-2 ...)");
          }
        }
      }
    }
    assertThat(problems).as("decisions of %s", file).isEmpty();
  }

  // --- Forms --------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("formFiles")
  @DisplayName("Form: valid JSON as Camunda Modeler saves it, id = file name, every component with an id, fields with a key")
  void forms_areValid(Path file) throws IOException {
    JsonNode form = JSON.readTree(file.toFile());

    assertThat(form.path("id").asText()).as("id of %s", file).isEqualTo(baseName(file));
    assertThat(form.path("type").asText()).as("type of %s", file).isEqualTo("default");
    assertThat(form.path("executionPlatform").asText()).as("executionPlatform of %s", file).isEqualTo("Camunda Platform");
    assertThat(form.path("components").isArray()).as("components of %s", file).isTrue();
    List<String> problems = new ArrayList<>();
    checkComponents(form.path("components"), problems);
    assertThat(problems).as("components of %s", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formFiles")
  @DisplayName("Form: every hide condition is one the server evaluates, so a field keeps its rules whenever it is shown")
  void forms_hideConditions_areUnderstoodByTheServer(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      assertThat(FormRules.parse(in).conditions()).as("hide conditions of %s", file)
          .allSatisfy(condition -> assertThat(condition.isSupported())
              .as("'%s' uses FEEL that jp.dsnet.themes.validation.HideCondition cannot evaluate", condition.expression()).isTrue());
    }
  }

  private static final Set<String> LAYOUT_TYPES = Set.of("text", "spacer", "separator", "group", "dynamiclist", "iframe",
      "image", "html", "table", "button", "expression");

  private static void checkComponents(JsonNode components, List<String> problems) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (!component.hasNonNull("id") || component.path("id").asText().isBlank()) {
        problems.add("a " + type + " component has no id");
      }
      if (!LAYOUT_TYPES.contains(type) && !component.hasNonNull("key")) {
        problems.add(component.path("id").asText() + " (" + type + ") has no key");
      }
      if (component.has("components")) {
        checkComponents(component.path("components"), problems);
      }
    }
  }
}
