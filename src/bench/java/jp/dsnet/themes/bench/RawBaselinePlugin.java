package jp.dsnet.themes.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.model.CoreModelElement;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Keeps the baseline raw in the benchmark's engine: the application adds its guards (input
 * validation, theme ID registry) to every model it parses; this post-parse listener takes the
 * application's listeners off the baselines (keys starting {@link BaselineModel#KEY_PREFIX}) again, and leaves
 * the engine's own (history, metrics) in place. Registered by the benchmark only.
 */
final class RawBaselinePlugin extends AbstractProcessEnginePlugin {

  private static final String APPLICATION_PACKAGE = "jp.dsnet.themes.";
  private static final String BENCH_PACKAGE = "jp.dsnet.themes.bench.";

  /** How many listeners were taken off, to show in the report that the baseline ran raw. */
  private volatile int removed;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        if (processDefinition.getKey().startsWith(BaselineModel.KEY_PREFIX)) {
          strip(processDefinition);
        }
      }
    });
  }

  int removed() {
    return removed;
  }

  private void strip(ScopeImpl scope) {
    removeFrom(scope);
    for (ActivityImpl activity : scope.getActivities()) {
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
        TaskDefinition definition = userTask.getTaskDefinition();
        for (String event : List.copyOf(definition.getBuiltinTaskListeners().keySet())) {
          removed += count(definition.getBuiltinTaskListeners().get(event), RawBaselinePlugin::isApplications);
          definition.getBuiltinTaskListeners().get(event).removeIf(RawBaselinePlugin::isApplications);
          List<?> all = definition.getAllTaskListenersForEvent(event);
          if (all != null) {
            all.removeIf(RawBaselinePlugin::isApplications);
          }
        }
      }
      strip(activity);
    }
  }

  private void removeFrom(CoreModelElement element) {
    for (String event : List.copyOf(element.getListeners().keySet())) {
      removed += count(element.getListeners().get(event), RawBaselinePlugin::isApplications);
      element.getListeners().get(event).removeIf(RawBaselinePlugin::isApplications);
    }
    for (String event : List.copyOf(element.getBuiltInListeners().keySet())) {
      element.getBuiltInListeners().get(event).removeIf(RawBaselinePlugin::isApplications);
    }
  }

  private static <T> int count(List<T> listeners, Predicate<Object> which) {
    return listeners == null ? 0 : (int) listeners.stream().filter(which).count();
  }

  private static boolean isApplications(Object listener) {
    String name = listener.getClass().getName();
    return name.startsWith(APPLICATION_PACKAGE) && !name.startsWith(BENCH_PACKAGE);
  }
}
