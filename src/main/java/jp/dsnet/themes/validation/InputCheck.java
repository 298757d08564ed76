package jp.dsnet.themes.validation;

import java.util.Set;

/**
 * The rules of one kind of input that a form file cannot say (cross-field rules, dates in the
 * future, JSON structures, the theme's state). Implementations are plain classes that know nothing
 * of the engine; {@link #appliesTo()} names the user task keys, message names or process keys
 * (for start variables) whose input they check.
 */
public interface InputCheck {

  Set<String> appliesTo();

  /**
   * @param submitted the values being submitted, together with the theme's current variables
   * @throws InvalidInputException naming the variable at fault
   */
  void check(Inputs submitted);
}
