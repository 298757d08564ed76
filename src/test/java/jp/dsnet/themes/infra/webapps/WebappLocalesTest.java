package jp.dsnet.themes.infra.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Japanese locale files of the Camunda webapps against the English ones of the webjar this
 * build runs (camunda-webapp-webjar 7.24 on the class path): a Camunda upgrade that adds a label
 * makes this test fail until the label is translated. Tasklist, Welcome and Admin are complete;
 * Cockpit is complete for the screens a manager uses ({@link #COCKPIT_MANAGER_PREFIXES}), its
 * other labels fall back to English (docs/webapps.md).
 */
class WebappLocalesTest {

  static final String APPS = "META-INF/resources/webjars/camunda/app/";

  /**
   * Label keys of Cockpit's manager screens: header, login and error pages, dashboard, processes
   * and decisions lists, process definition and instance with their tabs (instances, incidents,
   * called processes, user tasks, jobs, variables), decision definition and instance.
   */
  static final List<String> COCKPIT_MANAGER_PREFIXES = List.of("ACTIVITY_INSTANCE", "AUTH_", "BANNER_CE_", "BREAD_CRUMBS",
      "CAM_WIDGET_", "COCKPIT_", "DASHBOARD_", "DECISION_DEFINITION", "DECISION_INSTANCE", "DEFINITIONS_", "DEF_VIEW",
      "DIRECTIVE_", "PAGES_", "PAGE_LOGIN_", "PAGINATION_", "PIE_CHART", "PLUGIN_ACTIVITY", "PLUGIN_CALLED", "PLUGIN_DECISION",
      "PLUGIN_DIAGRAM", "PLUGIN_DOCUMENTATION", "PLUGIN_EXTERNAL", "PLUGIN_INC", "PLUGIN_JOBS", "PLUGIN_PROCESS", "PLUGIN_TASK",
      "PLUGIN_USER", "PLUGIN_VARIABLE", "PLUGIN_VIEW", "PROCESS_DEFINITION", "PROCESS_INSTANCE", "PROCESS_PROCESSES",
      "PROGRESS_DIAGRAM", "QUICK_FILTER", "SERVICES_RESOURCE", "TIME_TO", "VARIABLE_INSPECT");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "welcome", "admin"})
  @DisplayName("Tasklist, Welcome and Admin: every label of 7.24's en.json has its Japanese translation")
  void completeApps_translateEveryEnglishLabel(String app) throws IOException {
    Map<String, String> english = labels(webjarEnglish(app));
    Map<String, String> japanese = labels(japanese(app));
    assertThat(japanese.keySet()).as("%s: keys of en.json without a translation in ja.json", app)
        .containsAll(english.keySet());
    assertSameLabels(app, english, japanese);
  }

  @Test
  @DisplayName("Cockpit: every label of the manager's screens has its Japanese translation; the rest falls back to English")
  void cockpit_translatesTheManagersScreens() throws IOException {
    Map<String, String> english = labels(webjarEnglish("cockpit"));
    Map<String, String> japanese = labels(japanese("cockpit"));
    List<String> managerKeys = english.keySet().stream()
        .filter(key -> COCKPIT_MANAGER_PREFIXES.stream().anyMatch(key::startsWith)).toList();
    for (String prefix : COCKPIT_MANAGER_PREFIXES) {
      assertThat(managerKeys).as("7.24's cockpit labels starting with %s", prefix).anyMatch(key -> key.startsWith(prefix));
    }
    assertThat(japanese.keySet()).as("cockpit: manager-screen keys of en.json without a translation in ja.json")
        .containsAll(managerKeys);
    assertSameLabels("cockpit", english, japanese);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  @DisplayName("Every app offers Japanese with English as the fallback, and hides Camunda 7 CE's Camunda 8 banner")
  void everyApp_offersJapanese_andHidesTheBanner(String app) throws IOException {
    String config = text(APPS + app + "/scripts/config.js").replaceAll("\\s+", "");
    assertThat(config).as("%s/scripts/config.js", app).contains("exportdefault{")
        .contains("availableLocales:['en','ja']").contains("fallbackLocale:'en'");
    String styles = text(APPS + app + "/styles/user-styles.css").replaceAll("\\s+", " ");
    assertThat(styles).as("%s/styles/user-styles.css", app).contains(".ce-eol-banner { display: none !important; }");
  }

  /** No key that Camunda does not know (a typo would be a label left in English), placeholders kept, text really Japanese. */
  private static void assertSameLabels(String app, Map<String, String> english, Map<String, String> japanese) {
    assertThat(english.keySet()).as("%s: keys of ja.json that 7.24's en.json does not have", app).containsAll(japanese.keySet());
    List<String> lostPlaceholders = new ArrayList<>();
    for (Map.Entry<String, String> entry : japanese.entrySet()) {
      List<String> expected = placeholders(english.get(entry.getKey()));
      if (!placeholders(entry.getValue()).containsAll(expected)) {
        lostPlaceholders.add(entry.getKey() + " needs " + expected);
      }
    }
    assertThat(lostPlaceholders).as("%s: translations that lost a {{placeholder}} of the English label", app).isEmpty();
    long inJapanese = japanese.values().stream().filter(text -> text.codePoints().anyMatch(WebappLocalesTest::isJapanese)).count();
    assertThat(inJapanese).as("%s: labels written in Japanese", app).isGreaterThan(japanese.size() * 8L / 10);
  }

  private static boolean isJapanese(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HAN;
  }

  private static List<String> placeholders(String text) {
    List<String> names = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    Collections.sort(names);
    return names;
  }

  static Map<String, String> labels(JsonNode locale) {
    assertThat(locale.has("labels")).as("locale file with labels").isTrue();
    Map<String, String> labels = new TreeMap<>();
    locale.get("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
    return labels;
  }

  /** en.json of Camunda's webjar, not a file of this project at the same path. */
  static JsonNode webjarEnglish(String app) throws IOException {
    for (URL url : Collections.list(WebappLocalesTest.class.getClassLoader().getResources(APPS + app + "/locales/en.json"))) {
      if (url.toString().contains("camunda-webapp-webjar")) {
        return read(url);
      }
    }
    throw new IllegalStateException("camunda-webapp-webjar's " + app + "/locales/en.json is not on the test class path");
  }

  static JsonNode japanese(String app) throws IOException {
    URL url = WebappLocalesTest.class.getClassLoader().getResource(APPS + app + "/locales/ja.json");
    assertThat(url).as("%s/locales/ja.json of this project", app).isNotNull();
    return read(url);
  }

  private static String text(String resource) throws IOException {
    URL url = WebappLocalesTest.class.getClassLoader().getResource(resource);
    assertThat(url).as(resource).isNotNull();
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static JsonNode read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }
  }
}
