package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.CONTRIBUTION_SHARES;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.dsnet.themes.validation.InvalidInputException;

/**
 * LS-5: each institution's share (持ち分) of the theme, e.g.
 * {@code [{"institution":"Osaka University","sharePercent":60},{"institution":"RIKEN","sharePercent":40}]}:
 * at least one institution, each named once with a whole-number share above 0, summing to exactly
 * 100. Accepts the Json variable, a String holding the same JSON, or a list of maps.
 */
public final class ContributionShares {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXAMPLE = "[{\"institution\":\"Osaka University\",\"sharePercent\":60},{\"institution\":\"RIKEN\",\"sharePercent\":40}]";

  /** One institution's share, in whole percent. */
  public record Share(String institution, int sharePercent) {
  }

  private ContributionShares() {
  }

  public static List<Share> parse(Object value) {
    JsonNode root = read(value);
    if (!root.isArray() || root.isEmpty()) {
      throw refuse("must be a non-empty JSON list like " + EXAMPLE);
    }
    List<Share> shares = new ArrayList<>();
    Set<String> institutions = new HashSet<>();
    int sum = 0;
    for (JsonNode item : root) {
      JsonNode institution = item.path("institution");
      if (!institution.isTextual() || institution.asText().isBlank()) {
        throw refuse("each entry needs an \"institution\" (text), e.g. " + EXAMPLE);
      }
      String name = institution.asText().trim();
      if (!institutions.add(name.toLowerCase())) {
        throw refuse("names the institution '" + name + "' twice");
      }
      JsonNode percent = item.path("sharePercent");
      if (!percent.isIntegralNumber() && !(percent.isNumber() && percent.asDouble() == Math.rint(percent.asDouble()))) {
        throw refuse("the share of '" + name + "' must be a whole number of percent (sharePercent), was " + percent);
      }
      int share = percent.asInt();
      if (share <= 0) {
        throw refuse("the share of '" + name + "' must be greater than 0, was " + share);
      }
      sum += share;
      shares.add(new Share(name, share));
    }
    if (sum != 100) {
      throw refuse("the shares must sum to exactly 100, they sum to " + sum);
    }
    return List.copyOf(shares);
  }

  /** The shares as the JSON text that the Json variable holds. */
  public static String toJson(List<Share> shares) {
    ArrayNode array = JSON.createArrayNode();
    shares.forEach(s -> array.addObject().put("institution", s.institution()).put("sharePercent", s.sharePercent()));
    return array.toString();
  }

  private static JsonNode read(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw refuse("is required: a JSON list like " + EXAMPLE);
    }
    try {
      if (value instanceof List<?> || value instanceof Map<?, ?>) {
        return JSON.valueToTree(value);
      }
      // a String, or the engine's Json value (whose text is the JSON)
      return JSON.readTree(value.toString());
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw refuse("is not valid JSON; expected a list like " + EXAMPLE);
    }
  }

  private static InvalidInputException refuse(String problem) {
    return new InvalidInputException(CONTRIBUTION_SHARES, problem);
  }
}
