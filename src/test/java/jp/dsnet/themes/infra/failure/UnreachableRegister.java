package jp.dsnet.themes.infra.failure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Test-only step of {@code infra-half-way.bpmn} and {@code infra-incident.bpmn}: an outside
 * register that does not answer, failing the way a real integration fails. Its message is written
 * for the manager who reads it in Cockpit: what happened, that nothing was lost, what to do.
 */
public class UnreachableRegister implements JavaDelegate {

  public static final String MESSAGE = "The patent register (特許庁) did not answer, so the filing was not recorded. "
      + "Nothing is lost: the theme waits at this step. Ask IT to check the connection to the register, "
      + "then retry this step in Cockpit.";

  @Override
  public void execute(DelegateExecution execution) {
    throw new IllegalStateException(MESSAGE);
  }
}
