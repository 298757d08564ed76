package jp.dsnet.themes.rights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;

/**
 * IN-6 (権利化し導出): the patent applications the IP office has recorded for a theme, kept in the
 * theme record as the Json list {@code patentApplications} of application references. The IP
 * office adds one when it states at adoption an application already filed
 * (DefineIpAndPublicationStrategy) and when it files a new invention (FileInventionPatent); or it
 * records at adoption why none is needed ({@code ipWaiverReason}). A public call needs one or the other.
 */
public final class PatentApplications {

  /** The theme record's list of application references (Json). */
  public static final String VARIABLE = "patentApplications";
  /** Submitted by the IP office: one application reference. */
  public static final String REFERENCE = "patentApplicationReference";
  /** Submitted by the IP office at adoption: why the theme needs no application. */
  public static final String WAIVER_REASON = "ipWaiverReason";

  private static final ObjectMapper JSON = new ObjectMapper();

  private PatentApplications() {
  }

  /** The references in a Json variable, a String holding JSON, a list, or nothing (empty). */
  public static List<String> read(Object value) {
    List<String> references = new ArrayList<>();
    if (value == null) {
      return references;
    }
    if (value instanceof List<?> list) {
      list.forEach(o -> references.add(String.valueOf(o)));
      return references;
    }
    try {
      JsonNode root = JSON.readTree(value.toString());
      root.forEach(n -> references.add(n.asText()));
      return references;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not a JSON list of patent application references: " + value, e);
    }
  }

  /** The list with one more reference, as JSON; a reference already recorded is kept once. */
  public static String add(Object value, String reference) {
    List<String> references = read(value);
    String cleaned = reference.trim();
    if (!references.contains(cleaned)) {
      references.add(cleaned);
    }
    ArrayNode array = JSON.createArrayNode();
    references.forEach(array::add);
    return array.toString();
  }

  /** True when the theme's rights are secured enough to license it out: an application or a waiver. */
  public static boolean rightsSecured(Object applications, Object waiverReason) {
    return !read(applications).isEmpty() || (waiverReason instanceof String s && !s.isBlank());
  }
}
