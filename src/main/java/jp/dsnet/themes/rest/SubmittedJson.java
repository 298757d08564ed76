package jp.dsnet.themes.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The JSON body of a submission, read once per request for the request filters that check it
 * and put back for Camunda's resource.
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
}
