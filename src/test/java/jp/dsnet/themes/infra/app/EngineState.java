package jp.dsnet.themes.infra.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.dsnet.themes.support.RestClient;

/** What a test reads of an application's engine over REST, and test data it sends. */
public final class EngineState {

  public static final ZoneOffset JST = ZoneOffset.ofHours(9);

  private EngineState() {
  }

  public static byte[] probeModel() {
    try (InputStream in = EngineState.class.getResourceAsStream("/infra/infra-probe.bpmn")) {
      if (in == null) {
        throw new IllegalStateException("infra/infra-probe.bpmn is not on the test class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every open task: "id key processInstanceId", sorted. */
  public static TreeSet<String> openTasks(RestClient admin) {
    TreeSet<String> tasks = new TreeSet<>();
    for (Map<String, Object> task : admin.getList("/task?maxResults=1000").getBody()) {
      tasks.add(task.get("id") + " " + task.get("taskDefinitionKey") + " " + task.get("processInstanceId"));
    }
    return tasks;
  }

  /** Every timer job: "id dueDate processInstanceId", sorted. */
  public static TreeSet<String> timers(RestClient admin) {
    TreeSet<String> timers = new TreeSet<>();
    for (Map<String, Object> job : admin.getList("/job?timers=true&maxResults=1000").getBody()) {
      timers.add(job.get("id") + " " + job.get("dueDate") + " " + job.get("processInstanceId"));
    }
    return timers;
  }

  /** The variables of every running instance of a theme (lifecycle and stage), by instance and name. */
  public static TreeMap<String, Object> variablesOfTheme(RestClient admin, String themeId) {
    TreeMap<String, Object> variables = new TreeMap<>();
    for (Map<String, Object> instance : admin.getList("/process-instance?businessKey=" + themeId).getBody()) {
      Map<String, Object> ofInstance = admin.getObject("/process-instance/" + instance.get("id") + "/variables").getBody();
      ofInstance.forEach((name, value) -> variables.put(instance.get("id") + "/" + name, value));
    }
    return variables;
  }

  /** Open task ids of one process instance with this key. */
  public static List<String> tasksOf(RestClient admin, String processInstanceId, String taskKey) {
    return admin.getList("/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + taskKey).getBody()
        .stream().map(t -> (String) t.get("id")).toList();
  }

  /**
   * Starts the probe model as the administrator; returns the process instance id.
   *
   * @param timerPauseMillis how long the step after the timer takes
   */
  public static String startProbe(RestClient admin, OffsetDateTime dueAt, long timerPauseMillis) {
    Map<String, Object> body = Map.of("variables", RestClient.toRest(Map.of(
        "probeDueAt", dueAt.withNano(0).toString(), "probeTimerPauseMillis", timerPauseMillis)));
    var started = admin.post("/process-definition/key/infra-probe/start", body);
    if (!started.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError("probe start: " + started.getBody());
    }
    return (String) started.getBody().get("id");
  }

  /** CONTRACT: the answers of EvaluateSeed. */
  public static Map<String, Object> seedEvaluation() {
    Map<String, Object> answers = new HashMap<>();
    answers.put("scoreNovelty", 5);
    answers.put("scoreMedicalNeed", 4);
    answers.put("scoreIndustryNeed", 4);
    answers.put("scoreIpPosition", 4);
    answers.put("scoreFeasibility", 4);
    answers.put("evaluationSummary", "Strong seed with a clear medical need.");
    return answers;
  }

  /** A GO carries the reward's grade (IR-4), a NO_GO none. */
  public static Map<String, Object> adoption(String decision) {
    return "GO".equals(decision)
        ? Map.of("adoptionDecision", decision, "adoptionRationale", "Decided in an infrastructure test.", "rewardGrade", "A")
        : Map.of("adoptionDecision", decision, "adoptionRationale", "Decided in an infrastructure test.");
  }

  public static String themeId(String prefix) {
    return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 13).toUpperCase();
  }

  public static String now() {
    return OffsetDateTime.now(JST).withNano(0).toString();
  }
}
