package jp.dsnet.themes.licensing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.dsnet.themes.validation.InvalidInputException;
import jp.dsnet.themes.validation.JsonInput;

/**
 * LO-5: the milestones of a licence contract, each with a progress report and a payment:
 * {@code milestones} = {@code [{"name":"Phase I start","dueDate":"2028-03-31T17:00:00+09:00","payment":100000000}]}.
 * Names are unique within a contract; a payment is whole yen, 0 for a progress milestone that
 * only reports progress (LO-5: "milestones that include progress reports") and pays nothing.
 */
public final class LicenseMilestones {

  public static final String VARIABLE = "milestones";
  static final int MAX_NAME_LENGTH = 200;
  static final int MAX_MILESTONES = 50;

  /** One milestone of the contract. */
  public record Milestone(String name, OffsetDateTime dueDate, long payment) {
  }

  private LicenseMilestones() {
  }

  /**
   * @param raw the variable as stored: Json, a String holding JSON, a Java list, or null (no milestones)
   * @throws InvalidInputException naming {@code milestones} when the list is malformed
   */
  public static List<Milestone> parse(Object raw) {
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      return List.of();
    }
    JsonNode json = JsonInput.require(VARIABLE, raw);
    if (!json.isArray()) {
      throw new InvalidInputException(VARIABLE, "must be a list of {\"name\":...,\"dueDate\":...,\"payment\":...}");
    }
    if (json.size() > MAX_MILESTONES) {
      throw new InvalidInputException(VARIABLE, "may hold at most " + MAX_MILESTONES + " milestones, has " + json.size());
    }
    List<Milestone> milestones = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int number = 0;
    for (JsonNode entry : json) {
      number++;
      String name = entry.path("name").asText("").trim();
      if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
        throw invalid(number, null, "needs a name of 1 to " + MAX_NAME_LENGTH + " characters");
      }
      if (!names.add(name)) {
        throw invalid(number, name, "has the same name as an earlier milestone; names must be unique");
      }
      OffsetDateTime dueDate;
      try {
        dueDate = OffsetDateTime.parse(entry.path("dueDate").asText(""));
      } catch (DateTimeParseException e) {
        throw invalid(number, name, "needs a dueDate as an ISO-8601 date-time with offset, e.g. 2028-03-31T17:00:00+09:00");
      }
      JsonNode payment = entry.path("payment");
      if (!payment.isIntegralNumber() || !payment.canConvertToLong() || payment.longValue() < 0) {
        throw invalid(number, name, "needs a payment in whole yen, 0 for a progress milestone or more");
      }
      milestones.add(new Milestone(name, dueDate, payment.longValue()));
    }
    return List.copyOf(milestones);
  }

  /** For a new contract: every due date lies in the future. */
  public static void requireFutureDueDates(List<Milestone> milestones, Instant now) {
    for (int i = 0; i < milestones.size(); i++) {
      Milestone milestone = milestones.get(i);
      if (!milestone.dueDate().toInstant().isAfter(now)) {
        throw invalid(i + 1, milestone.name(), "needs a dueDate in the future, was " + milestone.dueDate());
      }
    }
  }

  public static Optional<Milestone> find(List<Milestone> milestones, String name) {
    return milestones.stream().filter(m -> m.name().equals(name)).findFirst();
  }

  public static List<String> names(List<Milestone> milestones) {
    return milestones.stream().map(Milestone::name).toList();
  }

  private static InvalidInputException invalid(int number, String name, String problem) {
    return new InvalidInputException(VARIABLE, "milestone " + number + (name == null ? "" : " ('" + name + "')") + " " + problem);
  }
}
