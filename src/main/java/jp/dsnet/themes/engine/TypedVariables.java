package jp.dsnet.themes.engine;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.StringValue;

/**
 * Typed reads of the variables a delegate needs. One that a form or check has already required
 * must be there: its absence is a fault of the model or the caller, so it fails the job (an
 * incident in Cockpit) with the variable's name instead of a ClassCastException or a null in a
 * ledger.
 */
public final class TypedVariables {

  private TypedVariables() {
  }

  /** A String variable that is set and not blank. */
  public static String requiredText(VariableScope scope, String name) {
    StringValue value = scope.getVariableTyped(name);
    if (value == null || value.getValue() == null || value.getValue().isBlank()) {
      throw new IllegalStateException("The theme has no " + name + "; it is required here");
    }
    return value.getValue();
  }

  /** A String variable that may be absent (null then). */
  public static String optionalText(VariableScope scope, String name) {
    StringValue value = scope.getVariableTyped(name);
    return value == null ? null : value.getValue();
  }
}
