package jp.dsnet.themes.engine;

import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import jp.dsnet.themes.lifecycle.ThemeRegistry;
import jp.dsnet.themes.lifecycle.ThemeStage;
import jp.dsnet.themes.portfolio.ThemeSummaries;
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
  private final ThemeSummaries summaries;

  GuardsParseListener(InputChecks checks, ThemeRegistry registry, ThemeSummaries summaries) {
    this.checks = checks;
    this.registry = registry;
    this.summaries = summaries;
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
    if (ThemeLifecycle.PROCESS_KEY.equals(process.getKey())) {
      // After the validation: the summary stores what the start brought, so only once it is known to be valid.
      process.addBuiltInListener(ExecutionListener.EVENTNAME_START, new ThemeSummaryListeners.ThemeStarted(summaries));
      process.addBuiltInListener(ExecutionListener.EVENTNAME_END, new ThemeSummaryListeners.ThemeEnded(summaries));
    }
  }

  /** The lifecycle's stages, for the portfolio (ADR 0009). */
  @Override
  public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
    ThemeStage stage = ThemeLifecycle.STAGE_OF_PROCESS.get(element.attribute("calledElement"));
    if (stage != null && activity.getProcessDefinition() instanceof ProcessDefinitionEntity process && ThemeLifecycle.PROCESS_KEY.equals(process.getKey())) {
      ThemeSummaryListeners.Stage listener = new ThemeSummaryListeners.Stage(summaries, stage.name());
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, listener);
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, listener);
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
