package jp.dsnet.themes.solicitation;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * LS-2: the variables of a sealed bid, and the opened bids shown to the head at ConfirmAward
 * ({@link LicenseeSolicitation#NEVER_IN_HISTORY}), never reach the history: not {@code ACT_HI_VARINST}, not {@code ACT_HI_DETAIL}, and no other history event
 * handler. The engine composes its handler at init ({@code CompositeDbHistoryEventHandler} with
 * the default database handler and the {@code customHistoryEventHandlers}, e.g. Spring Boot's
 * event publisher); after init this plugin wraps that composite in a filter that drops variable
 * events with these names, so every handler sees the same filtered stream.
 */
@Component
public class SealedBidHistoryPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new Filter(configuration.getHistoryEventHandler(), LicenseeSolicitation.NEVER_IN_HISTORY));
  }

  /** Passes every history event on except the updates of the named variables. */
  static final class Filter implements HistoryEventHandler {

    private final HistoryEventHandler next;
    private final Set<String> sealed;

    Filter(HistoryEventHandler next, Set<String> sealed) {
      this.next = next;
      this.sealed = sealed;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isSealed(event)) {
        next.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      List<HistoryEvent> passed = events.stream().filter(e -> !isSealed(e)).toList();
      if (!passed.isEmpty()) {
        next.handleEvents(passed);
      }
    }

    private boolean isSealed(HistoryEvent event) {
      return event instanceof HistoricVariableUpdateEventEntity update && sealed.contains(update.getVariableName());
    }
  }
}
