package jp.dsnet.themes.lifecycle;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import jp.dsnet.themes.migration.MigrationReport;
import jp.dsnet.themes.migration.ModelVariants;
import jp.dsnet.themes.migration.RunningInstancesMigration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Running themes follow a changed {@code theme-lifecycle}: themes waiting in every stage call and
 * in the withdrawal event subprocess (its message wait and the head's consent) are moved by the
 * project's migration tool to a changed version, and then run to their end. The stages are the
 * stubs of {@link ThemeLifecycleProcessTest}; each changed version is derived from the
 * repository's model with the model API.
 */
class LifecycleMigrationTest {

  private static final ProcessEngine ENGINE = LifecycleTestEngine.build("lifecycle-migration");
  private static final List<String> STAGES = List.of(ThemeLifecycle.INTAKE, ThemeLifecycle.APPLIED_RESEARCH,
      ThemeLifecycle.SOLICITATION, ThemeLifecycle.LICENSING, ThemeLifecycle.POST_LICENSING, ThemeLifecycle.REACQUISITION);
  /** The outcome each stub stage ends with on the way to a theme on the market. */
  private static final Map<String, String> HAPPY = Map.of(ThemeLifecycle.INTAKE, "ADOPTED",
      ThemeLifecycle.APPLIED_RESEARCH, "READY_FOR_LICENSING", ThemeLifecycle.SOLICITATION, "LICENSEE_SELECTED",
      ThemeLifecycle.LICENSING, "LICENSED", ThemeLifecycle.POST_LICENSING, "COMPLETED", ThemeLifecycle.REACQUISITION, "CLOSED");

  private final RunningInstancesMigration migration =
      new RunningInstancesMigration(ENGINE.getRepositoryService(), ENGINE.getRuntimeService());


  @BeforeEach
  void deployTheRepositoryLifecycleWithStubStages() {
    init(ENGINE);
    var deployment = ENGINE.getRepositoryService().createDeployment().addClasspathResource("processes/theme-lifecycle.bpmn");
    for (String key : STAGES) {
      deployment.addModelInstance(key + ".bpmn", key.equals(ThemeLifecycle.INTAKE)
          ? ThemeLifecycleProcessTest.stubIntake() : ThemeLifecycleProcessTest.stubStage(key));
    }
    deployment.deploy();
  }

  /** Themes a failed test left behind would be migrated by the next test too. */
  @AfterEach
  void deleteRunningThemes() {
    runtimeService().createProcessInstanceQuery().processDefinitionKey(ThemeLifecycle.PROCESS_KEY).list()
        .forEach(p -> runtimeService().deleteProcessInstance(p.getId(), "test cleanup"));
  }

  @Test
  @DisplayName("Relabelled stages and consent: themes in every stage and in the withdrawal subprocess move and finish")
  void relabelled_themesMoveAndFinish() {
    List<ProcessInstance> themes = themesAtEveryWait();
    deployVariant(v -> v.relabelAll(CallActivity.class).relabelAll(UserTask.class));

    migrateAll(themes.size());

    var tree = runtimeService().getActivityInstance(themes.get(1).getId());
    assertThat(tree.getActivityInstances("CallActivity_AppliedResearch")[0].getActivityName()).endsWith("revised (改訂)");
    runToTheEnd(themes, false);
  }

  @Test
  @DisplayName("An added reminder on the head's consent: the waiting consent gets its reminder timer, fires it, and every theme finishes")
  void reminderAdded_consentGetsItsTimer_themesFinish() {
    List<ProcessInstance> themes = themesAtEveryWait();
    deployVariant(v -> v.addReminder(ThemeLifecycle.TASK_CONSENT_TO_WITHDRAWAL, "P7D"));

    migrateAll(themes.size());

    ProcessInstance consenting = themes.get(themes.size() - 1);
    var reminder = managementService().createJobQuery().processInstanceId(consenting.getId())
        .activityId("Boundary_Reminder_" + ThemeLifecycle.TASK_CONSENT_TO_WITHDRAWAL).singleResult();
    assertThat(reminder).as("reminder timer of the migrated consent").isNotNull();
    managementService().executeJob(reminder.getId());
    assertThat(consenting).hasPassed("EndEvent_Reminded_" + ThemeLifecycle.TASK_CONSENT_TO_WITHDRAWAL)
        .isWaitingAt(ThemeLifecycle.TASK_CONSENT_TO_WITHDRAWAL);
    runToTheEnd(themes, false);
  }

  @Test
  @DisplayName("An added optional review after the consent: migrated themes go through it when asked and finish")
  void optionalReviewAdded_themesFinish() {
    List<ProcessInstance> themes = themesAtEveryWait();
    deployVariant(v -> v.addOptionalReview(ThemeLifecycle.TASK_CONSENT_TO_WITHDRAWAL, "ReviewWithdrawal"));

    migrateAll(themes.size());

    runToTheEnd(themes, true);
    assertThat(themes.get(themes.size() - 1)).hasPassedInOrder(ThemeLifecycle.TASK_CONSENT_TO_WITHDRAWAL, "ReviewWithdrawal");
  }

  // --- themes, variants, migration ----------------------------------------------------------

  /** One theme waiting in each stage call (intake ... reacquisition), and one waiting for the head's consent to withdraw. */
  private List<ProcessInstance> themesAtEveryWait() {
    List<ProcessInstance> themes = new ArrayList<>();
    for (String stage : STAGES) {
      ProcessInstance theme = startTheme();
      while (!runningStage(theme).equals(stage)) {
        finishStage(theme, HAPPY.get(runningStage(theme)).equals("COMPLETED") ? "ABANDONED" : HAPPY.get(runningStage(theme)));
      }
      themes.add(theme);
    }
    ProcessInstance withdrawing = startTheme();
    finishStage(withdrawing, "ADOPTED");
    runtimeService().createMessageCorrelation(ThemeLifecycle.MESSAGE_WITHDRAWAL_REQUESTED)
        .processInstanceBusinessKey(withdrawing.getBusinessKey()).setVariable(ThemeLifecycle.WITHDRAWAL_REASON, "moving abroad").correlate();
    assertThat(withdrawing).isWaitingAt(ThemeLifecycle.TASK_CONSENT_TO_WITHDRAWAL, "CallActivity_AppliedResearch");
    themes.add(withdrawing);
    assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(themes.get(1).getId())
        .eventName(ThemeLifecycle.MESSAGE_WITHDRAWAL_REQUESTED).count()).as("an adopted theme awaits a withdrawal").isOne();
    return themes;
  }

  private void deployVariant(UnaryOperator<ModelVariants> change) {
    BpmnModelInstance deployed = repositoryService().getBpmnModelInstance(repositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ThemeLifecycle.PROCESS_KEY).latestVersion().singleResult().getId());
    BpmnModelInstance changed = change.apply(ModelVariants.of(deployed)).model();
    Bpmn.validateModel(changed);
    repositoryService().createDeployment().name("owner's change").addModelInstance("theme-lifecycle.bpmn", changed).deploy();
  }

  private void migrateAll(int themes) {
    MigrationReport dryRun = migration.plan(ThemeLifecycle.PROCESS_KEY);
    assertThat(dryRun.executed()).isFalse();
    assertThat(dryRun.complete()).as(dryRun.toText()).isTrue();
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionId(dryRun.targetDefinitionId()).count())
        .as("a dry run moves nothing").isZero();

    MigrationReport done = migration.execute(ThemeLifecycle.PROCESS_KEY);

    assertThat(done.sources().stream().mapToLong(MigrationReport.SourceVersion::migrated).sum()).as(done.toText()).isEqualTo(themes);
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(ThemeLifecycle.PROCESS_KEY)
        .active().list()).allSatisfy(p -> assertThat(p.getProcessDefinitionId()).isEqualTo(done.targetDefinitionId()));
    assertThat(migration.plan(ThemeLifecycle.PROCESS_KEY).sources()).as("nothing left on an older version").isEmpty();
  }

  /** Every theme runs on until it ends: stages end on the way to the market, the withdrawal is consented. */
  private void runToTheEnd(List<ProcessInstance> themes, boolean askForReview) {
    for (ProcessInstance theme : themes) {
      while (!isEnded(theme)) {
        // The lifecycle's own tasks (consent, the added review, the IP disposal after a withdrawal), else the stage's.
        var own = taskService().createTaskQuery().processInstanceId(theme.getId()).list();
        if (!own.isEmpty()) {
          taskService().complete(own.get(0).getId(), Map.of(ThemeLifecycle.WITHDRAWAL_CONSENTED, true, "reviewWanted", askForReview,
              "ipDisposition", "MAINTAIN"));
        } else {
          finishStage(theme, HAPPY.get(runningStage(theme)));
        }
      }
      String status = (String) historyService().createHistoricVariableInstanceQuery().processInstanceId(theme.getId())
          .variableName(ThemeLifecycle.THEME_STATUS).singleResult().getValue();
      assertThat(status).as("themeStatus of %s", theme.getBusinessKey()).isIn("COMPLETED", "CLOSED", "WITHDRAWN");
    }
  }

  private static boolean isEnded(ProcessInstance theme) {
    return runtimeService().createProcessInstanceQuery().processInstanceId(theme.getId()).count() == 0;
  }

  private ProcessInstance startTheme() {
    return runtimeService().startProcessInstanceByKey(ThemeLifecycle.PROCESS_KEY, "MG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
        Map.of(ThemeLifecycle.THEME_TITLE, "Kinase inhibitor for pancreatic cancer", ThemeLifecycle.LEAD_RESEARCHER, "researcher"));
  }

  /** The key of the stub stage the theme is in. */
  private static String runningStage(ProcessInstance theme) {
    ProcessInstance stage = runtimeService().createProcessInstanceQuery().superProcessInstanceId(theme.getId()).singleResult();
    return repositoryService().getProcessDefinition(stage.getProcessDefinitionId()).getKey();
  }

  private static void finishStage(ProcessInstance theme, String outcome) {
    ProcessInstance stage = runtimeService().createProcessInstanceQuery().superProcessInstanceId(theme.getId()).singleResult();
    var stub = taskService().createTaskQuery().processInstanceId(stage.getId()).singleResult();
    taskService().complete(stub.getId(), Map.of(ThemeLifecycle.STAGE_OUTCOME, outcome));
  }
}
