package jp.dsnet.themes.research;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.dsnet.themes.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The plan of supporting research (AR-1, AR-2), read from what the office entered: the support
 * types as a list (one report each) and the milestone's dates for the timers. Used from the model
 * as {@code ${supportPlan.types(supportTypes)}} and {@code ${supportPlan.dueDate(milestoneDueDate)}}.
 */
@Component("supportPlan")
public class SupportPlan {

  /** How long before the due date the office is reminded. */
  static final Duration REMINDER_LEAD = Duration.ofDays(14);

  /** "HTS, PHARMACOLOGY" as a list of distinct, known support types; refuses anything else. */
  public List<String> types(String supportTypes) {
    if (supportTypes == null || supportTypes.isBlank()) {
      throw new InvalidInputException(AppliedResearch.SUPPORT_TYPES, "is required: at least one support type");
    }
    Set<String> types = new LinkedHashSet<>();
    for (String part : supportTypes.split(",")) {
      String type = part.trim();
      try {
        AppliedResearch.SupportType.valueOf(type);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(AppliedResearch.SUPPORT_TYPES, "unknown support type '" + type + "'; known: "
            + Arrays.toString(AppliedResearch.SupportType.values()));
      }
      if (!types.add(type)) {
        throw new InvalidInputException(AppliedResearch.SUPPORT_TYPES, "names " + type + " twice");
      }
    }
    return new ArrayList<>(types);
  }

  public Date dueDate(String milestoneDueDate) {
    return Date.from(OffsetDateTime.parse(milestoneDueDate).toInstant());
  }

  public Date reminderDate(String milestoneDueDate) {
    return Date.from(OffsetDateTime.parse(milestoneDueDate).toInstant().minus(REMINDER_LEAD));
  }
}
