package jp.dsnet.themes.engine;

import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import jp.dsnet.themes.lifecycle.ThemeRegistry;
import jp.dsnet.themes.validation.InputChecks;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Attaches the guards of {@link ThemeEnginePlugin} while a model is parsed. */
class GuardsParseListener extends AbstractBpmnParseListener {

  private final InputChecks checks;
  private final ThemeRegistry registry;

  GuardsParseListener(InputChecks checks, ThemeRegistry registry) {
    this.checks = checks;
    this.registry = registry;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    String formId = userTaskElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
        .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, new TaskInputValidation(checks, activity.getId(), formId));
  }

  @Override
  public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEventActivity) {
    if (!(scope instanceof ProcessDefinitionEntity process)) {
      attachMessageValidation(startEventElement, startEventActivity);
      return;
    }
    if (ThemeLifecycle.PROCESS_KEY.equals(process.getKey())) {
      process.addBuiltInListener(ExecutionListener.EVENTNAME_START, new ThemeRegistration.OnStart(registry));
      process.addBuiltInListener(ExecutionListener.EVENTNAME_END, new ThemeRegistration.OnEnd(registry));
    }
    String formId = startEventElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    if (formId != null) {
      process.addBuiltInListener(ExecutionListener.EVENTNAME_START, new StartInputValidation(checks, process.getKey(), formId));
    }
  }

  @Override
  public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    attachMessageValidation(element, activity);
  }

  @Override
  public void parseBoundaryEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    attachMessageValidation(element, activity);
  }

  @Override
  public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (element.attribute("messageRef") != null) {
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, new MessageInputValidation(checks));
    }
  }

  private void attachMessageValidation(Element eventElement, ActivityImpl activity) {
    if (eventElement.element("messageEventDefinition") != null) {
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, new MessageInputValidation(checks));
    }
  }
}
