package jp.dsnet.themes.lifecycle;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The map of a theme's life, {@code theme-lifecycle}, tested on its own: every stage it calls is
 * replaced by a stub with the same key that waits in one user task and then ends with the
 * {@code stageOutcome} the test gives (the real stages have their own tests; the REST
 * integration tests run them together).
 */
class ThemeLifecycleProcessTest {

  // Not final: the extension injects the engine into ProcessEngine fields.
  private static ProcessEngine ENGINE = LifecycleTestEngine.build("lifecycle");

  @RegisterExtension
  static ProcessEngineExtension extension = ProcessEngineExtension.builder().useProcessEngine(ENGINE).build();


  /** camunda-bpm-assert keeps one engine per thread; other test classes bind the application's. */
  @BeforeEach
  void bindAssertionsToThisEngine() {
    init(ENGINE);
  }

  @BeforeAll
  static void deployLifecycleWithStubStages() {
    var deployment = ENGINE.getRepositoryService().createDeployment()
        .addClasspathResource("processes/theme-lifecycle.bpmn");
    for (String key : List.of(ThemeLifecycle.APPLIED_RESEARCH, ThemeLifecycle.SOLICITATION, ThemeLifecycle.LICENSING,
        ThemeLifecycle.POST_LICENSING, ThemeLifecycle.REACQUISITION)) {
      deployment.addModelInstance(key + ".bpmn", stubStage(key));
    }
    deployment.addModelInstance("theme-intake.bpmn", stubIntake());
    deployment.deploy();
  }

  /** A stage that waits in "StubStage" and ends with the stageOutcome it is completed with. */
  static BpmnModelInstance stubStage(String key) {
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent().userTask("StubStage").endEvent().done();
  }

  /** Like {@link #stubStage}, and throws THEME_ADOPTED as the real intake does at a GO. */
  static BpmnModelInstance stubIntake() {
    return Bpmn.createExecutableProcess(ThemeLifecycle.INTAKE).camundaHistoryTimeToLive(1)
        .startEvent().userTask("StubStage")
        .exclusiveGateway("StubAdopted")
          .condition("adopted", "${stageOutcome == 'ADOPTED'}")
          .intermediateThrowEvent("StubThrowAdopted").escalation(ThemeLifecycle.ESCALATION_THEME_ADOPTED)
          .endEvent()
        .moveToNode("StubAdopted")
          .condition("other", "${stageOutcome != 'ADOPTED'}")
          .endEvent()
        .done();
  }

  private ProcessInstance startTheme() {
    return runtimeService().startProcessInstanceByKey(ThemeLifecycle.PROCESS_KEY, "LC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
        Map.of(ThemeLifecycle.THEME_TITLE, "Kinase inhibitor for pancreatic cancer", ThemeLifecycle.LEAD_RESEARCHER, "researcher"));
  }

  /** Finishes the stage the theme is in (entered in the same transaction as the step before) with an outcome. */
  private void finishStage(ProcessInstance theme, String stageKey, String outcome) {
    finishStage(theme, stageKey, withVariables(ThemeLifecycle.STAGE_OUTCOME, outcome));
  }

  private void finishStage(ProcessInstance theme, String stageKey, Map<String, Object> results) {
    assertThat(jobQuery().processInstanceId(theme.getId()).count()).as("jobs before %s", stageKey).isZero();
    ProcessInstance stage = calledProcessInstance(stageKey, theme);
    assertThat(stage).isWaitingAt("StubStage");
    complete(task(stage), results);
  }

  private static Object variable(ProcessInstance theme, String name) {
    return historyService().createHistoricVariableInstanceQuery().processInstanceId(theme.getId()).variableName(name)
        .singleResult().getValue();
  }

  @Test
  @DisplayName("SC-1..4: a theme out of scope ends OUT_OF_SCOPE after intake")
  void outOfScope_endsThemeOutOfScope() {
    ProcessInstance theme = startTheme();
    assertThat(theme).isWaitingAt("CallActivity_Intake");
    finishStage(theme, ThemeLifecycle.INTAKE, "OUT_OF_SCOPE");

    assertThat(theme).isEnded().hasPassed("EndEvent_ThemeOutOfScope").hasNotPassed("CallActivity_AppliedResearch");
    assertThat(variable(theme, ThemeLifecycle.THEME_STATUS)).isEqualTo("OUT_OF_SCOPE");
    assertThat(variable(theme, ThemeLifecycle.THEME_STAGE)).isEqualTo("INTAKE");
  }

  @Test
  @DisplayName("IN-1: a theme not adopted ends NOT_ADOPTED")
  void notAdopted_endsThemeNotAdopted() {
    ProcessInstance theme = startTheme();
    finishStage(theme, ThemeLifecycle.INTAKE, "NOT_ADOPTED");

    assertThat(theme).isEnded().hasPassed("EndEvent_ThemeNotAdopted");
    assertThat(variable(theme, ThemeLifecycle.THEME_STATUS)).isEqualTo("NOT_ADOPTED");
  }

  @Test
  @DisplayName("The longest happy path: intake, research, call, licensing, the product on the market: COMPLETED")
  void happyPath_runsEveryStageInOrder_andEndsCompleted() {
    ProcessInstance theme = startTheme();
    finishStage(theme, ThemeLifecycle.INTAKE, "ADOPTED");
    assertThat(theme).isWaitingAt("CallActivity_AppliedResearch").variables().containsEntry(ThemeLifecycle.THEME_ADOPTED, true);
    finishStage(theme, ThemeLifecycle.APPLIED_RESEARCH, "READY_FOR_LICENSING");
    assertThat(theme).isWaitingAt("CallActivity_Solicitation");
    finishStage(theme, ThemeLifecycle.SOLICITATION, "LICENSEE_SELECTED");
    assertThat(theme).isWaitingAt("CallActivity_Licensing");
    finishStage(theme, ThemeLifecycle.LICENSING, "LICENSED");
    assertThat(theme).isWaitingAt("CallActivity_PostLicensing");
    finishStage(theme, ThemeLifecycle.POST_LICENSING, "COMPLETED");

    assertThat(theme).isEnded().hasPassedInOrder("CallActivity_Intake", "CallActivity_AppliedResearch",
        "CallActivity_Solicitation", "CallActivity_Licensing", "CallActivity_PostLicensing", "EndEvent_ThemeCompleted");
    assertThat(variable(theme, ThemeLifecycle.THEME_STATUS)).isEqualTo("COMPLETED");
    assertThat(variable(theme, ThemeLifecycle.THEME_STAGE)).isEqualTo("POST_LICENSING");
  }

  @Test
  @DisplayName("Each stage gets the theme record it needs and returns only its results, not its working variables")
  void stages_receiveTheThemeRecord_andReturnOnlyTheirResults() {
    ProcessInstance theme = startTheme();
    assertThat(calledProcessInstance(ThemeLifecycle.INTAKE, theme)).variables()
        .containsEntry(ThemeLifecycle.THEME_TITLE, "Kinase inhibitor for pancreatic cancer")
        .containsEntry(ThemeLifecycle.LEAD_RESEARCHER, "researcher");
    finishStage(theme, ThemeLifecycle.INTAKE, withVariables(ThemeLifecycle.STAGE_OUTCOME, "ADOPTED",
        "exitStrategy", "License to a mid-size pharma", "scoreNovelty", 5));
    assertThat(theme).variables().containsEntry("exitStrategy", "License to a mid-size pharma").doesNotContainKey("scoreNovelty");

    assertThat(calledProcessInstance(ThemeLifecycle.APPLIED_RESEARCH, theme)).variables()
        .containsEntry("exitStrategy", "License to a mid-size pharma").doesNotContainKey("scoreNovelty");
    finishStage(theme, ThemeLifecycle.APPLIED_RESEARCH, withVariables(ThemeLifecycle.STAGE_OUTCOME, "READY_FOR_LICENSING",
        "supportTypes", "HTS,PHARMACOLOGY", "milestoneName", "Lead compound"));
    assertThat(theme).variables().containsEntry("supportTypes", "HTS,PHARMACOLOGY").doesNotContainKey("milestoneName");

    assertThat(calledProcessInstance(ThemeLifecycle.SOLICITATION, theme)).variables()
        .containsEntry("supportTypes", "HTS,PHARMACOLOGY").doesNotContainKey("milestoneName");
    finishStage(theme, ThemeLifecycle.SOLICITATION, withVariables(ThemeLifecycle.STAGE_OUTCOME, "LICENSEE_SELECTED",
        "selectedLicensee", "Kansai Pharma", "contributionShares", "[]", "applicants", "[\"Kansai Pharma\"]"));

    assertThat(calledProcessInstance(ThemeLifecycle.LICENSING, theme)).variables()
        .containsEntry("selectedLicensee", "Kansai Pharma").containsEntry("contributionShares", "[]")
        .doesNotContainKey("applicants").doesNotContainKey("exitStrategy");
  }

  @Test
  @DisplayName("themeStage follows the stage the theme is in")
  void themeStage_followsTheCalledStage() {
    ProcessInstance theme = startTheme();
    assertThat(theme).variables().containsEntry(ThemeLifecycle.THEME_STAGE, "INTAKE");
    complete(task(calledProcessInstance(ThemeLifecycle.INTAKE, theme)), withVariables(ThemeLifecycle.STAGE_OUTCOME, "ADOPTED"));
    assertThat(theme).variables().containsEntry(ThemeLifecycle.THEME_STAGE, "APPLIED_RESEARCH");
    complete(task(calledProcessInstance(ThemeLifecycle.APPLIED_RESEARCH, theme)), withVariables(ThemeLifecycle.STAGE_OUTCOME, "READY_FOR_LICENSING"));
    assertThat(theme).variables().containsEntry(ThemeLifecycle.THEME_STAGE, "SOLICITATION");
  }

  @Test
  @DisplayName("AR-2: a No-Go at a milestone review ends the theme TERMINATED")
  void researchNoGo_endsThemeTerminated() {
    ProcessInstance theme = startTheme();
    finishStage(theme, ThemeLifecycle.INTAKE, "ADOPTED");
    finishStage(theme, ThemeLifecycle.APPLIED_RESEARCH, "NO_GO");

    assertThat(theme).isEnded().hasPassed("EndEvent_ThemeTerminated").hasNotPassed("CallActivity_Solicitation");
    assertThat(variable(theme, ThemeLifecycle.THEME_STATUS)).isEqualTo("TERMINATED");
  }

  @Test
  @DisplayName("LS-3: no applicant, RESOLICIT returns to the call, then CONTINUE_RESEARCH to research, then NO_GO")
  void solicitationDecisions_loopBackAndEndTerminated() {
    ProcessInstance theme = startTheme();
    finishStage(theme, ThemeLifecycle.INTAKE, "ADOPTED");
    finishStage(theme, ThemeLifecycle.APPLIED_RESEARCH, "READY_FOR_LICENSING");
    finishStage(theme, ThemeLifecycle.SOLICITATION, "RESOLICIT");
    assertThat(theme).isWaitingAt("CallActivity_Solicitation");
    finishStage(theme, ThemeLifecycle.SOLICITATION, "CONTINUE_RESEARCH");
    assertThat(theme).isWaitingAt("CallActivity_AppliedResearch");
    finishStage(theme, ThemeLifecycle.APPLIED_RESEARCH, "READY_FOR_LICENSING");
    finishStage(theme, ThemeLifecycle.SOLICITATION, "NO_GO");

    assertThat(theme).isEnded().hasPassed("EndEvent_ThemeTerminated");
    assertThat(historyService().createHistoricProcessInstanceQuery().superProcessInstanceId(theme.getId())
        .processDefinitionKey(ThemeLifecycle.SOLICITATION).count()).isEqualTo(3);
  }

  @Test
  @DisplayName("LS-1, LO-1, AL-3: a stage called again starts afresh: nothing of its earlier instance reaches it")
  void stageCalledAgain_getsNothingOfItsEarlierInstance() {
    ProcessInstance theme = startTheme();
    finishStage(theme, ThemeLifecycle.INTAKE, "ADOPTED");
    finishStage(theme, ThemeLifecycle.APPLIED_RESEARCH, "READY_FOR_LICENSING");
    finishStage(theme, ThemeLifecycle.SOLICITATION, withVariables(ThemeLifecycle.STAGE_OUTCOME, "LICENSEE_SELECTED",
        "selectedLicensee", "Last Call Pharma", "contributionShares", "[]", "tenderMethod", "COMPETITIVE"));
    finishStage(theme, ThemeLifecycle.LICENSING, withVariables(ThemeLifecycle.STAGE_OUTCOME, "RESOLICIT",
        "fsDecision", "ABANDON", "upfrontPayment", 5L));

    assertThat(calledProcessInstance(ThemeLifecycle.SOLICITATION, theme)).variables()
        .doesNotContainKeys("tenderMethod", "selectedLicensee");
    finishStage(theme, ThemeLifecycle.SOLICITATION, withVariables(ThemeLifecycle.STAGE_OUTCOME, "LICENSEE_SELECTED",
        "selectedLicensee", "Kansai Pharma", "contributionShares", "[]"));
    assertThat(calledProcessInstance(ThemeLifecycle.LICENSING, theme)).variables()
        .containsEntry("selectedLicensee", "Kansai Pharma").doesNotContainKeys("fsDecision", "upfrontPayment");
    finishStage(theme, ThemeLifecycle.LICENSING, withVariables(ThemeLifecycle.STAGE_OUTCOME, "LICENSED", "milestones", "[]"));
    finishStage(theme, ThemeLifecycle.POST_LICENSING, withVariables(ThemeLifecycle.STAGE_OUTCOME, "ABANDONED",
        "abandonmentReason", "Portfolio change.", "milestoneAchieved", true));
    finishStage(theme, ThemeLifecycle.REACQUISITION, withVariables(ThemeLifecycle.STAGE_OUTCOME, "RESOLICIT",
        "reacquisitionDecision", "RESOLICIT", "ipDisposition", "MAINTAIN"));
    finishStage(theme, ThemeLifecycle.SOLICITATION, "LICENSEE_SELECTED");
    finishStage(theme, ThemeLifecycle.LICENSING, "LICENSED");
    assertThat(calledProcessInstance(ThemeLifecycle.POST_LICENSING, theme)).variables()
        .doesNotContainKeys("milestoneAchieved", "abandonmentReason");
    finishStage(theme, ThemeLifecycle.POST_LICENSING, "ABANDONED");

    assertThat(calledProcessInstance(ThemeLifecycle.REACQUISITION, theme)).variables()
        .doesNotContainKeys("reacquisitionDecision", "ipDisposition");
  }

  @Test
  @DisplayName("LO-4: after an abandoned feasibility study the theme can be solicited again or researched further")
  void licensingDecisions_loopBack() {
    ProcessInstance theme = startTheme();
    finishStage(theme, ThemeLifecycle.INTAKE, "ADOPTED");
    finishStage(theme, ThemeLifecycle.APPLIED_RESEARCH, "READY_FOR_LICENSING");
    finishStage(theme, ThemeLifecycle.SOLICITATION, "LICENSEE_SELECTED");
    finishStage(theme, ThemeLifecycle.LICENSING, "RESOLICIT");
    assertThat(theme).isWaitingAt("CallActivity_Solicitation");
    finishStage(theme, ThemeLifecycle.SOLICITATION, "LICENSEE_SELECTED");
    finishStage(theme, ThemeLifecycle.LICENSING, "CONTINUE_RESEARCH");
    assertThat(theme).isWaitingAt("CallActivity_AppliedResearch");
    finishStage(theme, ThemeLifecycle.APPLIED_RESEARCH, "READY_FOR_LICENSING");
    finishStage(theme, ThemeLifecycle.SOLICITATION, "LICENSEE_SELECTED");
    finishStage(theme, ThemeLifecycle.LICENSING, "NO_GO");

    assertThat(theme).isEnded().hasPassed("EndEvent_ThemeTerminated");
  }

  @Test
  @DisplayName("AL-3: the licensee gives up and the network does not take the theme back: CLOSED")
  void developmentAbandoned_notTakenBack_endsClosed() {
    ProcessInstance theme = licensedTheme();
    finishStage(theme, ThemeLifecycle.POST_LICENSING, "ABANDONED");
    assertThat(theme).isWaitingAt("CallActivity_Reacquisition");
    finishStage(theme, ThemeLifecycle.REACQUISITION, "CLOSED");

    assertThat(theme).isEnded().hasPassed("EndEvent_ThemeClosed");
    assertThat(variable(theme, ThemeLifecycle.THEME_STATUS)).isEqualTo("CLOSED");
    assertThat(variable(theme, ThemeLifecycle.THEME_STAGE)).isEqualTo("REACQUISITION");
  }

  @Test
  @DisplayName("AL-3: a theme taken back returns to the licensee call (RESOLICIT)")
  void developmentAbandoned_takenBack_returnsToSolicitation() {
    ProcessInstance theme = licensedTheme();
    finishStage(theme, ThemeLifecycle.POST_LICENSING, "ABANDONED");
    finishStage(theme, ThemeLifecycle.REACQUISITION, "RESOLICIT");

    assertThat(theme).isWaitingAt("CallActivity_Solicitation");
    assertThat(historyService().createHistoricProcessInstanceQuery().superProcessInstanceId(theme.getId())
        .processDefinitionKey(ThemeLifecycle.INTAKE).count()).as("intake is not repeated").isEqualTo(1);
  }

  @Test
  @DisplayName("AL-3: a theme taken back can return to applied research (CONTINUE_RESEARCH)")
  void developmentAbandoned_takenBack_returnsToResearch() {
    ProcessInstance theme = licensedTheme();
    finishStage(theme, ThemeLifecycle.POST_LICENSING, "ABANDONED");
    finishStage(theme, ThemeLifecycle.REACQUISITION, "CONTINUE_RESEARCH");

    assertThat(theme).isWaitingAt("CallActivity_AppliedResearch");
  }

  @Test
  @DisplayName("IN-4, IN-6: with the head's consent a withdrawal cancels the open work; the IP office disposes of the IP; WITHDRAWN")
  void withdrawalConsented_endsThemeWithdrawn_andCancelsTheStage() {
    ProcessInstance theme = startTheme();
    finishStage(theme, ThemeLifecycle.INTAKE, "ADOPTED");
    ProcessInstance research = calledProcessInstance(ThemeLifecycle.APPLIED_RESEARCH, theme);

    runtimeService().createMessageCorrelation(ThemeLifecycle.MESSAGE_WITHDRAWAL_REQUESTED)
        .processInstanceBusinessKey(theme.getBusinessKey()).setVariable(ThemeLifecycle.WITHDRAWAL_REASON, "moving abroad")
        .setVariable(ThemeLifecycle.REQUESTED_BY, "researcher").correlate();
    assertThat(theme).isWaitingAt("ConsentToWithdrawal", "CallActivity_AppliedResearch");
    assertThat(task("ConsentToWithdrawal", theme)).hasCandidateGroup("strategy-office-head");
    complete(task("ConsentToWithdrawal", theme), withVariables(ThemeLifecycle.WITHDRAWAL_CONSENTED, true));

    assertThat(research).isEnded();
    assertThat(theme).isWaitingAt(ThemeLifecycle.TASK_DISPOSE_INTELLECTUAL_PROPERTY);
    assertThat(task(ThemeLifecycle.TASK_DISPOSE_INTELLECTUAL_PROPERTY, theme)).hasCandidateGroup("ip-office");
    assertThat(taskQuery().processInstanceBusinessKey(theme.getBusinessKey()).count()).isOne();
    complete(task(ThemeLifecycle.TASK_DISPOSE_INTELLECTUAL_PROPERTY, theme), withVariables("ipDisposition", "TRANSFER"));

    assertThat(theme).isEnded().hasPassedInOrder("ConsentToWithdrawal", ThemeLifecycle.TASK_DISPOSE_INTELLECTUAL_PROPERTY,
        "EndEvent_ThemeWithdrawn");
    assertThat(variable(theme, ThemeLifecycle.THEME_STATUS)).isEqualTo("WITHDRAWN");
    assertThat(variable(theme, "ipDisposition")).isEqualTo("TRANSFER");
  }

  @Test
  @DisplayName("IN-4: without consent every open task stays as it was")
  void withdrawalRefused_leavesOpenWorkAsItWas() {
    ProcessInstance theme = startTheme();
    finishStage(theme, ThemeLifecycle.INTAKE, "ADOPTED");
    ProcessInstance research = calledProcessInstance(ThemeLifecycle.APPLIED_RESEARCH, theme);
    String openTask = task(research).getId();

    runtimeService().createMessageCorrelation(ThemeLifecycle.MESSAGE_WITHDRAWAL_REQUESTED)
        .processInstanceBusinessKey(theme.getBusinessKey()).setVariable(ThemeLifecycle.WITHDRAWAL_REASON, "tired")
        .setVariable(ThemeLifecycle.REQUESTED_BY, "researcher").correlate();
    complete(task("ConsentToWithdrawal", theme), withVariables(ThemeLifecycle.WITHDRAWAL_CONSENTED, false));

    assertThat(theme).isActive().isWaitingAt("CallActivity_AppliedResearch").hasPassed("EndEvent_WithdrawalRefused");
    assertThat(task(research).getId()).isEqualTo(openTask);
  }

  @Test
  @DisplayName("IN-4: once licensed, nothing waits for a withdrawal any more")
  void afterLicensing_withdrawalIsNotAwaited() {
    ProcessInstance theme = licensedTheme();

    assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(theme.getId())
        .eventName(ThemeLifecycle.MESSAGE_WITHDRAWAL_REQUESTED).count()).isZero();
  }

  @Test
  @DisplayName("ADR 0004: a stage outcome the lifecycle does not route leaves the case worker's completion intact and becomes an incident naming it")
  void unroutedOutcome_becomesAnIncident_notAnError() {
    ProcessInstance theme = startTheme();
    finishStage(theme, ThemeLifecycle.INTAKE, "ADOPTED");

    finishStage(theme, ThemeLifecycle.APPLIED_RESEARCH, "CLOSED");

    assertThat(theme).isWaitingAt("Task_ReportUnroutedOutcome");
    var job = managementService().createJobQuery().processInstanceId(theme.getId()).singleResult();
    for (int retry = 0; retry < 3; retry++) {
      assertThatThrownBy(() -> managementService().executeJob(job.getId())).hasMessageContaining("stageOutcome 'CLOSED'");
    }
    var incident = runtimeService().createIncidentQuery().processInstanceId(theme.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo("Task_ReportUnroutedOutcome");
    assertThat(incident.getIncidentMessage()).contains("APPLIED_RESEARCH", "'CLOSED'", "Gateway_NextStage");
  }

  private ProcessInstance licensedTheme() {
    ProcessInstance theme = startTheme();
    finishStage(theme, ThemeLifecycle.INTAKE, "ADOPTED");
    finishStage(theme, ThemeLifecycle.APPLIED_RESEARCH, "READY_FOR_LICENSING");
    finishStage(theme, ThemeLifecycle.SOLICITATION, "LICENSEE_SELECTED");
    finishStage(theme, ThemeLifecycle.LICENSING, "LICENSED");
    return theme;
  }
}
