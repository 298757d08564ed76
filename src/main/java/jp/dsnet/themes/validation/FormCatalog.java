package jp.dsnet.themes.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** The rules of every Camunda Form of the application, by form id (the id a formRef names). */
@Component
public class FormCatalog {

  private final Map<String, FormRules> byId = new HashMap<>();

  public FormCatalog() {
    this("classpath*:forms/**/*.form");
  }

  public FormCatalog(String locationPattern) {
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
        try (InputStream in = resource.getInputStream()) {
          FormRules rules = FormRules.parse(in);
          if (byId.put(rules.formId(), rules) != null) {
            throw new IllegalStateException("Two forms have the id '" + rules.formId() + "'");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the forms " + locationPattern, e);
    }
  }

  public Optional<FormRules> find(String formId) {
    return Optional.ofNullable(byId.get(formId));
  }
}
