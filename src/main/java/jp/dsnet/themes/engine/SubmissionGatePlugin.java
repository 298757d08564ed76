package jp.dsnet.themes.engine;

import java.util.ArrayList;
import jp.dsnet.themes.validation.FormCatalog;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link SubmissionGate} in front of the engine's commands (before the command context
 * opens), so REST, the webapps and the Java API all pass it (ADR 0007).
 */
@Component
public class SubmissionGatePlugin extends AbstractProcessEnginePlugin {

  private final FormCatalog forms;

  public SubmissionGatePlugin(FormCatalog forms) {
    this.forms = forms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new SubmissionGate(configuration, forms));
  }
}
