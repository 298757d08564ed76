package jp.dsnet.themes.validation;

/**
 * Bad input from a person or an external system: names the variable and says what is wrong.
 * Knows nothing of the engine; the REST layer answers it with HTTP 400.
 */
public class InvalidInputException extends RuntimeException {

  private final String variable;

  public InvalidInputException(String variable, String problem) {
    super(variable + ": " + problem);
    this.variable = variable;
  }

  public String getVariable() {
    return variable;
  }
}
