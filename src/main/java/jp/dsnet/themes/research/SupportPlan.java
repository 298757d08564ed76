package jp.dsnet.themes.research;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.dsnet.themes.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * AR-1: reads the comma list of support types the strategy office commissions
 * ({@code supportTypes}, e.g. {@code "HTS, PHARMACOLOGY"}). The model uses it as
 * {@code ${supportPlan.typesOf(supportTypes)}} for the collection of the multi-instance
 * {@code ReportSupportResults}: one task per support type.
 */
@Component("supportPlan")
public class SupportPlan {

  private static final String KNOWN = Arrays.stream(SupportType.values()).map(Enum::name).collect(Collectors.joining(", "));

  /** The support types in the order given, as names; refuses unknown, repeated or no types. */
  public List<String> typesOf(String supportTypes) {
    return parse(supportTypes).stream().map(Enum::name).toList();
  }

  public static List<SupportType> parse(String supportTypes) {
    if (supportTypes == null || supportTypes.isBlank()) {
      throw new InvalidInputException(AppliedResearch.SUPPORT_TYPES, "is required: a comma list of " + KNOWN);
    }
    Set<SupportType> types = new LinkedHashSet<>();
    for (String item : supportTypes.split(",")) {
      String name = item.trim();
      if (name.isEmpty()) {
        throw new InvalidInputException(AppliedResearch.SUPPORT_TYPES,
            "has an empty item in '" + supportTypes + "'; give a comma list of " + KNOWN);
      }
      SupportType type;
      try {
        type = SupportType.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(AppliedResearch.SUPPORT_TYPES,
            "'" + name + "' is not a support type; each must be one of " + KNOWN);
      }
      if (!types.add(type)) {
        throw new InvalidInputException(AppliedResearch.SUPPORT_TYPES, "names " + name + " twice");
      }
    }
    return new ArrayList<>(types);
  }
}
