package jp.dsnet.themes.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.dsnet.themes.licensing.Licensing;
import jp.dsnet.themes.postlicensing.PostLicensing;
import jp.dsnet.themes.solicitation.LicenseeSolicitation;
import jp.dsnet.themes.validation.InvalidInputException;

/**
 * A message sets every variable it carries on the process instance, so a portal could otherwise
 * change what the office decided (the tender method, a deadline, the applicants) by adding it to
 * an application or a bid. {@code POST /message} for the messages listed here is refused (400,
 * naming the variable) when it carries any variable but its own (CONTRACT: messages); nothing is
 * correlated.
 */
public class MessageVariablesFilter implements ContainerRequestFilter {

  private static final Pattern MESSAGE = Pattern.compile("/?message/?");
  private static final List<String> VARIABLE_FIELDS = List.of("processVariables", "processVariablesLocal", "processVariablesToTriggeredScope");
  private static final Map<String, Set<String>> ALLOWED = Stream.of(LicenseeSolicitation.MESSAGE_VARIABLES,
      Licensing.MESSAGE_VARIABLES, PostLicensing.MESSAGE_VARIABLES).flatMap(m -> m.entrySet().stream())
      .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!"POST".equals(request.getMethod()) || !MESSAGE.matcher(request.getUriInfo().getPath()).matches()) {
      return;
    }
    JsonNode json = SubmittedJson.of(request);
    String messageName = json == null ? null : json.path("messageName").asText(null);
    Set<String> allowed = ALLOWED.get(messageName);
    if (allowed == null) {
      return;
    }
    for (String field : VARIABLE_FIELDS) {
      for (Iterator<String> names = json.path(field).fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!allowed.contains(name)) {
          request.abortWith(ClientErrorExceptionMapper.badInput(
              new InvalidInputException(name, messageName + " carries only " + new TreeSet<>(allowed))));
          return;
        }
      }
    }
  }
}
