package jp.dsnet.themes.engine;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.StringValue;

/**
 * Typed reads of the variables a delegate needs and a form or check has already required: their
 * absence is a fault of the model or the caller, so it fails the job (an incident in Cockpit)
 * with the variable's name instead of a ClassCastException or a null in a ledger.
 */
public final class RequiredVariables {

  private RequiredVariables() {
  }

  /** A String variable that is set and not blank. */
  public static String text(VariableScope scope, String name) {
    StringValue value = scope.getVariableTyped(name);
    if (value == null || value.getValue() == null || value.getValue().isBlank()) {
      throw new IllegalStateException("The theme has no " + name + "; it is required here");
    }
    return value.getValue();
  }
}
