package jp.dsnet.themes.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.dsnet.themes.income.IncomeSplitLedger;
import jp.dsnet.themes.income.IncomeSplitLedger.RecordedSplit;
import jp.dsnet.themes.portfolio.ThemeSummaries.StageVisit;
import jp.dsnet.themes.portfolio.ThemeSummaries.Summary;
import jp.dsnet.themes.rewards.RewardLedger;
import jp.dsnet.themes.solicitation.LicenseeSolicitation;
import jp.dsnet.themes.rewards.RewardLedger.Reward;
import jp.dsnet.themes.validation.FormCatalog;
import jp.dsnet.themes.validation.FormRules;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * A theme's dossier: its summary, the stages it went through, every decision people took on it
 * (each completed user task with who, when and what they submitted) and the money it brought in.
 * Decisions come from Camunda's history of the theme's instances; only the fields of the task's form
 * count as submitted, so working variables that listeners set stay out, and sealed bids never were
 * variables in the first place (ADR 0005).
 */
@Component
public class ThemeDossiers {

  /** Never shown, whatever a form might hold (LS-2): the bid variables that never reach history. */
  static final Set<String> SEALED = LicenseeSolicitation.NEVER_IN_HISTORY;

  /** One completed user task. */
  public record Decision(String taskKey, String taskName, String completedBy, Instant completedAt, Map<String, Object> values) {
  }

  /** Everything the dossier shows. */
  public record Dossier(Summary summary, List<StageVisit> stages, List<Decision> decisions, List<RecordedSplit> payments,
                        List<Reward> rewards) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ThemeSummaries summaries;
  private final HistoryService history;
  private final FormCatalog forms;
  private final IncomeSplitLedger income;
  private final RewardLedger rewards;

  public ThemeDossiers(ThemeSummaries summaries, HistoryService history, FormCatalog forms, IncomeSplitLedger income,
                       RewardLedger rewards) {
    this.summaries = summaries;
    this.history = history;
    this.forms = forms;
    this.income = income;
    this.rewards = rewards;
  }

  public Optional<Dossier> of(String themeId) {
    return summaries.latest(themeId).map(summary -> new Dossier(summary, summaries.stages(summary.processInstanceId()),
        decisions(summary), income.of(themeId).stream().filter(p -> during(summary, p.recordedAt())).toList(),
        rewards.of(themeId).stream().filter(r -> during(summary, r.recordedAt())).toList()));
  }

  /** Ledgers are kept by theme ID; a theme ID used again keeps each theme's entries apart by time. */
  private static boolean during(Summary summary, Instant at) {
    return !at.isBefore(summary.startedAt()) && (summary.endedAt() == null || !at.isAfter(summary.endedAt()));
  }

  private List<Decision> decisions(Summary summary) {
    List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(summary.themeId())
        .finished().list().stream()
        .filter(t -> summary.processInstanceId().equals(t.getRootProcessInstanceId()))
        .filter(t -> "completed".equals(t.getDeleteReason()))
        .sorted(Comparator.comparing(HistoricTaskInstance::getEndTime).thenComparing(HistoricTaskInstance::getId))
        .toList();
    if (tasks.isEmpty()) {
      return List.of();
    }
    String[] instances = tasks.stream().map(HistoricTaskInstance::getProcessInstanceId).distinct().toArray(String[]::new);
    Map<String, List<HistoricVariableUpdate>> updatesByActivity = new HashMap<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().variableUpdates().processInstanceIdIn(instances)
        .disableBinaryFetching().orderPartiallyByOccurrence().asc().list()) {
      if (detail instanceof HistoricVariableUpdate update && detail.getActivityInstanceId() != null) {
        updatesByActivity.computeIfAbsent(detail.getActivityInstanceId(), a -> new ArrayList<>()).add(update);
      }
    }
    Map<String, String> completedBy = completedBy(instances);
    List<Decision> decisions = new ArrayList<>();
    for (HistoricTaskInstance task : tasks) {
      Set<String> fields = formFields(task.getTaskDefinitionKey());
      Map<String, Object> values = new LinkedHashMap<>();
      for (HistoricVariableUpdate update : updatesByActivity.getOrDefault(task.getActivityInstanceId(), List.of())) {
        if (fields.contains(update.getVariableName()) && !SEALED.contains(update.getVariableName())) {
          values.put(update.getVariableName(), plain(update.getValue()));
        }
      }
      decisions.add(new Decision(task.getTaskDefinitionKey(), task.getName(),
          completedBy.getOrDefault(task.getId(), task.getAssignee()), task.getEndTime().toInstant(), values));
    }
    return decisions;
  }

  /** Who completed each task: the authenticated user of the completion, from the user operation log. */
  private Map<String, String> completedBy(String[] processInstanceIds) {
    Map<String, String> byTask = new HashMap<>();
    for (String instance : processInstanceIds) {
      history.createUserOperationLogQuery().processInstanceId(instance).entityType(EntityTypes.TASK)
          .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list()
          .forEach(e -> byTask.putIfAbsent(e.getTaskId(), e.getUserId()));
    }
    return byTask;
  }

  /** The input fields of the task's form (form id = the task key in kebab case, e.g. evaluate-seed). */
  private Set<String> formFields(String taskKey) {
    return forms.find(kebab(taskKey)).map(FormRules::inputKeys).orElse(Set.of());
  }

  static String kebab(String taskKey) {
    return taskKey.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }

  /** Json variables (Spin) as JSON trees; everything else as it is. */
  private static Object plain(Object value) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    try {
      return JSON.readTree(value.toString());
    } catch (JsonProcessingException notJson) {
      return value.toString();
    }
  }
}
