package jp.dsnet.themes.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The validation rules that a Camunda Form ({@code .form}) states for its fields, applied on the
 * server, so the form file is the single source of what Tasklist checks in the browser and what
 * the REST API refuses. Supported: {@code required}, {@code min}/{@code max} and whole numbers
 * ({@code decimalDigits: 0}) for numbers, {@code minLength}/{@code maxLength}/{@code pattern} for
 * text, the static options of selects and radios, ISO-8601 values for date-times. A checkbox's
 * Boolean is required (unless marked optional); a {@code required} checkbox must be ticked, as in
 * the browser. A field shown only under a condition ({@code conditional.hide}, see
 * {@link HideCondition}) is required only while shown, and its other rules hold whenever it carries a
 * value. Read-only and disabled fields are not validated: they may only come back unchanged, which
 * the submission gate checks with {@link #readOnlyKeys()}.
 *
 * <p>{@link #keys()} is everything a submission to this form may carry: every keyed field, the
 * path of every dynamic list, read-only fields included.
 */
public final class FormRules {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String formId;
  private final List<Field> fields;
  private final Set<String> keys;
  private final Set<String> readOnlyKeys;
  private final List<HideCondition> conditions;

  private FormRules(String formId, List<Field> fields, Set<String> keys, Set<String> readOnlyKeys, List<HideCondition> conditions) {
    this.formId = formId;
    this.fields = fields;
    this.keys = keys;
    this.readOnlyKeys = readOnlyKeys;
    this.conditions = conditions;
  }

  public static FormRules parse(InputStream formJson) throws IOException {
    JsonNode root = JSON.readTree(formJson);
    Collected collected = new Collected();
    collect(root.path("components"), collected);
    return new FormRules(root.path("id").asText(), List.copyOf(collected.fields), Collections.unmodifiableSet(collected.keys),
        Collections.unmodifiableSet(collected.readOnly), List.copyOf(collected.conditions));
  }

  /** The rules of no form: nothing may be submitted. */
  public static FormRules none() {
    return new FormRules(null, List.of(), Set.of(), Set.of(), List.of());
  }

  /** The variables a submission of this form may carry, in form order. */
  public Set<String> keys() {
    return keys;
  }

  /** The fields shown read-only (or disabled): a submission may only send them back unchanged. */
  public Set<String> readOnlyKeys() {
    return readOnlyKeys;
  }

  /** Every {@code conditional.hide} of the form, so a model test can insist that each is understood. */
  public List<HideCondition> conditions() {
    return conditions;
  }

  public String formId() {
    return formId;
  }

  public List<Field> fields() {
    return fields;
  }

  /**
   * Every variable a person fills in on this form: its input fields, also those shown only under a
   * condition, and its dynamic lists; not what it only shows (read-only or disabled).
   */
  public Set<String> inputKeys() {
    Set<String> input = new LinkedHashSet<>(keys);
    input.removeAll(readOnlyKeys);
    return Collections.unmodifiableSet(input);
  }

  /** Throws {@link InvalidInputException} for the first field whose value breaks its rules. */
  public void validate(Inputs inputs) {
    for (Field field : fields) {
      field.validate(inputs);
    }
  }

  private static final class Collected {
    final List<Field> fields = new ArrayList<>();
    final Set<String> keys = new LinkedHashSet<>();
    final Set<String> readOnly = new LinkedHashSet<>();
    final List<HideCondition> conditions = new ArrayList<>();
  }

  private static void collect(JsonNode components, Collected into) {
    for (JsonNode component : components) {
      HideCondition hide = component.path("conditional").hasNonNull("hide")
          ? HideCondition.parse(component.path("conditional").path("hide").asText()) : null;
      if (hide != null) {
        into.conditions.add(hide);
      }
      boolean readOnly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
      if ("dynamiclist".equals(component.path("type").asText())) {
        // One Json variable (its path); its fields are the parts of each item: the list's rules live in an InputCheck.
        String path = component.path("path").asText(null);
        if (path != null) {
          into.keys.add(path);
          if (readOnly) {
            into.readOnly.add(path);
          }
        }
        continue;
      }
      if (component.has("components")) { // group
        collect(component.path("components"), into);
        continue;
      }
      String key = component.path("key").asText(null);
      if (key == null) {
        continue; // text, spacer, separator: display only
      }
      into.keys.add(key);
      if (readOnly) {
        into.readOnly.add(key);
        continue;
      }
      into.fields.add(Field.of(component, hide));
    }
  }

  /** One input field of a form and its rules. */
  public record Field(String key, String type, boolean required, Double min, Double max, boolean wholeNumber,
                      Integer minLength, Integer maxLength, Pattern pattern, Set<String> options, boolean optional,
                      HideCondition hideIf) {

    static Field of(JsonNode c, HideCondition hideIf) {
      JsonNode v = c.path("validate");
      Set<String> options = new LinkedHashSet<>();
      c.path("values").forEach(o -> options.add(o.path("value").asText()));
      String pattern = v.path("pattern").asText(null);
      return new Field(c.path("key").asText(), c.path("type").asText(), v.path("required").asBoolean(false),
          v.has("min") ? v.get("min").asDouble() : null, v.has("max") ? v.get("max").asDouble() : null,
          c.path("decimalDigits").isInt() && c.path("decimalDigits").asInt() == 0,
          v.has("minLength") ? v.get("minLength").asInt() : null, v.has("maxLength") ? v.get("maxLength").asInt() : null,
          pattern == null || pattern.isEmpty() ? null : Pattern.compile(pattern), Set.copyOf(options),
          c.path("properties").path("optional").asBoolean(false), hideIf);
    }

    /** False while the form hides the field (an unsupported condition counts as "maybe hidden": not required). */
    boolean shown(Inputs in) {
      return hideIf == null || (hideIf.isSupported() && !hideIf.hides(in::raw));
    }

    void validate(Inputs in) {
      boolean shown = shown(in);
      if ("checkbox".equals(type)) {
        validateCheckbox(in, shown);
        return;
      }
      if (!in.has(key)) {
        if (required && shown) {
          throw new InvalidInputException(key, "is required");
        }
        return;
      }
      switch (type) {
        case "number" -> validateNumber(in);
        case "datetime" -> in.requireDateTime(key);
        case "select", "radio" -> validateOption(in);
        case "textfield", "textarea" -> validateText(in);
        default -> { /* display-only or free components carry no rules */ }
      }
    }

    /**
     * A checkbox always submits true or false, so its Boolean is required unless the form gives
     * it the custom property {@code optional: true} (for additions beyond the contract that a
     * REST client may omit); "required" means, as in the browser, that it must be ticked (IN-2).
     */
    private void validateCheckbox(Inputs in, boolean shown) {
      if ((optional || !shown) && !in.has(key)) {
        return;
      }
      if (!in.requireBoolean(key) && required && shown) {
        throw new InvalidInputException(key, "must be true");
      }
    }

    private void validateNumber(Inputs in) {
      double value;
      if (wholeNumber) {
        value = in.requireWholeNumber(key);
      } else if (in.raw(key) instanceof Number n) {
        value = n.doubleValue();
      } else {
        value = in.requireWholeNumber(key);
      }
      if ((min != null && value < min) || (max != null && value > max)) {
        throw new InvalidInputException(key, "must be " + range() + ", was " + format(value));
      }
    }

    private String range() {
      String kind = wholeNumber ? "a whole number" : "a number";
      if (min != null && max != null) {
        return kind + " from " + format(min) + " to " + format(max);
      }
      return min != null ? kind + " of at least " + format(min) : kind + " of at most " + format(max);
    }

    private void validateOption(Inputs in) {
      String value = in.requireString(key);
      if (!options.isEmpty() && !options.contains(value)) {
        throw new InvalidInputException(key, "must be one of " + new java.util.TreeSet<>(options) + ", was '" + value + "'");
      }
    }

    private void validateText(Inputs in) {
      String value = in.requireString(key);
      if (minLength != null && value.length() < minLength) {
        throw new InvalidInputException(key, "must be at least " + minLength + " characters");
      }
      if (maxLength != null && value.length() > maxLength) {
        throw new InvalidInputException(key, "must be at most " + maxLength + " characters, was " + value.length());
      }
      if (pattern != null && !pattern.matcher(value).matches()) {
        throw new InvalidInputException(key, "must match " + pattern.pattern() + ", was '" + value + "'");
      }
    }

    private static String format(double d) {
      return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
  }
}
