package jp.dsnet.themes.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.CallActivityBuilder;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;

/**
 * A second baseline with the application's call structure and nothing else: a raw root process
 * that calls one raw process per stage, in the order of the happy path, passing the business key
 * and the same variables as {@code theme-lifecycle}'s call activities; each raw stage holds the
 * user tasks, messages and timers the path met in that stage. No gateway, delegate, listener,
 * form, decision or asynchronous continuation. Comparing the application with it separates what
 * the structure costs in the engine from what the application adds on top.
 */
final class StructuredBaseline {

  static final String ROOT_KEY = BaselineModel.KEY_PREFIX + "structured";

  private StructuredBaseline() {
  }

  /** Deploys the models for {@code path} next to the deployed {@code theme-lifecycle} whose mappings they copy. */
  static void deploy(RepositoryService repository, List<Step> path) {
    BpmnModelInstance lifecycle = repository.getBpmnModelInstance(repository.createProcessDefinitionQuery()
        .processDefinitionKey(ThemeLifecycle.PROCESS_KEY).latestVersion().singleResult().getId());
    var deployment = repository.createDeployment().name(ROOT_KEY).source("benchmark").enableDuplicateFiltering(true);
    List<BpmnModelInstance> models = models(path, lifecycle);
    for (int i = 0; i < models.size(); i++) {
      deployment.addModelInstance(ROOT_KEY + "-" + i + ".bpmn", models.get(i));
    }
    deployment.deploy();
  }

  /**
   * The models, root first: one stage model per run of consecutive mirrored steps of one process.
   *
   * @param lifecycle the deployed {@code theme-lifecycle}, whose call activities give the variable mappings
   */
  static List<BpmnModelInstance> models(List<Step> path, BpmnModelInstance lifecycle) {
    List<String> stageKeys = new ArrayList<>();
    List<List<Step>> stages = new ArrayList<>();
    for (Step step : path) {
      if (!step.mirroredByBaseline() || step.process() == null) {
        continue;
      }
      if (stageKeys.isEmpty() || !stageKeys.get(stageKeys.size() - 1).equals(step.process())) {
        stageKeys.add(step.process());
        stages.add(new ArrayList<>());
      }
      stages.get(stages.size() - 1).add(step);
    }
    List<BpmnModelInstance> models = new ArrayList<>();
    AbstractFlowNodeBuilder<?, ?> root = Bpmn.createExecutableProcess(ROOT_KEY).camundaHistoryTimeToLive(3650)
        .name("Benchmark baseline: the call structure, raw").startEvent("StartEvent_Started");
    for (int i = 0; i < stages.size(); i++) {
      String stageKey = ROOT_KEY + "-" + (i + 1);
      CallActivityBuilder call = root.callActivity("CallActivity_" + (i + 1)).calledElement(stageKey);
      root = call;
      models.add(stage(stageKey, stages.get(i)));
      mappings(lifecycle, stageKeys.get(i), call);
    }
    BpmnModelInstance rootModel = root.endEvent("EndEvent_Ended").done();
    passBusinessKeys(rootModel);
    models.add(0, rootModel);
    return models;
  }

  /** The same in and out mappings as theme-lifecycle's call of {@code stageKey}. */
  private static void mappings(BpmnModelInstance lifecycle, String stageKey, CallActivityBuilder call) {
    for (CallActivity original : lifecycle.getModelElementsByType(CallActivity.class)) {
      if (!stageKey.equals(original.getCalledElement())) {
        continue;
      }
      for (CamundaIn in : original.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list()) {
        if (in.getCamundaSource() != null) {
          call.camundaIn(in.getCamundaSource(), in.getCamundaTarget());
        }
      }
      for (CamundaOut out : original.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list()) {
        if (out.getCamundaSource() != null) {
          call.camundaOut(out.getCamundaSource(), out.getCamundaTarget());
        }
      }
      return;
    }
  }

  /** As theme-lifecycle does: every called instance carries the theme's business key. */
  private static void passBusinessKeys(BpmnModelInstance root) {
    for (CallActivity call : root.getModelElementsByType(CallActivity.class)) {
      CamundaIn businessKey = root.newInstance(CamundaIn.class);
      businessKey.setCamundaBusinessKey("#{execution.processBusinessKey}");
      call.getExtensionElements().addChildElement(businessKey);
    }
  }

  private static BpmnModelInstance stage(String key, List<Step> steps) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(3650).startEvent();
    Map<String, Integer> seen = new HashMap<>();
    Map<String, String> messages = new LinkedHashMap<>();
    int timers = 0;
    for (Step step : steps) {
      int n = seen.merge(step.kind() + step.name(), 1, Integer::sum);
      String suffix = n > 1 ? "_" + n : "";
      flow = switch (step.kind()) {
        case TASK -> flow.userTask(BaselineModel.TASK_PREFIX + step.name() + suffix).camundaCandidateGroups("strategy-office");
        case MESSAGE -> flow.intermediateCatchEvent("Event_" + step.name() + suffix).message(step.name());
        case TIMER -> flow.intermediateCatchEvent("Event_Timer" + (++timers)).timerWithDuration(BaselineModel.TIMER_DURATION);
        default -> throw new IllegalArgumentException(step.toString());
      };
    }
    return flow.endEvent().done();
  }
}
