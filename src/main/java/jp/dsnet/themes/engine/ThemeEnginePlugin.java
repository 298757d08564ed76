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
 * by editing a model in Camunda Modeler. Clients' commands that lose a race against the engine's
 * own concurrency are run again instead of failing (ADR 0008). A model deployed without its forms
 * finds the latest deployed ones ({@link FormBindingFallback}, ADR 0010).
 * The portfolio's theme summaries are kept the same way (ADR 0009).
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
    // ADR 0008: before the transaction, run a client's command again when it lost a race, and let
    // the messages of one theme wait for each other instead of racing (in memory, then in the database).
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandRetryInterceptor());
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new ThemeMessageLock.OnThisNode());
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new ThemeMessageLock.AcrossNodes(registry));
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new FormBindingFallback());
  }
}
