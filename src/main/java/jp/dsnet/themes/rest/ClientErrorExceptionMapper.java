package jp.dsnet.themes.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.dsnet.themes.lifecycle.ThemeConflictException;
import jp.dsnet.themes.validation.InvalidInputException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * Camunda's REST resources answer most engine exceptions with 500, also when a listener refused
 * the client's input. This mapper finds the application's own refusal in the cause chain and
 * answers 400 (bad input, naming the variable) or 409 (a theme with that ID is running); anything
 * else is answered exactly as Camunda would.
 */
public class ClientErrorExceptionMapper implements ExceptionMapper<Throwable> {

  @Override
  public Response toResponse(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        return badInput(invalid);
      }
      if (cause instanceof ThemeConflictException conflict) {
        return answer(Response.Status.CONFLICT, conflict, Map.of("businessKey", conflict.getThemeId()));
      }
      if (cause == cause.getCause()) {
        break;
      }
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }

  /** 400 naming the variable: also what the request filters answer, so every refusal looks the same. */
  static Response badInput(InvalidInputException invalid) {
    return answer(Response.Status.BAD_REQUEST, invalid, Map.of("variable", invalid.getVariable()));
  }

  static Response answer(Response.Status status, RuntimeException refusal, Map<String, String> detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", refusal.getClass().getSimpleName());
    body.put("message", refusal.getMessage());
    body.putAll(detail);
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }
}
