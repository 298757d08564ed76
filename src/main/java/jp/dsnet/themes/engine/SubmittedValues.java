package jp.dsnet.themes.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import jp.dsnet.themes.validation.InvalidInputException;
import jp.dsnet.themes.validation.SubmittedText;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The types a submission may use (CONTRACT: String, Boolean, Integer/Long, Json or a String holding
 * it, dates as ISO-8601 Strings) and the characters its texts may hold. Checked before the engine
 * touches a value, so a serialized Java object, a file or bytes are refused with 400 instead of
 * failing inside the engine with 500.
 */
final class SubmittedValues {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Camunda's type names that the contract knows. */
  private static final Set<String> TYPES = Set.of("string", "boolean", "integer", "long", "json", "null");

  private SubmittedValues() {
  }

  /** @throws InvalidInputException naming the first variable with a refused type or character */
  static void check(Map<String, ?> variables) {
    if (variables == null) {
      return;
    }
    @SuppressWarnings("unchecked")
    VariableMap typed = Variables.fromMap((Map<String, Object>) variables);
    for (String name : typed.keySet()) {
      check(name, typed.getValueTyped(name));
    }
  }

  private static void check(String name, TypedValue value) {
    if (value == null) {
      return;
    }
    if (value.getType() == null) { // untyped: a Java value, or REST's value without "type"
      checkUntyped(name, value.getValue());
      return;
    }
    String type = value.getType().getName();
    if (!TYPES.contains(type)) {
      throw refusedType(name, value.getType().getName());
    }
    if ("string".equals(type) && value.getValue() != null) {
      SubmittedText.check(name, (String) value.getValue());
    }
    if ("json".equals(type)) {
      checkJson(name, value);
    }
  }

  private static void checkUntyped(String name, Object value) {
    if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return;
    }
    if (value instanceof String s) {
      SubmittedText.check(name, s);
      return;
    }
    throw refusedType(name, value.getClass().getSimpleName());
  }

  private static void checkJson(String name, TypedValue value) {
    String text = value instanceof SerializableValue s && s.getValueSerialized() != null
        ? s.getValueSerialized() : String.valueOf(value.getValue());
    JsonNode json;
    try {
      json = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(name, "must be JSON");
    }
    checkTexts(name, json);
  }

  private static void checkTexts(String name, JsonNode node) {
    if (node == null) {
      return;
    }
    if (node.isTextual()) {
      SubmittedText.check(name, node.asText());
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      SubmittedText.check(name, field.getKey());
      checkTexts(name, field.getValue());
    }
    if (node.isArray()) {
      node.forEach(item -> checkTexts(name, item));
    }
  }

  private static InvalidInputException refusedType(String name, String type) {
    return new InvalidInputException(name, "has the type " + type + ", which is not accepted: send a String, Boolean, "
        + "whole number (Integer or Long), Json, or a date as an ISO-8601 String");
  }
}
