package jp.dsnet.themes.infra.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import jp.dsnet.themes.support.ProcessTestSupport;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The element templates in {@code .camunda/element-templates/} (where Camunda Modeler finds them
 * for this project) are how process owners add a delegate or listener without typing a bean name:
 * every template names an existing bean, and every bean expression the models use has a template.
 */
class ElementTemplatesTest extends ProcessTestSupport {

  static final Path TEMPLATES = Path.of(".camunda", "element-templates");
  static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
  private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

  @Autowired
  ApplicationContext context;

  private final List<JsonNode> templates = new ArrayList<>();

  @BeforeEach
  void readTemplates() throws IOException {
    for (Path file : ModelValidationTest.files(TEMPLATES, ".json").toList()) {
      new ObjectMapper().readTree(file.toFile()).forEach(templates::add);
    }
  }

  /** The delegate and listener expressions a template writes into the model. */
  private static List<String> expressions(JsonNode template) {
    List<String> expressions = new ArrayList<>();
    for (JsonNode property : template.path("properties")) {
      JsonNode binding = property.path("binding");
      boolean delegate = "property".equals(binding.path("type").asText()) && "camunda:delegateExpression".equals(binding.path("name").asText());
      boolean listener = "camunda:executionListener".equals(binding.path("type").asText());
      if (delegate || listener) {
        expressions.add(property.path("value").asText());
      }
    }
    return expressions;
  }

  @Test
  @DisplayName("Every template: Camunda 7 schema, a unique id, a version, and a name and description in English and Japanese")
  void templates_areCamunda7WithEnglishAndJapaneseLabels() {
    assertThat(templates).hasSizeGreaterThan(20);
    Set<String> ids = new HashSet<>();
    for (JsonNode t : templates) {
      String id = t.path("id").asText();
      assertThat(t.path("$schema").asText()).as(id).isEqualTo(SCHEMA);
      assertThat(ids.add(id)).as("unique id %s", id).isTrue();
      assertThat(t.path("version").isInt()).as("version of %s", id).isTrue();
      assertThat(t.path("appliesTo")).as("appliesTo of %s", id).isNotEmpty();
      assertThat(JAPANESE.matcher(t.path("name").asText()).find()).as("Japanese in the name of %s", id).isTrue();
      assertThat(t.path("name").asText()).as("English in the name of %s", id).containsPattern("[A-Za-z]{3}");
      assertThat(JAPANESE.matcher(t.path("description").asText()).find()).as("Japanese in the description of %s", id).isTrue();
    }
  }

  @Test
  @DisplayName("Every template's delegate expression or listener names an existing Spring bean and method")
  void templates_nameExistingBeans() {
    ModelRules rules = new ModelRules(ModelSafetyNetTest.springBeans(context), id -> java.util.Optional.empty());
    Map<String, String> problems = new TreeMap<>();
    for (JsonNode t : templates) {
      for (String expression : expressions(t)) {
        String problem = rules.beanProblem(expression);
        if (problem != null) {
          problems.put(t.path("id").asText(), problem);
        }
      }
    }
    assertThat(templates.stream().flatMap(t -> expressions(t).stream())).isNotEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  @DisplayName("Every delegate and listener expression used in processes/ has a template that writes exactly it")
  void everyExpressionOfTheModels_hasATemplate() throws IOException {
    Set<String> templated = new HashSet<>();
    templates.forEach(t -> templated.addAll(expressions(t)));
    Map<String, String> missing = new TreeMap<>();
    for (Path file : ModelValidationTest.bpmnFiles().toList()) {
      var model = Bpmn.readModelFromFile(file.toFile());
      // Task listeners: Camunda 7 templates cannot bind them; they stay a developer's part of their task.
      Set<String> taskListeners = new HashSet<>();
      model.getModelElementsByType(CamundaTaskListener.class).forEach(l -> {
        taskListeners.add(l.getCamundaDelegateExpression());
        taskListeners.add(l.getCamundaExpression());
      });
      ModelRules.beanExpressions(model).forEach((element, expressions) -> expressions.stream()
          .filter(e -> !templated.contains(e) && !taskListeners.contains(e))
          .forEach(e -> missing.put(file.getFileName() + "#" + element, e)));
    }
    assertThat(missing).as("elements whose expression no element template writes").isEmpty();
  }
}
