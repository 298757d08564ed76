package jp.dsnet.themes.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the request filters share: the JSON body of a submission, read once per request and put
 * back for Camunda's resource, and the refusal they answer with, in the shape of
 * {@link ClientErrorExceptionMapper}'s.
 */
final class SubmittedJson {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PROPERTY = SubmittedJson.class.getName();

  private SubmittedJson() {
  }

  /** The body as JSON, or null when it is none or malformed (Camunda answers that itself). */
  static JsonNode of(ContainerRequestContext request) throws IOException {
    if (!request.hasEntity()) {
      return null;
    }
    Object read = request.getProperty(PROPERTY);
    if (read == null) {
      byte[] body = request.getEntityStream().readAllBytes();
      request.setEntityStream(new ByteArrayInputStream(body));
      try {
        JsonNode json = JSON.readTree(body);
        read = json == null ? MissingNode.getInstance() : json;
      } catch (IOException notJson) {
        read = MissingNode.getInstance();
      }
      request.setProperty(PROPERTY, read);
    }
    return read instanceof MissingNode ? null : (JsonNode) read;
  }

  /** Aborts the request with {@code {type, message, variable}}; {@code variable} may be null. */
  static void refuse(ContainerRequestContext request, Response.Status status, String type, String message, String variable) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("type", type);
    answer.put("message", message);
    if (variable != null) {
      answer.put("variable", variable);
    }
    request.abortWith(Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(answer).build());
  }
}
