package jp.dsnet.themes.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.dsnet.themes.validation.InvalidInputException;
import jp.dsnet.themes.validation.ProcessOwnedVariables;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * Refuses (400) a task completion, form submission, process start or message whose variables
 * include one that the processes own ({@link ProcessOwnedVariables}); the engine never sees it.
 * A task form may send such a variable back unchanged (Tasklist submits the read-only fields it
 * shows): only a different value is refused there.
 */
@Provider
public class ProcessOwnedVariablesFilter implements ContainerRequestFilter {

  private static final Pattern SUBMISSIONS = Pattern.compile(
      "/?(task/[^/]+/(complete|submit-form|resolve)|process-definition/(key/[^/]+|[^/]+)/(start|submit-form)|message)");
  private static final List<String> VARIABLE_FIELDS =
      List.of("variables", "processVariables", "processVariablesLocal", "processVariablesToTriggeredScope");

  /** True when a task submission sends a variable back with the value it already has. */
  private static boolean unchangedTaskVariable(String path, String name, JsonNode value) {
    String[] parts = path.replaceFirst("^/", "").split("/");
    if (!"task".equals(parts[0]) || !ProcessOwnedVariables.isOwned(name)) {
      return false;
    }
    Object current = EngineUtil.lookupProcessEngine(null).getTaskService().getVariable(parts[1], name);
    return current != null && String.valueOf(current).equals(value.isValueNode() ? value.asText() : value.toString());
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!"POST".equals(request.getMethod()) || !SUBMISSIONS.matcher(request.getUriInfo().getPath()).matches()) {
      return;
    }
    JsonNode json = SubmittedJson.of(request);
    if (json == null) {
      return;
    }
    List<String> names = new ArrayList<>();
    for (String field : VARIABLE_FIELDS) {
      json.path(field).fields().forEachRemaining(variable -> {
        if (!unchangedTaskVariable(request.getUriInfo().getPath(), variable.getKey(), variable.getValue().path("value"))) {
          names.add(variable.getKey());
        }
      });
    }
    try {
      ProcessOwnedVariables.refuseAny(names);
    } catch (InvalidInputException refused) {
      request.abortWith(ClientErrorExceptionMapper.badInput(refused));
    }
  }
}
