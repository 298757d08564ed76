package jp.dsnet.themes.engine;

import jakarta.ws.rs.core.Response.Status;
import jp.dsnet.themes.validation.InvalidInputException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * A submission refused for bad input, as Camunda's REST resources understand it: they keep the
 * status of a {@code RestException}, so the webapps' engine API (Tasklist, Cockpit) answers 400 as
 * {@code /engine-rest} does, where {@code ClientErrorExceptionMapper} finds the
 * {@link InvalidInputException} inside and adds the variable's name. Java callers find it as the cause.
 */
public class RefusedSubmissionException extends InvalidRequestException {

  public RefusedSubmissionException(InvalidInputException cause) {
    super(Status.BAD_REQUEST, cause, cause.getMessage());
  }

  public InvalidInputException getInvalidInput() {
    return (InvalidInputException) getCause();
  }
}
