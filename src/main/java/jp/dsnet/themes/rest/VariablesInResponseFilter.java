package jp.dsnet.themes.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.dsnet.themes.identity.Groups;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Two REST options return a process instance's variables to whoever correlates a message or
 * starts an instance, without the READ permissions the engine asks for anywhere else:
 * {@code variablesInResultEnabled} on {@code POST /message} and {@code withVariablesInReturn} on
 * {@code POST /process-definition/.../start}. A portal may correlate and start but must read no
 * variable (CONTRACT: permissions), and must never see another company's application or bid
 * (LS-2). Only administrators may use these options; anyone else gets 403 and nothing happens.
 */
@Component
public class VariablesInResponseFilter implements ContainerRequestFilter {

  private static final Pattern START = Pattern.compile("/?process-definition/.+/start/?");
  private static final Pattern MESSAGE = Pattern.compile("/?message/?");

  private final ProcessEngine engine;

  public VariablesInResponseFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!"POST".equals(request.getMethod())) {
      return;
    }
    String path = request.getUriInfo().getPath();
    String option = MESSAGE.matcher(path).matches() ? "variablesInResultEnabled"
        : START.matcher(path).matches() ? "withVariablesInReturn" : null;
    if (option == null) {
      return;
    }
    JsonNode json = SubmittedJson.of(request);
    if (json != null && json.path(option).asBoolean(false) && !isAdministrator()) {
      request.abortWith(ClientErrorExceptionMapper.answer(Response.Status.FORBIDDEN, new AuthorizationException(option
          + ": only administrators may have process variables returned; send the request without it (the answer then carries no variables)"),
          Map.of()));
    }
  }

  private boolean isAdministrator() {
    Authentication user = engine.getIdentityService().getCurrentAuthentication();
    return Groups.anyOf(user, Set.of(Groups.ADMINS));
  }
}
