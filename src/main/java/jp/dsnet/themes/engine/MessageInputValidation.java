package jp.dsnet.themes.engine;

import java.util.Optional;
import jp.dsnet.themes.validation.InputChecks;
import jp.dsnet.themes.validation.Inputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.Event;

/**
 * Validates the variables a correlated message brought, by the message's name, as the event that
 * caught it completes. A refusal rolls the correlation back: nothing waits less, nothing changes.
 */
class MessageInputValidation implements ExecutionListener {

  private final InputChecks checks;

  MessageInputValidation(InputChecks checks) {
    this.checks = checks;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) { // left without its message: an interrupting timer or event, a cancellation
      return;
    }
    messageName(execution.getBpmnModelElementInstance()).ifPresent(name ->
        checks.validate(name, null, new Inputs(execution.getVariables(), ClockUtil.getCurrentTime().toInstant())));
  }

  static Optional<String> messageName(FlowElement element) {
    if (element instanceof ReceiveTask task) {
      return Optional.ofNullable(task.getMessage()).map(Message::getName);
    }
    if (element instanceof Event event) {
      for (EventDefinition definition : event.getChildElementsByType(EventDefinition.class)) {
        if (definition instanceof MessageEventDefinition message && message.getMessage() != null) {
          return Optional.ofNullable(message.getMessage().getName());
        }
      }
    }
    return Optional.empty();
  }
}
