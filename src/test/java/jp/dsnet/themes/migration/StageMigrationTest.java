package jp.dsnet.themes.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.dsnet.themes.lifecycle.StageOutcome;
import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import jp.dsnet.themes.postlicensing.ThemeReacquisition;
import jp.dsnet.themes.support.ProcessTestSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Instances of every stage, waiting at each of its wait states (user tasks, message waits,
 * timers), move with the project's migration tool to a changed version of the stage derived from
 * the deployed model: every user task relabelled, a reminder on every user task and an optional
 * review after the first one. They are found at the same wait in the new version, with the new
 * reminder where they wait in a task. The lifecycle's waits are in LifecycleMigrationTest.
 */
class StageMigrationTest extends ProcessTestSupport {

  private static final Pattern VARIABLE = Pattern.compile("(?<![.\\w])([a-z][A-Za-z0-9]*)(?![\\w.(])");

  @Autowired
  RepositoryService repository;
  @Autowired
  RunningInstancesMigration migration;

  private final List<String> variantDeployments = new ArrayList<>();
  private final List<String> instances = new ArrayList<>();

  static List<String> stages() {
    return StageOutcome.processes().stream().filter(k -> !k.equals(ThemeLifecycle.PROCESS_KEY)).sorted().toList();
  }

  /** The process tests share one engine: no changed version and no instance outlives the test. */
  @AfterEach
  void removeVariantsAndInstances() {
    instances.stream().filter(id -> runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0)
        .forEach(id -> runtime.deleteProcessInstance(id, "test cleanup", true, true, true));
    variantDeployments.forEach(id -> repository.deleteDeployment(id, true, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stages")
  @DisplayName("Instances at every wait state of a stage move to a relabelled version with reminders and an optional review")
  void everyWaitState_migratesToTheChangedVersion(String stage) {
    ProcessDefinition deployed = repository.createProcessDefinitionQuery().processDefinitionKey(stage).latestVersion().singleResult();
    BpmnModelInstance model = repository.getBpmnModelInstance(deployed.getId());
    Map<String, Object> variables = variablesTheWaitsRead(model);

    Map<String, ProcessInstance> waiting = new LinkedHashMap<>();
    for (FlowNode wait : waitStates(model)) {
      ProcessInstance instance = runtime.createProcessInstanceById(deployed.getId()).businessKey(newThemeId())
          .setVariables(variables).startBeforeActivity(wait.getId()).execute(true, true);
      instances.add(instance.getId());
      waiting.put(wait.getId(), instance);
    }
    assertThat(waiting).as("wait states of %s", stage).isNotEmpty();

    ModelVariants variant = ModelVariants.of(model).relabelAll(UserTask.class);
    List<UserTask> tasks = List.copyOf(variant.model().getModelElementsByType(UserTask.class));
    tasks.forEach(t -> variant.addReminder(t.getId(), "P7D"));
    tasks.stream().filter(t -> t.getOutgoing().size() == 1).findFirst()
        .ifPresent(t -> variant.addOptionalReview(t.getId(), "ReviewAfter" + t.getId()));
    var deployment = repository.createDeployment().name("owner's change of " + stage)
        .addModelInstance(stage + ".bpmn", variant.model()).deployWithResult();
    variantDeployments.add(deployment.getId());
    String target = deployment.getDeployedProcessDefinitions().get(0).getId();

    MigrationReport plan = migration.plan(stage);
    assertThat(plan.complete()).as(plan.toText()).isTrue();
    MigrationReport done = migration.execute(stage);
    assertThat(done.sources().stream().mapToLong(MigrationReport.SourceVersion::migrated).sum()).as(done.toText())
        .isEqualTo(waiting.size());

    waiting.forEach((waitId, instance) -> {
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getProcessDefinitionId())
          .as("version of the instance waiting at %s", waitId).isEqualTo(target);
      assertThat(activityIds(runtime.getActivityInstance(instance.getId()))).as("where %s waits", waitId).contains(waitId);
      if (model.getModelElementById(waitId) instanceof UserTask) {
        assertThat(managementService().createJobQuery().processInstanceId(instance.getId())
            .activityId("Boundary_Reminder_" + waitId).count()).as("reminder of %s", waitId).isOne();
      }
    });
  }

  @org.junit.jupiter.api.Test
  @DisplayName("AL-3: reacquisitions waiting at each task move to a version with a review after the decision and run to their end through it")
  void reacquisition_migratedThroughAnAddedReview_runsToItsEnd() {
    ProcessDefinition deployed = repository.createProcessDefinitionQuery().processDefinitionKey(ThemeReacquisition.PROCESS_KEY)
        .latestVersion().singleResult();
    Map<String, Object> record = Map.of("themeTitle", "Selective KRAS G12D inhibitor", "selectedLicensee", "Kansai Pharma",
        "abandonmentReason", "Portfolio change.");
    ProcessInstance deciding = start(ThemeReacquisition.PROCESS_KEY, newThemeId(), record);
    ProcessInstance disposing = start(ThemeReacquisition.PROCESS_KEY, newThemeId(), record);
    instances.addAll(List.of(deciding.getId(), disposing.getId()));
    complete(task(disposing), withVariables(ThemeReacquisition.REACQUISITION_DECISION, "CLOSE"));

    var deployment = repository.createDeployment().name("owner's review").addModelInstance(ThemeReacquisition.PROCESS_KEY + ".bpmn",
        ModelVariants.of(repository.getBpmnModelInstance(deployed.getId()))
            .addOptionalReview(ThemeReacquisition.TASK_DECIDE_REACQUISITION, "ReviewReacquisition").model()).deployWithResult();
    variantDeployments.add(deployment.getId());
    assertThat(migration.execute(ThemeReacquisition.PROCESS_KEY).complete()).isTrue();

    complete(task(deciding), withVariables(ThemeReacquisition.REACQUISITION_DECISION, "CLOSE", "reviewWanted", true));
    assertThat(task(deciding).getTaskDefinitionKey()).isEqualTo("ReviewReacquisition");
    complete(task(deciding));
    for (ProcessInstance reacquisition : List.of(deciding, disposing)) {
      complete(task(reacquisition), withVariables(ThemeReacquisition.IP_DISPOSITION, "MAINTAIN"));
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(reacquisition.getId()).count()).isZero();
      assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(reacquisition.getId())
          .variableName(ThemeLifecycle.STAGE_OUTCOME).singleResult().getValue()).isEqualTo("CLOSED");
    }
  }

  private static List<FlowNode> waitStates(BpmnModelInstance model) {
    List<FlowNode> waits = new ArrayList<>();
    waits.addAll(model.getModelElementsByType(UserTask.class));
    waits.addAll(model.getModelElementsByType(IntermediateCatchEvent.class));
    waits.addAll(model.getModelElementsByType(ReceiveTask.class));
    return waits;
  }

  /** Dates for the timers' dates and due dates, the lead researcher for assignees: what a wait reads when it is entered. */
  private static Map<String, Object> variablesTheWaitsRead(BpmnModelInstance model) {
    Map<String, Object> variables = new HashMap<>();
    Date inAMonth = Date.from(Instant.now().plus(30, ChronoUnit.DAYS));
    for (TimeDate date : model.getModelElementsByType(TimeDate.class)) {
      names(date.getTextContent()).forEach(n -> variables.put(n, inAMonth));
    }
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      for (String attribute : List.of("dueDate", "followUpDate")) {
        names(element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", attribute)).forEach(n -> variables.put(n, inAMonth));
      }
      for (String attribute : List.of("assignee", "candidateUsers")) {
        names(element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", attribute)).forEach(n -> variables.put(n, "researcher"));
      }
    }
    return variables;
  }

  private static List<String> names(String expression) {
    List<String> names = new ArrayList<>();
    if (expression != null && expression.contains("${")) {
      Matcher m = VARIABLE.matcher(expression.substring(expression.indexOf("${") + 2));
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  private static List<String> activityIds(ActivityInstance scope) {
    List<String> ids = new ArrayList<>();
    for (ActivityInstance child : scope.getChildActivityInstances()) {
      ids.add(child.getActivityId());
      ids.addAll(activityIds(child));
    }
    return ids;
  }

  private static org.camunda.bpm.engine.ManagementService managementService() {
    return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService();
  }

  private static org.camunda.bpm.engine.HistoryService historyService() {
    return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService();
  }
}
