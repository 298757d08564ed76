package jp.dsnet.themes.support;

import java.util.HashMap;
import java.util.Map;

/** Test data: the start variables of a theme as a portal sends them (CONTRACT: start variables). */
public final class Themes {

  private Themes() {
  }

  /** A theme in scope: a small molecule against cancer at target validation (SC-1..3). */
  public static Map<String, Object> proposal() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("themeTitle", "Selective KRAS G12D inhibitor for pancreatic cancer");
    variables.put("leadResearcher", "researcher");
    variables.put("institution", "Osaka University");
    variables.put("diseaseArea", "CANCER");
    variables.put("modality", "SMALL_MOLECULE");
    variables.put("researchStage", "TARGET_VALIDATION");
    variables.put("summary", "A covalent inhibitor series with in vivo efficacy in xenograft models.");
    return variables;
  }

  public static Map<String, Object> proposal(String name, Object value) {
    Map<String, Object> variables = proposal();
    if (value == null) {
      variables.remove(name);
    } else {
      variables.put(name, value);
    }
    return variables;
  }
}
