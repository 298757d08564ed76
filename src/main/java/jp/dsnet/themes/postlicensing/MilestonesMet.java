package jp.dsnet.themes.postlicensing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import jp.dsnet.themes.validation.JsonInput;

/** The variable {@code milestonesMet}: a Json list of the names of the milestones met so far. */
final class MilestonesMet {

  private MilestonesMet() {
  }

  static List<String> of(Object raw) {
    if (raw == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (JsonNode name : JsonInput.require(PostLicensing.MILESTONES_MET, raw)) {
      names.add(name.asText());
    }
    return names;
  }

  /** The JSON text of the list with one more name. */
  static String with(Object raw, String name) {
    List<String> names = new ArrayList<>(of(raw));
    if (!names.contains(name)) {
      names.add(name);
    }
    return JsonInput.write(names);
  }
}
