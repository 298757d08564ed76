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
 * a date-time in its own format, an empty field as "", an unticked checkbox as false. So values are
 * compared by meaning, not by Java type.
 */
final class UnchangedValue {

  private static final ObjectMapper JSON = new ObjectMapper();

  private UnchangedValue() {
  }

  static boolean same(Object submitted, Object current) {
    Object a = plain(submitted);
    Object b = plain(current);
    if (a == null || b == null) {
      // an unticked read-only checkbox comes back false for a value that was never set
      return a == b || Boolean.FALSE.equals(a) && b == null;
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
    Long dx = epochMillis(x);
    if (dx != null) { // a date-time the form showed in its own format
      return dx.equals(epochMillis(y));
    }
    JsonNode jx = json(x);
    JsonNode jy = json(y);
    return jx != null && jy != null && sameJson(jx, jy);
  }

  /** Json by meaning: numbers by value, date-times by instant (a form may reformat both), a missing key as null. */
  private static boolean sameJson(JsonNode a, JsonNode b) {
    if (a == null || a.isNull() || b == null || b.isNull()) {
      return (a == null || a.isNull()) && (b == null || b.isNull());
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isTextual() && b.isTextual()) {
      if (a.asText().equals(b.asText())) {
        return true;
      }
      Long x = epochMillis(a.asText());
      return x != null && x.equals(epochMillis(b.asText()));
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!sameJson(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      java.util.Set<String> keys = new java.util.HashSet<>();
      a.fieldNames().forEachRemaining(keys::add);
      b.fieldNames().forEachRemaining(keys::add);
      return keys.stream().allMatch(k -> sameJson(a.get(k), b.get(k)));
    }
    return a.equals(b);
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
    String text = value.toString().trim();
    try {
      return OffsetDateTime.parse(text).toInstant().toEpochMilli();
    } catch (RuntimeException notIsoWithOffset) {
      try { // Camunda's REST date format, e.g. 2027-03-31T17:00:00.000+0900
        return OffsetDateTime.parse(text, java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
            .toInstant().toEpochMilli();
      } catch (RuntimeException notADate) {
        return null;
      }
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
