package jp.dsnet.themes.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Whether a read-only form field came back with the value it was shown with. Tasklist sends back
 * what it displayed, in its own representation: a number as Integer or Long, Json re-serialized,
 * a date as text, an empty field as "" . So values are compared by meaning, not by Java type.
 */
final class UnchangedValue {

  private static final ObjectMapper JSON = new ObjectMapper();

  private UnchangedValue() {
  }

  static boolean same(Object submitted, Object current) {
    Object a = plain(submitted);
    Object b = plain(current);
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
    }
    if (a instanceof Date || b instanceof Date) {
      Long x = epochMillis(a);
      Long y = epochMillis(b);
      return x != null && x.equals(y);
    }
    String x = String.valueOf(a);
    String y = String.valueOf(b);
    if (x.equals(y)) {
      return true;
    }
    JsonNode jx = json(x);
    return jx != null && jx.equals(json(y));
  }

  /** The value itself; null for nothing or blank text. */
  private static Object plain(Object value) {
    Object v = value;
    if (v instanceof SerializableValue s && !s.isDeserialized()) {
      v = s.getValueSerialized();
    } else if (v instanceof TypedValue t) {
      v = t.getValue();
    }
    if (v instanceof String s && s.isBlank()) {
      return null;
    }
    return v;
  }

  private static Long epochMillis(Object value) {
    if (value instanceof Date d) {
      return d.getTime();
    }
    try {
      return OffsetDateTime.parse(value.toString().trim()).toInstant().toEpochMilli();
    } catch (RuntimeException notADate) {
      return null;
    }
  }

  private static JsonNode json(String text) {
    String t = text.trim();
    if (!(t.startsWith("[") || t.startsWith("{"))) {
      return null;
    }
    try {
      return JSON.readTree(t);
    } catch (Exception notJson) {
      return null;
    }
  }
}
