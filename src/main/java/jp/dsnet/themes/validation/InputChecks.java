package jp.dsnet.themes.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Validates one submission: the rules of its form first (field by field), then every
 * {@link InputCheck} registered for its task key, message name or process key.
 */
@Component
public class InputChecks {

  private final FormCatalog forms;
  private final Map<String, List<InputCheck>> byKey = new HashMap<>();

  public InputChecks(FormCatalog forms, List<InputCheck> checks) {
    this.forms = forms;
    for (InputCheck check : checks) {
      for (String key : check.appliesTo()) {
        byKey.merge(key, List.of(check), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
      }
    }
  }

  /**
   * @param key the task definition key, message name or process key
   * @param formId the form of the task or start event, or null where there is none
   */
  public void validate(String key, String formId, Inputs inputs) {
    if (formId != null) {
      forms.find(formId).ifPresent(rules -> rules.validate(inputs));
    }
    for (InputCheck check : byKey.getOrDefault(key, List.of())) {
      check.check(inputs);
    }
  }
}
