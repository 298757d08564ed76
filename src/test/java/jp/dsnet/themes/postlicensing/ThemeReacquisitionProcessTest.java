package jp.dsnet.themes.postlicensing;

import static jp.dsnet.themes.postlicensing.ThemeReacquisition.*;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.Map;
import jp.dsnet.themes.support.ProcessTestSupport;
import jp.dsnet.themes.validation.InvalidInputException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every path through theme-reacquisition (AL-3). */
class ThemeReacquisitionProcessTest extends ProcessTestSupport {

  private ProcessInstance startReacquisition() {
    ProcessInstance reacquisition = start(PROCESS_KEY, newThemeId(), Map.of("themeTitle", "Selective KRAS G12D inhibitor",
        "selectedLicensee", "Kansai Pharma", "abandonmentReason", "Portfolio change.",
        REACQUISITION_DECISION, "RESOLICIT", IP_DISPOSITION, "MAINTAIN")); // of an earlier reacquisition of the theme
    assertThat(reacquisition).variables().doesNotContainKeys(REACQUISITION_DECISION, IP_DISPOSITION);
    assertThat(reacquisition).isWaitingAt(TASK_DECIDE_REACQUISITION);
    assertThat(task()).hasCandidateGroup("strategy-office-head");
    return reacquisition;
  }

  @ParameterizedTest(name = "{0} ends {1}")
  @CsvSource({"RESOLICIT, EndEvent_Resolicit", "CONTINUE_RESEARCH, EndEvent_ContinueResearch"})
  @DisplayName("AL-3: the network takes the theme back and solicits again or continues research")
  void takenBack_endsWithTheDecision(String decision, String endEvent) {
    ProcessInstance reacquisition = startReacquisition();
    complete(task(), withVariables(REACQUISITION_DECISION, decision));

    assertThat(reacquisition).isEnded().hasPassed(endEvent).hasNotPassed(TASK_DISPOSE_INTELLECTUAL_PROPERTY)
        .variables().containsEntry("stageOutcome", decision);
  }

  @ParameterizedTest
  @ValueSource(strings = {"MAINTAIN", "TRANSFER", "ABANDON"})
  @DisplayName("AL-3, IN-6: the network closes the theme; the IP office disposes of its IP: CLOSED")
  void closed_ipDisposed_endsClosed(String disposition) {
    ProcessInstance reacquisition = startReacquisition();
    complete(task(), withVariables(REACQUISITION_DECISION, "CLOSE"));

    assertThat(reacquisition).isWaitingAt(TASK_DISPOSE_INTELLECTUAL_PROPERTY);
    assertThat(task()).hasCandidateGroup("ip-office");
    complete(task(), withVariables(IP_DISPOSITION, disposition));
    assertThat(reacquisition).isEnded().hasPassedInOrder(TASK_DECIDE_REACQUISITION, TASK_DISPOSE_INTELLECTUAL_PROPERTY, END_THEME_CLOSED)
        .variables().containsEntry("stageOutcome", "CLOSED").containsEntry(IP_DISPOSITION, disposition);
  }

  @Test
  @DisplayName("AL-3: a licence without milestones abandoned before the launch: the head decides on taking the theme back")
  void abandonedWithoutMilestones_headDecidesOnTheReason() {
    String themeId = newThemeId();
    ProcessInstance post = start(PostLicensing.PROCESS_KEY, themeId, Map.of("themeTitle", "Selective KRAS G12D inhibitor",
        "selectedLicensee", "Kansai Pharma", "licenseAgreementReference", "LA-2027-003",
        "contributionShares", "[{\"institution\":\"Osaka University\",\"sharePercent\":100}]"));
    assertThat(post).isWaitingAt(PostLicensing.ACTIVITY_AWAIT_PRODUCT_LAUNCH);
    runtime.createMessageCorrelation(PostLicensing.MESSAGE_DEVELOPMENT_ABANDONED).processInstanceBusinessKey(themeId)
        .setVariable(PostLicensing.ABANDONMENT_REASON, "Safety signal before launch.").correlate();
    assertThat(post).isEnded().variables().containsEntry("stageOutcome", "ABANDONED");

    // what theme-lifecycle hands over to theme-reacquisition (CallActivity_Reacquisition's in-mapping)
    ProcessInstance reacquisition = start(PROCESS_KEY, themeId, Map.of("themeTitle", "Selective KRAS G12D inhibitor",
        "selectedLicensee", "Kansai Pharma", "licenseAgreementReference", "LA-2027-003",
        "abandonmentReason", historyService().createHistoricVariableInstanceQuery().processInstanceId(post.getId())
            .variableName(PostLicensing.ABANDONMENT_REASON).singleResult().getValue()));
    assertThat(reacquisition).isWaitingAt(TASK_DECIDE_REACQUISITION);
    assertThat(taskService.getVariable(task().getId(), "abandonmentReason")).isEqualTo("Safety signal before launch.");
    complete(task(), withVariables(REACQUISITION_DECISION, "RESOLICIT"));
    assertThat(reacquisition).isEnded().hasPassed(END_RESOLICIT);
  }

  @Test
  @DisplayName("An unknown decision or disposition is refused naming it; the task stays open")
  void unknownValues_areRefused() {
    ProcessInstance reacquisition = startReacquisition();
    assertThatThrownBy(() -> taskService.complete(task().getId(), Map.of(REACQUISITION_DECISION, "SELL")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("reacquisitionDecision: must be one of");
    complete(task(), withVariables(REACQUISITION_DECISION, "CLOSE"));
    assertThatThrownBy(() -> taskService.complete(task().getId(), Map.of(IP_DISPOSITION, "SELL")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("ipDisposition: must be one of");
    assertThat(reacquisition).isWaitingAt(TASK_DISPOSE_INTELLECTUAL_PROPERTY);
  }
}
