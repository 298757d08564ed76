package jp.dsnet.themes.engine;

import java.util.ArrayList;
import jp.dsnet.themes.lifecycle.ThemeRegistry;
import jp.dsnet.themes.portfolio.ThemeSummaries;
import jp.dsnet.themes.validation.InputChecks;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Adds the application's guards to every deployed model: input validation at task completion,
 * process start and message arrival, and the theme ID registry. They are built-in listeners, so a
 * client cannot skip them with {@code skipCustomListeners}, and process owners cannot lose them
 * by editing a model in Camunda Modeler. The same way, the portfolio's theme summaries (ADR 0009).
 */
@Component
public class ThemeEnginePlugin extends AbstractProcessEnginePlugin {

  private final InputChecks checks;
  private final ThemeRegistry registry;
  private final ThemeSummaries summaries;

  public ThemeEnginePlugin(InputChecks checks, ThemeRegistry registry, ThemeSummaries summaries) {
    this.checks = checks;
    this.registry = registry;
    this.summaries = summaries;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new GuardsParseListener(checks, registry, summaries));
  }
}
