package jp.dsnet.themes.support;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import jp.dsnet.themes.validation.Inputs;

/** Test data for the plain rules: what a person or portal submits, read at a fixed time. */
public final class Submitted {

  private Submitted() {
  }

  /** {@code at(now, "name", value, "other", value2)}; a null value stands for a missing field. */
  public static Inputs at(Instant now, Object... namesAndValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Inputs(values, now);
  }
}
