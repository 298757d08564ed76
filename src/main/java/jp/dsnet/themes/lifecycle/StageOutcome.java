package jp.dsnet.themes.lifecycle;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How a stage process ends ({@code stageOutcome}), and which outcomes each process may report:
 * the one source the end listener ({@link ThemeVariables#stageOutcome}), the lifecycle's routing
 * and the model tests read (docs/architecture.md, ADR 0004).
 */
public enum StageOutcome {
  PROPOSED, OUT_OF_SCOPE, NOT_ADOPTED, ADOPTED, READY_FOR_LICENSING, NO_GO, LICENSEE_SELECTED, RESOLICIT,
  CONTINUE_RESEARCH, LICENSED, COMPLETED, ABANDONED, CLOSED;

  private static final Map<String, Set<StageOutcome>> BY_PROCESS = Map.of(
      ThemeLifecycle.PROCESS_KEY, EnumSet.of(PROPOSED),
      ThemeLifecycle.INTAKE, EnumSet.of(OUT_OF_SCOPE, NOT_ADOPTED, ADOPTED),
      ThemeLifecycle.APPLIED_RESEARCH, EnumSet.of(READY_FOR_LICENSING, NO_GO),
      ThemeLifecycle.SOLICITATION, EnumSet.of(LICENSEE_SELECTED, RESOLICIT, CONTINUE_RESEARCH, NO_GO),
      ThemeLifecycle.LICENSING, EnumSet.of(LICENSED, RESOLICIT, CONTINUE_RESEARCH, NO_GO),
      ThemeLifecycle.POST_LICENSING, EnumSet.of(COMPLETED, ABANDONED),
      ThemeLifecycle.REACQUISITION, EnumSet.of(RESOLICIT, CONTINUE_RESEARCH, CLOSED));

  /** The processes that report an outcome: the lifecycle (its start) and every stage it calls. */
  public static Set<String> processes() {
    return BY_PROCESS.keySet();
  }

  /** The outcomes {@code processKey} may report; empty for a process that reports none. */
  public static Set<StageOutcome> of(String processKey) {
    return BY_PROCESS.getOrDefault(processKey, EnumSet.noneOf(StageOutcome.class));
  }
}
