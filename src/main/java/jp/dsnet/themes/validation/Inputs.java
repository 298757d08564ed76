package jp.dsnet.themes.validation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Typed, validating read access to submitted values (task variables, message payload, start
 * variables). Every accessor either returns a well-formed value or throws
 * {@link InvalidInputException} naming the variable.
 */
public final class Inputs {

  private final Map<String, Object> values;
  private final Instant now;

  public Inputs(Map<String, Object> values, Instant now) {
    this.values = values;
    this.now = now;
  }

  public Instant now() {
    return now;
  }

  public boolean has(String name) {
    Object value = values.get(name);
    return value != null && !(value instanceof String s && s.isBlank());
  }

  public Object raw(String name) {
    return values.get(name);
  }

  public String requireString(String name) {
    Object value = values.get(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw new InvalidInputException(name, "is required");
    }
    if (!(value instanceof String s)) {
      throw new InvalidInputException(name, "must be a text (String), was " + typeOf(value));
    }
    return s.trim();
  }

  public Optional<String> optionalString(String name) {
    return has(name) ? Optional.of(requireString(name)) : Optional.empty();
  }

  public String requireString(String name, int maxLength) {
    String value = requireString(name);
    if (value.length() > maxLength) {
      throw new InvalidInputException(name, "must be at most " + maxLength + " characters, was " + value.length());
    }
    return value;
  }

  public <E extends Enum<E>> E requireEnum(String name, Class<E> type) {
    String value = requireString(name);
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(name, "must be one of " + names(type) + ", was '" + value + "'");
    }
  }

  public boolean requireBoolean(String name) {
    Object value = values.get(name);
    if (value == null) {
      throw new InvalidInputException(name, "is required (true or false)");
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s);
    }
    throw new InvalidInputException(name, "must be true or false (Boolean), was " + typeOf(value));
  }

  public void requireTrue(String name, String why) {
    if (!requireBoolean(name)) {
      throw new InvalidInputException(name, "must be true: " + why);
    }
  }

  public long requireWholeNumber(String name) {
    Object value = values.get(name);
    if (value == null) {
      throw new InvalidInputException(name, "is required (a whole number)");
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return n.longValue();
    }
    if (value instanceof String s) {
      try {
        return Long.parseLong(s.trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new InvalidInputException(name, "must be a whole number, was " + describe(value));
  }

  public long requireWholeNumber(String name, long min, long max) {
    long value = requireWholeNumber(name);
    if (value < min || value > max) {
      throw new InvalidInputException(name, "must be a whole number from " + min + " to " + max + ", was " + value);
    }
    return value;
  }

  public long requirePositiveAmount(String name) {
    long value = requireWholeNumber(name);
    if (value <= 0) {
      throw new InvalidInputException(name, "must be an amount in yen greater than 0, was " + value);
    }
    return value;
  }

  public OffsetDateTime requireDateTime(String name) {
    Object value = values.get(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw new InvalidInputException(name, "is required (an ISO-8601 date-time with offset, e.g. 2027-03-31T17:00:00+09:00)");
    }
    if (value instanceof Date date) {
      return date.toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
    if (value instanceof String s) {
      try {
        return OffsetDateTime.parse(s.trim());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    throw new InvalidInputException(name,
        "must be an ISO-8601 date-time with offset, e.g. 2027-03-31T17:00:00+09:00, was " + describe(value));
  }

  public OffsetDateTime requireFutureDateTime(String name) {
    OffsetDateTime value = requireDateTime(name);
    if (!value.toInstant().isAfter(now)) {
      throw new InvalidInputException(name, "must be in the future, was " + value);
    }
    return value;
  }

  /**
   * A message accepted only before a deadline the theme holds ({@code deadlineName}, required):
   * at or after it, refused naming {@code refused} with the problem {@code afterDeadline} tells.
   */
  public OffsetDateTime requireBeforeDeadline(String deadlineName, String refused, Function<OffsetDateTime, String> afterDeadline) {
    OffsetDateTime deadline = requireDateTime(deadlineName);
    if (!now.isBefore(deadline.toInstant())) {
      throw new InvalidInputException(refused, afterDeadline.apply(deadline));
    }
    return deadline;
  }

  private static <E extends Enum<E>> Set<String> names(Class<E> type) {
    Set<String> names = new TreeSet<>();
    Arrays.stream(type.getEnumConstants()).forEach(c -> names.add(c.name()));
    return names;
  }

  static String typeOf(Object value) {
    return value.getClass().getSimpleName();
  }

  static String describe(Object value) {
    return value instanceof String s ? "'" + s + "'" : value + " (" + typeOf(value) + ")";
  }
}
