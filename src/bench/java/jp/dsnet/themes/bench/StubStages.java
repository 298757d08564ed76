package jp.dsnet.themes.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * Stand-ins, in the benchmark's engines only, for the stage processes theme-lifecycle calls that
 * are not written yet: one user task, then the happy path's stageOutcome (intake also throws
 * THEME_ADOPTED, as the real one does at a GO). A stage that exists is never replaced; the report
 * names the stubs, so figures taken with stubs are not mistaken for the finished application.
 */
final class StubStages {

  static final String NAME_PREFIX = "Benchmark stub: ";
  static final String TASK_PREFIX = "BenchStub_";

  /** The stages of the happy path and the outcome each reports in it (docs/architecture.md). */
  static final Map<String, String> HAPPY_OUTCOMES = new LinkedHashMap<>();

  static {
    HAPPY_OUTCOMES.put(ThemeLifecycle.INTAKE, "ADOPTED");
    HAPPY_OUTCOMES.put(ThemeLifecycle.APPLIED_RESEARCH, "READY_FOR_LICENSING");
    HAPPY_OUTCOMES.put(ThemeLifecycle.SOLICITATION, "LICENSEE_SELECTED");
    HAPPY_OUTCOMES.put(ThemeLifecycle.LICENSING, "LICENSED");
    HAPPY_OUTCOMES.put(ThemeLifecycle.POST_LICENSING, "COMPLETED");
  }

  private StubStages() {
  }

  /** Stages of the happy path with no real model deployed (absent, or only a stub of ours). */
  static List<String> missing(RepositoryService repository) {
    return HAPPY_OUTCOMES.keySet().stream().filter(key -> {
      ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
      return latest == null || (latest.getName() != null && latest.getName().startsWith(NAME_PREFIX));
    }).toList();
  }

  static boolean isStubTask(String taskKey) {
    return taskKey.startsWith(TASK_PREFIX);
  }

  /** The outcome a stub's task is completed with. */
  static Map<String, Object> completion(String taskKey) {
    String stage = taskKey.substring(TASK_PREFIX.length()).replace('_', '-');
    Map<String, Object> variables = HappyPath.vars(ThemeLifecycle.STAGE_OUTCOME, HAPPY_OUTCOMES.get(stage));
    if (ThemeLifecycle.SOLICITATION.equals(stage)) {
      // what a solicitation with one applicant hands to licensing (LS-1..5)
      variables.put("selectedLicensee", HappyPath.LICENSEE);
      variables.put("contributionShares", HappyPath.json("[{\"institution\":\"" + HappyPath.INSTITUTION + "\",\"sharePercent\":100}]"));
    }
    return variables;
  }

  static String xml(String stageKey) {
    return Bpmn.convertToString(model(stageKey));
  }

  static BpmnModelInstance model(String stageKey) {
    AbstractFlowNodeBuilder<?, ?> node = Bpmn.createExecutableProcess(stageKey).name(NAME_PREFIX + stageKey)
        .camundaHistoryTimeToLiveString("P3650D")
        .startEvent("StartEvent_Stub")
        .userTask(TASK_PREFIX + stageKey.replace('-', '_')).name("Stub of " + stageKey).camundaCandidateGroups("strategy-office");
    if (ThemeLifecycle.INTAKE.equals(stageKey)) {
      node = node.intermediateThrowEvent("Event_StubAdopted").escalation(ThemeLifecycle.ESCALATION_THEME_ADOPTED);
    }
    return node.endEvent("EndEvent_Stub").done();
  }
}
