package jp.dsnet.themes.engine;

import jp.dsnet.themes.validation.InputChecks;
import jp.dsnet.themes.validation.InvalidInputException;
import jp.dsnet.themes.validation.Inputs;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmActivity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Validates the start variables of a process that has a start form, and insists that it starts at
 * its start event: start instructions would skip the stages before the one they name.
 */
class StartInputValidation implements ExecutionListener {

  private final InputChecks checks;
  private final String processKey;
  private final String formId;

  StartInputValidation(InputChecks checks, String processKey, String formId) {
    this.checks = checks;
    this.processKey = processKey;
    this.formId = formId;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ExecutionEntity instance = (ExecutionEntity) execution;
    PvmActivity initial = instance.getProcessDefinition().getInitial();
    if (instance.getActivity() != null && initial != null && !initial.getId().equals(instance.getActivity().getId())) {
      throw new InvalidInputException("startInstructions",
          processKey + " starts at its start event '" + initial.getId() + "' only");
    }
    checks.validate(processKey, formId, new Inputs(execution.getVariables(), ClockUtil.getCurrentTime().toInstant()));
  }
}
