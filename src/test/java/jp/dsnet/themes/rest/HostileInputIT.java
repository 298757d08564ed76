package jp.dsnet.themes.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import jp.dsnet.themes.support.RestClient;
import jp.dsnet.themes.support.RestIntegrationTest;
import jp.dsnet.themes.support.ThemeDriver;
import jp.dsnet.themes.support.Themes;
import jp.dsnet.themes.support.UserTasks;
import jp.dsnet.themes.support.WebappClient;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hostile-input matrix (CONTRACT: what a submission may carry; docs/security.md): the task's own
 * worker, the portal and the office try to slip in what they must not, over {@code /engine-rest}
 * and over the webapps' engine API that Tasklist uses (real login, session cookie, XSRF token).
 * Every case must be refused, naming the variable, and change nothing: the task stays open, the
 * variable keeps its value, nothing starts, nothing is correlated.
 *
 * <p>To keep it fast, each user task is opened once (the administrator starts its stage process at
 * that task with what the earlier stages would hand over) and every case is tried against it.
 */
class HostileInputIT extends RestIntegrationTest {

  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;

  private static final ZoneOffset JST = ZoneOffset.ofHours(9);

  /** The two ways in. */
  enum Api {
    ENGINE_REST("/engine-rest"), WEBAPP("webapp engine API");

    private final String label;

    Api(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /**
   * What a hostile submission tries to set: every variable the processes own, and the results of
   * other stages (licensee, shares, milestones, references, decisions). A task whose own form has
   * one of them is not tried with it (see {@link #readOnlyFields_cannotBeChanged}).
   */
  static final Map<String, Object> FOREIGN = foreign();

  private static Map<String, Object> foreign() {
    Map<String, Object> v = new LinkedHashMap<>();
    // process-owned
    v.put("themeStage", "LICENSING");
    v.put("themeStatus", "COMPLETED");
    v.put("themeAdopted", true);
    v.put("stageOutcome", "LICENSED");
    v.put("decisionContext", "NO_BID");
    v.put("eligibility", "IN_SCOPE");
    v.put("adoptionRecommendation", "GO");
    v.put("applicants", List.of("Evil Pharma"));
    v.put("applicantCount", 99L);
    v.put("bidders", List.of("Evil Pharma"));
    v.put("bidCount", 99L);
    v.put("supportReports", "forged reports");
    v.put("milestonesMet", List.of("Phase I start"));
    v.put("upfrontPaymentSplit", "forged split");
    // other stages' results and decisions
    v.put("selectedLicensee", "Evil Pharma");
    v.put("contributionShares", List.of(Map.of("institution", "Osaka University", "sharePercent", 1),
        Map.of("institution", "Evil Institute", "sharePercent", 99)));
    v.put("milestones", List.of(Map.of("name", "Forged", "dueDate", "2030-01-01T00:00:00+09:00", "payment", 1)));
    v.put("licenseAgreementReference", "LA-FORGED");
    v.put("upfrontPayment", 1L);
    v.put("adoptionDecision", "GO");
    v.put("milestoneDecision", "READY_FOR_LICENSING");
    v.put("continuationDecision", "RESOLICIT");
    v.put("awardConfirmed", true);
    v.put("exitStrategy", "forged strategy");
    v.put("tenderMethod", "RESEARCHER_PREFERENCE");
    v.put("callDeadline", "2030-01-01T00:00:00+09:00");
    return v;
  }

  /** What the earlier stages hand over to a stage (CONTRACT and docs/architecture.md, stage interfaces). */
  private static Map<String, Object> handover() {
    Map<String, Object> v = new LinkedHashMap<>(Themes.proposal());
    v.put("exitStrategy", "License to a mid-size pharma after non-clinical PoC.");
    v.put("ipStrategy", "File PCT before the first publication.");
    v.put("supportTypes", "HTS");
    v.put("milestoneName", "Lead compound");
    v.put("milestoneDueDate", inDays(90));
    v.put("selectedLicensee", "Kansai Pharma");
    v.put("contributionShares", List.of(Map.of("institution", "Osaka University", "sharePercent", 60),
        Map.of("institution", "RIKEN", "sharePercent", 40)));
    v.put("milestones", List.of(Map.of("name", "Phase I start", "dueDate", inDays(365), "payment", 300_000_000L)));
    v.put("licenseAgreementReference", "LA-2027-003");
    v.put("abandonmentReason", "Portfolio change.");
    v.put("decisionContext", "NO_APPLICANT");
    v.put("tenderMethod", "RESEARCHER_PREFERENCE");
    v.put("bidders", List.of("Kansai Pharma", "Tohoku Biotech"));
    v.put("applicants", List.of("Kansai Pharma", "Tohoku Biotech"));
    v.put("applicantCount", 2L);
    v.put("bidCount", 2L);
    v.put("preferredBidder", "Kansai Pharma");
    v.put("callDeadline", inDays(30));
    v.put("bidDeadline", inDays(40));
    v.put("feasibilityStudyDeadline", inDays(60));
    v.put("fsDecision", "ABANDON");
    v.put("reacquisitionDecision", "CLOSE");
    v.put("upfrontPayment", 100_000_001L);
    v.put("licenseMilestone", "Phase I start"); // the element of post-licensing's milestone loop
    return v;
  }

  private static String inDays(int days) {
    return OffsetDateTime.now(JST).plusDays(days).withNano(0).toString();
  }

  /** A user task held open for the whole class: its id, instance and the worker who may work it. */
  record OpenTask(String taskId, String processInstanceId, String worker) {
  }

  private static final Map<String, OpenTask> OPEN = new ConcurrentHashMap<>();
  private static final Map<String, WebappClient> SESSIONS = new ConcurrentHashMap<>();

  private OpenTask open(UserTasks.Task task) {
    return OPEN.computeIfAbsent(port + "/" + task, key -> "theme-lifecycle".equals(task.processKey())
        ? openThroughTheLifecycle(task) : openByStartingTheStageAt(task));
  }

  /** The administrator starts the task's stage process at the task, as if the earlier steps had run. */
  private OpenTask openByStartingTheStageAt(UserTasks.Task task) {
    String themeId = newThemeId();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("businessKey", themeId);
    body.put("variables", RestClient.toRest(handover()));
    body.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", task.taskKey())));
    var started = as("admin").post("/process-definition/key/" + task.processKey() + "/start", body);
    assertThat(started.getStatusCode().value()).as("%s opened: %s", task, started.getBody()).isEqualTo(200);
    String taskId = RestClient.await(() -> as("admin").getList("/task?processInstanceBusinessKey=" + themeId
        + "&taskDefinitionKey=" + task.taskKey()).getBody().stream().map(t -> (String) t.get("id")).findFirst().orElse(null), task.toString());
    return new OpenTask(taskId, (String) started.getBody().get("id"), task.worker());
  }

  /** The lifecycle's own tasks (ConsentToWithdrawal, DisposeIntellectualProperty) need a real theme: it reaches applied research and is withdrawn. */
  private OpenTask openThroughTheLifecycle(UserTasks.Task task) {
    ThemeDriver theme = new ThemeDriver(this, newThemeId())
        .answer("EvaluateSeed", "office", Map.of("scoreNovelty", 5, "scoreMedicalNeed", 4, "scoreIndustryNeed", 4,
            "scoreIpPosition", 4, "scoreFeasibility", 4, "evaluationSummary", "Strong seed."))
        .answer("DecideAdoption", "head", Map.of("adoptionDecision", "GO", "adoptionRationale", "Fits.", "rewardGrade", "A"))
        .answer("DefineExitStrategy", "office", Map.of("exitStrategy", "License after non-clinical PoC."))
        .answer("ConfirmRightsAndContact", "researcher", Map.of("rightsSettled", true, "rightsHolders", "Osaka University",
            "singleContact", "researcher@example.org"))
        .answer("DefineIpAndPublicationStrategy", "ip", Map.of("ipStrategy", "File PCT first.", "publicationStrategy",
            "Talk after filing.", "patentApplicationReference", "JP2026-004711"))
        .answer("SignSupportAgreement", "office", Map.of("supportAgreementReference", "SA-2027-001"))
        // never given for the task awaited itself: reaches DisposeIntellectualProperty after a consent (IN-4)
        .answer("ConsentToWithdrawal", "head", Map.of("withdrawalConsented", true));
    theme.start(Themes.proposal());
    theme.workUntilTask("PlanSupportResearch");
    var requested = as("portal").message("WithdrawalRequested", theme.themeId(),
        Map.of("withdrawalReason", "The researcher moves abroad.", "requestedBy", "researcher"));
    assertThat(requested.getStatusCode().is2xxSuccessful()).as("withdrawal requested: %s", requested.getBody()).isTrue();
    String taskId = theme.workUntilTask(task.taskKey());
    String instanceId = (String) as("admin").getObject("/task/" + taskId).getBody().get("processInstanceId");
    return new OpenTask(taskId, instanceId, task.worker());
  }

  private WebappClient webapp(String user) {
    return SESSIONS.computeIfAbsent(port + "/" + user, key -> WebappClient.logIn(port, "tasklist", user));
  }

  /** Submits to a task over one API; over /engine-rest the three completion endpoints take turns. */
  private Refusal submit(Api api, String user, String taskId, String endpoint, Map<String, Object> restVariables) {
    Map<String, Object> body = Map.of("variables", restVariables);
    if (api == Api.ENGINE_REST) {
      var answer = as(user).post("/task/" + taskId + "/" + endpoint, body);
      return new Refusal(answer.getStatusCode().value(), answer.getBody() == null ? Map.of() : answer.getBody());
    }
    var answer = webapp(user).post("/task/" + taskId + "/submit-form", body);
    return new Refusal(answer.status(), answer.json());
  }

  /** A refusal as the client sees it; /engine-rest names the variable in "variable", the webapp API in the message. */
  record Refusal(int status, Map<String, Object> body) {
    void assertNames(String variable) {
      assertThat(status).as("status, answer %s", body).isEqualTo(400);
      String message = String.valueOf(body.get("message"));
      assertThat(body.containsKey("variable") ? body.get("variable") : message).as("answer %s", body)
          .satisfies(named -> assertThat(String.valueOf(named)).containsPattern("(^|: )" + variable + "(:|$)"));
    }
  }

  /** A variable as the process instance holds it, read straight from the engine (cheaper than another HTTP call). */
  private String variableOf(String processInstanceId, String name) {
    return text(runtime.getVariableTyped(processInstanceId, name, false));
  }

  /** A variable as the task sees it (its own scope, then its parents). */
  private String taskVariableOf(OpenTask open, String name) {
    return text(tasks.getVariableTyped(open.taskId(), name, false));
  }

  private static String text(TypedValue value) {
    if (value == null) {
      return "(absent)";
    }
    return value instanceof SerializableValue s ? s.getValueSerialized() : String.valueOf(value.getValue());
  }

  private void assertUnchanged(OpenTask open, String variable, String before) {
    assertThat(tasks.createTaskQuery().taskId(open.taskId()).count()).as("the task stays open").isEqualTo(1);
    assertThat(taskVariableOf(open, variable)).as("%s unchanged", variable).isEqualTo(before);
  }

  // --- 1. A task carries only its form's fields -----------------------------------------------

  static Stream<Arguments> foreignVariables() {
    List<Arguments> cases = new ArrayList<>();
    String[] endpoints = {"complete", "submit-form", "resolve"};
    for (UserTasks.Task task : UserTasks.all()) {
      int i = 0;
      for (String variable : FOREIGN.keySet()) {
        if (task.fields().contains(variable)) {
          continue;
        }
        for (Api api : Api.values()) {
          cases.add(Arguments.of(api, task, variable, api == Api.WEBAPP ? "submit-form" : endpoints[i % endpoints.length]));
        }
        i++;
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "[{index}] {0} {3}: {1} refuses {2}")
  @MethodSource("foreignVariables")
  @DisplayName("LS-5, LS-7, IR-4, IN-1: a task completion carrying a variable outside its form is refused with 400 naming it; the task stays open, the variable keeps its value")
  void foreignVariable_isRefused_andChangesNothing(Api api, UserTasks.Task task, String variable, String endpoint) {
    OpenTask open = open(task);
    String before = taskVariableOf(open, variable);
    Map<String, Object> hostile = new LinkedHashMap<>();
    hostile.put(variable, FOREIGN.get(variable));
    submit(api, open.worker(), open.taskId(), endpoint, RestClient.toRest(hostile)).assertNames(variable);
    assertUnchanged(open, variable, before);
  }

  static Stream<Arguments> readOnlyFields() {
    List<Arguments> cases = new ArrayList<>();
    for (UserTasks.Task task : UserTasks.all()) {
      for (String field : task.form().readOnlyKeys()) {
        for (Api api : Api.values()) {
          cases.add(Arguments.of(api, task, field));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "[{index}] {0}: {1} keeps read-only {2}")
  @MethodSource("readOnlyFields")
  @DisplayName("A field the form shows read-only (the theme, the licensee, the shares ...) cannot be changed by sending it back")
  void readOnlyFields_cannotBeChanged(Api api, UserTasks.Task task, String field) {
    OpenTask open = open(task);
    String before = taskVariableOf(open, field);
    submit(api, open.worker(), open.taskId(), "complete", RestClient.toRest(Map.of(field, "Changed by a hostile client")))
        .assertNames(field);
    assertUnchanged(open, field, before);
  }

  // --- 2. Types and characters ------------------------------------------------------------------

  /** Values in Camunda's REST format that the contract's types exclude, or texts with control characters. */
  static Stream<Arguments> badValues() {
    Map<String, Map<String, Object>> values = new LinkedHashMap<>();
    values.put("serialized Java Object", Map.of("type", "Object", "value", "rO0ABXQABGV2aWw=", "valueInfo",
        Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object")));
    values.put("Object as JSON", Map.of("type", "Object", "value", "{\"a\":1}", "valueInfo",
        Map.of("objectTypeName", "java.util.HashMap", "serializationDataFormat", "application/json")));
    values.put("File", Map.of("type", "File", "value", "ZXZpbA==", "valueInfo", Map.of("filename", "evil.txt")));
    values.put("Bytes", Map.of("type", "Bytes", "value", "ZXZpbA=="));
    values.put("Date", Map.of("type", "Date", "value", "2027-03-31T17:00:00.000+0900"));
    values.put("Double", Map.of("type", "Double", "value", 3.5));
    values.put("Short", Map.of("type", "Short", "value", 3));
    values.put("untyped list", Map.of("value", List.of(1, 2)));
    values.put("NUL in a String", Map.of("type", "String", "value", "Strong\u0000seed"));
    values.put("BEL in a String", Map.of("type", "String", "value", "Strong\u0007seed"));
    values.put("ESC in a String", Map.of("type", "String", "value", "\u001b[31mred"));
    values.put("DEL in a String", Map.of("type", "String", "value", "seed\u007f"));
    values.put("NUL inside Json", Map.of("type", "Json", "value", "[{\"institution\":\"Osaka\\u0000\",\"sharePercent\":100}]"));
    List<Arguments> cases = new ArrayList<>();
    values.forEach((label, value) -> {
      for (Api api : Api.values()) {
        cases.add(Arguments.of(api, label, value));
      }
    });
    return cases.stream();
  }

  private UserTasks.Task task(String taskKey) {
    return UserTasks.all().stream().filter(t -> t.taskKey().equals(taskKey)).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "[{index}] {0}: EvaluateSeed refuses {1}")
  @MethodSource("badValues")
  @DisplayName("A task completion with a type outside the contract or a control character is refused with 400 (never 500), naming the variable")
  void badValue_inATaskCompletion_isRefused(Api api, String label, Map<String, Object> value) {
    String variable = label.contains("Json") ? "evaluationSummary" : label.contains("String") ? "evaluationSummary" : "scoreNovelty";
    OpenTask open = open(task("EvaluateSeed"));
    String before = taskVariableOf(open, variable);
    submit(api, open.worker(), open.taskId(), "complete", Map.of(variable, value)).assertNames(variable);
    assertUnchanged(open, variable, before);
  }

  @ParameterizedTest(name = "[{index}] {0}: a start refuses {1}")
  @MethodSource("badValues")
  @DisplayName("A theme start with a type outside the contract or a control character is refused with 400 (never 500); nothing starts")
  void badValue_inAStart_isRefused(Api api, String label, Map<String, Object> value) {
    String themeId = newThemeId();
    Map<String, Object> variables = RestClient.toRest(Themes.proposal());
    variables.put("themeTitle", value);
    Refusal refusal = start(api, themeId, variables);
    refusal.assertNames("themeTitle");
    assertNothingStarted(themeId);
  }

  private Refusal start(Api api, String themeId, Map<String, Object> restVariables) {
    Map<String, Object> body = Map.of("businessKey", themeId, "variables", restVariables);
    if (api == Api.ENGINE_REST) {
      var answer = as("portal").post("/process-definition/key/theme-lifecycle/start", body);
      return new Refusal(answer.getStatusCode().value(), answer.getBody() == null ? Map.of() : answer.getBody());
    }
    // Tasklist's "Start process" submits the start form to the definition.
    String definitionId = (String) as("admin").getObject("/process-definition/key/theme-lifecycle").getBody().get("id");
    var answer = webapp("office").post("/process-definition/" + definitionId + "/submit-form", body);
    return new Refusal(answer.status(), answer.json());
  }

  private void assertNothingStarted(String themeId) {
    assertThat(as("admin").getList("/history/process-instance?processInstanceBusinessKey=" + themeId).getBody())
        .as("nothing started for %s", themeId).isEmpty();
  }

  static Stream<Arguments> foreignStartVariables() {
    return FOREIGN.keySet().stream().flatMap(v -> Stream.of(Api.values()).map(api -> Arguments.of(api, v)));
  }

  @ParameterizedTest(name = "[{index}] {0}: a start refuses {1}")
  @MethodSource("foreignStartVariables")
  @DisplayName("A start carries only the start variables: anything else is refused with 400 naming it; nothing starts")
  void foreignVariable_inAStart_isRefused(Api api, String variable) {
    String themeId = newThemeId();
    Map<String, Object> variables = new LinkedHashMap<>(Themes.proposal());
    variables.put(variable, FOREIGN.get(variable));
    start(api, themeId, RestClient.toRest(variables)).assertNames(variable);
    assertNothingStarted(themeId);
  }

  // --- 3. Messages ------------------------------------------------------------------------------

  private static final Map<String, String> CALL = new ConcurrentHashMap<>();

  /** A theme whose call for licensees is open: it waits for LicenseeApplicationReceived. */
  private String openCall() {
    return CALL.computeIfAbsent(String.valueOf(port), key -> {
      String themeId = newThemeId();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("businessKey", themeId);
      Map<String, Object> variables = handover();
      variables.remove("applicants");
      variables.remove("applicantCount");
      variables.remove("tenderMethod");
      body.put("variables", RestClient.toRest(variables));
      body.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "SubProcess_CallOpen")));
      var started = as("admin").post("/process-definition/key/licensee-solicitation/start", body);
      assertThat(started.getStatusCode().value()).as("call opened: %s", started.getBody()).isEqualTo(200);
      return themeId;
    });
  }

  static Stream<Arguments> hostileMessages() {
    List<Arguments> cases = new ArrayList<>();
    List<String[]> shapes = List.of(
        new String[] {"all", "all: true and no businessKey"},
        new String[] {"processInstanceId", "by processInstanceId"},
        new String[] {"businessKey", "no businessKey"},
        new String[] {"messageName", "an unknown message"},
        new String[] {"tenderMethod", "another variable (tenderMethod)"},
        new String[] {"selectedLicensee", "another variable (selectedLicensee), local"},
        new String[] {"applicantCompany", "a NUL in applicantCompany"},
        new String[] {"applicantCompany", "a serialized Object as applicantCompany"});
    for (String[] shape : shapes) {
      for (Api api : Api.values()) {
        cases.add(Arguments.of(api, shape[1], shape[0]));
      }
    }
    cases.add(Arguments.of(Api.WEBAPP, "variablesInResultEnabled", "variablesInResultEnabled"));
    return cases.stream();
  }

  @ParameterizedTest(name = "[{index}] {0}: a message with {1} is refused naming {2}")
  @MethodSource("hostileMessages")
  @DisplayName("LS-1, LS-2: a message names its theme by businessKey and carries only its own variables; anything else is refused with 400, nothing is correlated")
  void hostileMessage_isRefused_andCorrelatesNothing(Api api, String shape, String named) {
    String themeId = openCall();
    String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(themeId).singleResult().getId();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messageName", "LicenseeApplicationReceived");
    body.put("businessKey", themeId);
    Map<String, Object> variables = new LinkedHashMap<>(Map.of("applicantCompany", Map.of("value", "Evil Pharma", "type", "String")));
    switch (shape) {
      case "all: true and no businessKey" -> {
        body.remove("businessKey");
        body.put("all", true);
      }
      case "by processInstanceId" -> {
        body.remove("businessKey");
        body.put("processInstanceId", instanceId);
      }
      case "no businessKey" -> body.remove("businessKey");
      case "an unknown message" -> body.put("messageName", "AwardOverride");
      case "another variable (tenderMethod)" -> variables.put("tenderMethod", Map.of("value", "RESEARCHER_PREFERENCE", "type", "String"));
      case "a NUL in applicantCompany" -> variables.put("applicantCompany", Map.of("value", "Evil\u0000Pharma", "type", "String"));
      case "a serialized Object as applicantCompany" -> variables.put("applicantCompany", Map.of("type", "Object", "value",
          "rO0ABXQABGV2aWw=", "valueInfo", Map.of("objectTypeName", "java.lang.String",
              "serializationDataFormat", "application/x-java-serialized-object")));
      case "variablesInResultEnabled" -> {
        body.put("resultEnabled", true);
        body.put("variablesInResultEnabled", true);
      }
      default -> { }
    }
    body.put("processVariables", variables);
    if (shape.contains("local")) {
      body.put("processVariablesLocal", Map.of("selectedLicensee", Map.of("value", "Evil Pharma", "type", "String")));
    }
    Refusal refusal;
    if (api == Api.ENGINE_REST) {
      var answer = as("portal").post("/message", body);
      refusal = new Refusal(answer.getStatusCode().value(), answer.getBody() == null ? Map.of() : answer.getBody());
    } else {
      var answer = webapp("office").post("/message", body);
      refusal = new Refusal(answer.status(), answer.json());
    }
    refusal.assertNames(named);
    assertThat(variableOf(instanceId, "applicants")).as("no application recorded").isEqualTo("(absent)");
    assertThat(variableOf(instanceId, "tenderMethod")).isEqualTo("(absent)");
    assertThat(variableOf(instanceId, "selectedLicensee")).isEqualTo("Kansai Pharma");
  }

  // --- 4. The other ways to write a variable: administrators only ------------------------------

  static Stream<Arguments> otherWrites() {
    return Stream.of(
        Arguments.of("office", "PUT", "/task/{task}/variables/selectedLicensee", Map.of("value", "Evil Pharma", "type", "String")),
        Arguments.of("office", "POST", "/task/{task}/variables", Map.of("modifications", Map.of("selectedLicensee", Map.of("value", "Evil Pharma")))),
        Arguments.of("office", "PUT", "/task/{task}/localVariables/selectedLicensee", Map.of("value", "Evil Pharma", "type", "String")),
        Arguments.of("office", "POST", "/task/{task}/localVariables", Map.of("modifications", Map.of("selectedLicensee", Map.of("value", "Evil Pharma")))),
        Arguments.of("office", "PUT", "/process-instance/{instance}/variables/selectedLicensee", Map.of("value", "Evil Pharma", "type", "String")),
        Arguments.of("office", "POST", "/process-instance/{instance}/variables", Map.of("modifications", Map.of("selectedLicensee", Map.of("value", "Evil Pharma")))),
        Arguments.of("office", "POST", "/execution/{instance}/localVariables", Map.of("modifications", Map.of("selectedLicensee", Map.of("value", "Evil Pharma")))),
        Arguments.of("portal", "PUT", "/process-instance/{instance}/variables/selectedLicensee", Map.of("value", "Evil Pharma", "type", "String")),
        Arguments.of("portal", "POST", "/process-instance/{instance}/variables", Map.of("modifications", Map.of("selectedLicensee", Map.of("value", "Evil Pharma")))),
        Arguments.of("portal", "POST", "/process-instance/{instance}/modification", Map.of("instructions",
            List.of(Map.of("type", "startBeforeActivity", "activityId", "ExecuteLicenseAgreement",
                "variables", Map.of("selectedLicensee", Map.of("value", "Evil Pharma", "local", false)))))),
        Arguments.of("portal", "PUT", "/process-instance/{instance}/suspended", Map.of("suspended", true)),
        Arguments.of("portal", "POST", "/signal", Map.of("name", "AnySignal", "variables", Map.of("selectedLicensee", Map.of("value", "Evil Pharma")))),
        Arguments.of("portal", "POST", "/execution/{instance}/messageSubscriptions/FeasibilityStudyConcluded/trigger",
            Map.of("variables", Map.of("selectedLicensee", Map.of("value", "Evil Pharma")))));
  }

  @ParameterizedTest(name = "[{index}] {0}: {1} {2} is refused")
  @MethodSource("otherWrites")
  @DisplayName("Setting variables, modifying, suspending or signalling a theme any other way is for administrators only (403, or 404 when not even visible); nothing changes")
  void otherWrites_areForAdministratorsOnly(String user, String method, String path, Map<String, Object> body) {
    OpenTask open = open(task("ConductDueDiligence"));
    String resolved = path.replace("{task}", open.taskId()).replace("{instance}", open.processInstanceId());
    int status = "PUT".equals(method) ? as(user).put(resolved, body) : as(user).post(resolved, body).getStatusCode().value();
    assertThat(status).as("%s %s as %s", method, resolved, user).isIn(403, 404);
    assertUnchanged(open, "selectedLicensee", "Kansai Pharma");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(open.processInstanceId()).suspended().count()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceId(open.processInstanceId()).count()).isEqualTo(1);
    if ("office".equals(user)) {
      String webappPath = resolved;
      int webapp = "PUT".equals(method) ? webapp(user).put(webappPath, body).status() : webapp(user).post(webappPath, body).status();
      assertThat(webapp).as("webapp %s %s as %s", method, resolved, user).isIn(403, 404);
      assertUnchanged(open, "selectedLicensee", "Kansai Pharma");
    }
  }

  @Test
  @DisplayName("The administrator keeps every tool: sets a variable, and a well-formed completion through the webapp API still works")
  void administrator_keepsItsTools_andWellFormedSubmissionsPass() {
    OpenTask open = open(task("ExecuteLicenseAgreement"));
    assertThat(as("admin").put("/process-instance/" + open.processInstanceId() + "/variables/adminNote",
        Map.of("value", "checked", "type", "String"))).isEqualTo(204);
    assertThat(variableOf(open.processInstanceId(), "adminNote")).isEqualTo("checked");

    // Tasklist sends the read-only fields back unchanged, as they were shown: accepted.
    OpenTask award = open(task("ConductDueDiligence"));
    var shown = webapp("office").get("/task/" + award.taskId() + "/form-variables?deserializeValues=false").json();
    Map<String, Object> submitted = new LinkedHashMap<>();
    for (String field : task("ConductDueDiligence").form().readOnlyKeys()) {
      if (shown.get(field) instanceof Map<?, ?> variable && variable.get("value") != null) {
        submitted.put(field, Map.of("value", variable.get("value")));
      }
    }
    submitted.put("dueDiligencePassed", Map.of("value", true));
    submitted.put("dueDiligenceFindings", Map.of("value", "No issue."));
    var completed = webapp("office").post("/task/" + award.taskId() + "/submit-form", Map.of("variables", submitted));
    assertThat(completed.status()).as("%s", completed.body()).isIn(200, 204);
    OPEN.remove(port + "/" + task("ConductDueDiligence"));
  }
}
