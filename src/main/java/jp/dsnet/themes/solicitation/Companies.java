package jp.dsnet.themes.solicitation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A list of company names kept as a Json variable ({@code applicants}, {@code bidders}), with
 * the rule that tells whether two names are the same company: equal after trimming, collapsing
 * white space and ignoring case ("Kansai  Pharma" is "KANSAI PHARMA"). The first spelling stays.
 */
public final class Companies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Companies() {
  }

  /** The key that identifies a company name. */
  public static String key(String company) {
    return company.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  public static String clean(String company) {
    return company.trim().replaceAll("\\s+", " ");
  }

  /** Reads the names from a Json variable, a String holding JSON, a list, or nothing (empty). */
  public static List<String> read(Object value) {
    if (value == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(o -> names.add(String.valueOf(o)));
      return names;
    }
    try {
      JsonNode root = JSON.readTree(value.toString());
      root.forEach(n -> names.add(n.asText()));
      return names;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not a JSON list of company names: " + value, e);
    }
  }

  /** The name as it was first given, when the list holds this company. */
  public static Optional<String> find(List<String> companies, String company) {
    String key = key(company);
    return companies.stream().filter(c -> key(c).equals(key)).findFirst();
  }

  public static String toJson(List<String> companies) {
    ArrayNode array = JSON.createArrayNode();
    companies.forEach(array::add);
    return array.toString();
  }
}
