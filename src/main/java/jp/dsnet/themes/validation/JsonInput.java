package jp.dsnet.themes.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.Map;

/**
 * Reads a {@code Json} variable whatever form it arrives in: a Json variable (whose value prints
 * as its JSON text), a String holding the same JSON (CONTRACT: "Json variables also accept a
 * String holding the same JSON"), or a Java list or map.
 */
public final class JsonInput {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonInput() {
  }

  /**
   * @throws InvalidInputException naming the variable when it is missing or not JSON
   */
  public static JsonNode require(String variable, Object raw) {
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      throw new InvalidInputException(variable, "is required (JSON)");
    }
    if (raw instanceof Collection<?> || raw instanceof Map<?, ?>) {
      return JSON.valueToTree(raw);
    }
    try {
      return JSON.readTree(raw.toString());
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(variable, "must be JSON, was " + Inputs.describe(raw));
    }
  }

  /** Writes a value as JSON text, e.g. to store it as a Json variable. */
  public static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + value + " as JSON", e);
    }
  }
}
