package jp.dsnet.themes.rest;

import static jp.dsnet.themes.support.ThemeDriver.inDays;
import static jp.dsnet.themes.support.ThemeDriver.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.lifecycle.ThemeStatus;
import jp.dsnet.themes.support.RestIntegrationTest;
import jp.dsnet.themes.support.ThemeDriver;
import jp.dsnet.themes.support.Themes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The portfolio for managers over REST (CONTRACT: portfolio for managers): the theme list with its
 * filters and CSV, a theme's dossier, the figures, and who may read them. Themes that ended in every
 * themeStatus, one that is running and one whose bids are still sealed are driven once, before the
 * tests, the way their people would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortfolioIT extends RestIntegrationTest {

  private static final long SEALED_AMOUNT = 777_777_777L;
  private static final String SEALED_TERMS = "Royalty 9.75% sealed terms";

  private final Map<ThemeStatus, String> ended = new EnumMap<>(ThemeStatus.class);
  private String running;
  private String sealed;

  @BeforeAll
  void driveThemes() {
    ended.put(ThemeStatus.OUT_OF_SCOPE, drive(ThemeDriver.happyPath(this, newThemeId()), Themes.proposal("researchStage", "BASIC"),
        ThemeDriver::workUntilEnded));
    ended.put(ThemeStatus.NOT_ADOPTED, drive(ThemeDriver.happyPath(this, newThemeId())
        .answer("DecideAdoption", "head", vars("adoptionDecision", "NO_GO", "adoptionRationale", "No industry need.")),
        Themes.proposal(), ThemeDriver::workUntilEnded));
    ended.put(ThemeStatus.TERMINATED, drive(ThemeDriver.happyPath(this, newThemeId())
        .answer("ReviewMilestone", "head", vars("milestoneAchieved", false, "industryAlignmentConfirmed", false,
            "milestoneDecision", "NO_GO")), Themes.proposal(), ThemeDriver::workUntilEnded));
    ended.put(ThemeStatus.WITHDRAWN, drive(ThemeDriver.happyPath(this, newThemeId()), Themes.proposal(),
        ThemeDriver::workUntilWithdrawn));
    ended.put(ThemeStatus.COMPLETED, drive(ThemeDriver.happyPath(this, newThemeId()), Themes.proposal(), theme -> {
      theme.workUntilLicensed();
      return theme.workUntilThemeCompleted();
    }));
    ended.put(ThemeStatus.CLOSED, drive(ThemeDriver.happyPath(this, newThemeId())
        .answer("DecideReacquisition", "head", vars("reacquisitionDecision", "CLOSE"))
        .answer("DisposeIntellectualProperty", "ip", vars("ipDisposition", "ABANDON")), Themes.proposal(), theme -> {
          theme.workUntilLicensed();
          theme.send("DevelopmentAbandoned", vars("abandonmentReason", "Portfolio change."));
          return theme.workUntilEnded();
        }));

    ThemeDriver waiting = ThemeDriver.happyPath(this, newThemeId());
    waiting.start(Themes.proposal("themeTitle", "Antibody, \"quoted\", for CSV"));
    waiting.workUntilTask("EvaluateSeed");
    running = waiting.themeId();

    ThemeDriver tender = ThemeDriver.happyPath(this, newThemeId());
    tender.start(Themes.proposal());
    tender.workUntilMessageAwaited("LicenseeApplicationReceived");
    tender.send("LicenseeApplicationReceived", vars("applicantCompany", "Kansai Pharma"));
    tender.send("LicenseeApplicationReceived", vars("applicantCompany", "Tokyo Biologics"));
    String choose = tender.workUntilTask("ChooseTenderMethod");
    assertThat(as("office").complete(choose, vars("tenderMethod", "COMPETITIVE", "bidDeadline", inDays(10)))
        .getStatusCode().is2xxSuccessful()).isTrue();
    tender.workUntilMessageAwaited("BidSubmitted");
    tender.send("BidSubmitted", vars("bidderCompany", "Kansai Pharma", "bidAmount", SEALED_AMOUNT, "bidTerms", SEALED_TERMS));
    sealed = tender.themeId();
  }

  private static String drive(ThemeDriver theme, Map<String, Object> proposal, java.util.function.Function<ThemeDriver, String> toEnd) {
    theme.start(proposal);
    String status = toEnd.apply(theme);
    assertThat(status).as("themeStatus of %s", theme.themeId()).isNotNull();
    return theme.themeId() + "|" + status;
  }

  private String idOf(ThemeStatus status) {
    return ended.get(status).split("\\|")[0];
  }

  @Test
  @DisplayName("The themes ended in every themeStatus, as the driver saw them")
  void everyStatusWasReached() {
    ended.forEach((status, idAndStatus) -> assertThat(idAndStatus).endsWith("|" + status.name()));
  }

  @Test
  @DisplayName("GET /theme lists running and ended themes, newest first, with the contract's fields")
  void list_showsEveryThemeNewestFirst() {
    List<Map<String, Object>> themes = as("manager").getList("/theme").getBody();

    assertThat(themes).extracting(t -> t.get("themeId")).contains(running, sealed, idOf(ThemeStatus.CLOSED), idOf(ThemeStatus.OUT_OF_SCOPE));
    assertThat(themes.get(0)).containsOnlyKeys("themeId", "themeTitle", "institution", "themeStage", "themeStatus", "startedAt",
        "endedAt", "stageSince", "nextDeadline", "selectedLicensee");
    List<String> started = themes.stream().map(t -> (String) t.get("startedAt")).toList();
    assertThat(started).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    Map<String, Object> open = byId(themes, running);
    assertThat(open).containsEntry("themeStage", "INTAKE").containsEntry("themeStatus", null).containsEntry("endedAt", null)
        .containsEntry("institution", "Osaka University");
    assertThat(open.get("stageSince")).isNotNull();
    Map<String, Object> completed = byId(themes, idOf(ThemeStatus.COMPLETED));
    assertThat(completed).containsEntry("themeStatus", "COMPLETED").containsEntry("themeStage", "POST_LICENSING")
        .containsEntry("selectedLicensee", "Kansai Pharma");
    assertThat(completed.get("endedAt")).isNotNull();
    // The sealed tender waits for its bid deadline: the theme's next deadline.
    assertThat((String) byId(themes, sealed).get("nextDeadline")).isNotNull();
  }

  @Test
  @DisplayName("GET /theme filters by stage, status and running")
  void list_filters() {
    assertThat(as("office").getList("/theme?status=CLOSED").getBody()).extracting(t -> t.get("themeStatus")).containsOnly("CLOSED")
        .hasSizeGreaterThanOrEqualTo(1);
    assertThat(as("office").getList("/theme?status=WITHDRAWN").getBody()).extracting(t -> t.get("themeId"))
        .contains(idOf(ThemeStatus.WITHDRAWN)).doesNotContain(idOf(ThemeStatus.CLOSED));
    List<Map<String, Object>> runningThemes = as("head").getList("/theme?running=true").getBody();
    assertThat(runningThemes).extracting(t -> t.get("themeId")).contains(running, sealed).doesNotContain(idOf(ThemeStatus.COMPLETED));
    assertThat(runningThemes).extracting(t -> t.get("endedAt")).containsOnlyNulls();
    assertThat(as("admin").getList("/theme?running=false").getBody()).extracting(t -> t.get("themeId")).doesNotContain(running);
    assertThat(as("manager").getList("/theme?stage=SOLICITATION&running=true").getBody()).extracting(t -> t.get("themeId"))
        .contains(sealed).doesNotContain(running);
    assertThat(as("manager").getList("/theme?maxResults=1").getBody()).hasSize(1);
  }

  @Test
  @DisplayName("GET /theme refuses an unknown filter value with 400 naming the parameter")
  void list_badFilter_isRefused() {
    ResponseEntity<String> answer = as("manager").get("/theme?stage=LAUNCHED");
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody()).contains("stage");
    assertThat(as("manager").get("/theme?running=maybe").getStatusCode().value()).isEqualTo(400);
  }

  @Test
  @DisplayName("GET /theme with Accept: text/csv answers the same rows as CSV with a header line")
  void list_asCsv() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("manager", "demo");
    headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
    ResponseEntity<String> csv = rest.exchange("http://localhost:" + port + "/engine-rest/theme?running=true", HttpMethod.GET,
        new HttpEntity<>(headers), String.class);

    assertThat(csv.getStatusCode().value()).isEqualTo(200);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    List<String> lines = csv.getBody().lines().toList();
    assertThat(lines.get(0)).isEqualTo("themeId,themeTitle,institution,themeStage,themeStatus,startedAt,endedAt,stageSince,"
        + "nextDeadline,selectedLicensee");
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .startsWith(running + ",\"Antibody, \"\"quoted\"\", for CSV\",Osaka University,INTAKE,,"));
    assertThat(lines).hasSize(as("manager").getList("/theme?running=true").getBody().size() + 1);
  }

  @Test
  @DisplayName("The dossier of a completed theme: stages with outcomes, decisions with who, when and what, payments")
  void dossier_ofCompletedTheme() {
    Map<String, Object> dossier = as("manager").getObject("/theme/" + idOf(ThemeStatus.COMPLETED)).getBody();

    assertThat(dossier).containsEntry("themeStatus", "COMPLETED").containsEntry("selectedLicensee", "Kansai Pharma");
    assertThat(list(dossier, "stages")).extracting(s -> s.get("stage") + ":" + s.get("outcome")).containsExactly(
        "INTAKE:ADOPTED", "APPLIED_RESEARCH:READY_FOR_LICENSING", "SOLICITATION:LICENSEE_SELECTED", "LICENSING:LICENSED",
        "POST_LICENSING:COMPLETED");
    assertThat(list(dossier, "stages")).allSatisfy(s -> assertThat(s.get("from")).isNotNull());

    List<Map<String, Object>> decisions = list(dossier, "decisions");
    assertThat(decisions.get(0)).containsEntry("taskKey", "EvaluateSeed").containsEntry("completedBy", "office");
    assertThat(values(decisions.get(0))).containsEntry("scoreNovelty", 5)
        .containsEntry("evaluationSummary", "Strong seed with a clear medical need.");
    assertThat(decisions).extracting(d -> d.get("taskKey")).containsSubsequence("EvaluateSeed", "DecideAdoption",
        "AllocateContributionShares", "ExecuteLicenseAgreement", "ReviewProgressReport");
    Map<String, Object> adoption = decisions.stream().filter(d -> "DecideAdoption".equals(d.get("taskKey"))).findFirst().orElseThrow();
    assertThat(adoption).containsEntry("completedBy", "head");
    assertThat(values(adoption)).containsEntry("adoptionDecision", "GO").containsEntry("rewardGrade", "A");
    Map<String, Object> shares = decisions.stream().filter(d -> "AllocateContributionShares".equals(d.get("taskKey"))).findFirst()
        .orElseThrow();
    assertThat(values(shares).get("contributionShares")).asList().hasSize(2);
    assertThat(decisions).extracting(d -> (String) d.get("completedAt")).isSorted();
    // Working variables of no decision stay out: only form fields are values.
    assertThat(decisions).allSatisfy(d -> assertThat(values(d))
        .doesNotContainKeys("stageOutcome", "themeStage", "themeTitle", "contributionSharesRecorded"));

    assertThat(list(dossier, "payments")).extracting(p -> p.get("paymentKind") + ":" + p.get("paymentAmount"))
        .containsExactly("UPFRONT:100000001", "MILESTONE:300000000");
  }

  @Test
  @DisplayName("The dossier of a withdrawn theme ends its last stage WITHDRAWN; of a theme out of scope, at intake")
  void dossier_ofEndedThemes() {
    List<Map<String, Object>> withdrawn = list(as("office").getObject("/theme/" + idOf(ThemeStatus.WITHDRAWN)).getBody(), "stages");
    assertThat(withdrawn.get(withdrawn.size() - 1)).containsEntry("stage", "APPLIED_RESEARCH").containsEntry("outcome", "WITHDRAWN");
    Map<String, Object> outOfScope = as("head").getObject("/theme/" + idOf(ThemeStatus.OUT_OF_SCOPE)).getBody();
    assertThat(list(outOfScope, "stages")).extracting(s -> s.get("stage") + ":" + s.get("outcome")).containsExactly("INTAKE:OUT_OF_SCOPE");
    assertThat(list(outOfScope, "payments")).isEmpty();
  }

  @Test
  @DisplayName("LS-2: no dossier, list or figure shows a sealed bid")
  void sealedBids_neverAppear() {
    for (String user : List.of("manager", "office", "admin")) {
      String dossier = as(user).get("/theme/" + sealed).getBody();
      assertThat(dossier).contains("ChooseTenderMethod").doesNotContain(String.valueOf(SEALED_AMOUNT)).doesNotContain(SEALED_TERMS);
    }
    assertThat(as("manager").get("/theme").getBody()).doesNotContain(String.valueOf(SEALED_AMOUNT));
  }

  @Test
  @DisplayName("GET /theme/{themeId} of an unknown theme: 404")
  void dossier_unknownTheme_is404() {
    assertThat(as("manager").get("/theme/NO-SUCH-THEME").getStatusCode().value()).isEqualTo(404);
  }

  @Test
  @DisplayName("GET /theme-portfolio: themes by stage and status, adoption rate, medians, licences, income")
  void figures() {
    Map<String, Object> figures = as("manager").getObject("/theme-portfolio").getBody();

    assertThat(figures).containsOnlyKeys("themesByStage", "themesByStatus", "adoptionRate", "medianDaysInStage", "licences",
        "incomeReceived", "incomeByInstitution");
    Map<String, Number> byStatus = map(figures, "themesByStatus");
    for (ThemeStatus status : ThemeStatus.values()) {
      assertThat(byStatus.get(status.name()).longValue()).as(status.name()).isGreaterThanOrEqualTo(1);
    }
    Map<String, Number> byStage = map(figures, "themesByStage");
    assertThat(byStage).containsOnlyKeys("INTAKE", "APPLIED_RESEARCH", "SOLICITATION", "LICENSING", "POST_LICENSING", "REACQUISITION");
    assertThat(byStage.get("INTAKE").longValue()).isGreaterThanOrEqualTo(1);
    assertThat(byStage.get("SOLICITATION").longValue()).isGreaterThanOrEqualTo(1);
    double rate = ((Number) figures.get("adoptionRate")).doubleValue();
    assertThat(rate).isGreaterThan(0).isLessThan(1);
    assertThat(map(figures, "medianDaysInStage").get("INTAKE")).isNotNull();
    assertThat(((Number) figures.get("licences")).longValue()).isGreaterThanOrEqualTo(2);
    Map<String, Number> byInstitution = map(figures, "incomeByInstitution");
    assertThat(byInstitution).containsKeys("Osaka University", "RIKEN");
    assertThat(((Number) figures.get("incomeReceived")).longValue())
        .isEqualTo(byInstitution.values().stream().mapToLong(Number::longValue).sum())
        .isGreaterThanOrEqualTo(100_000_001L * 2 + 300_000_000L);
  }

  @ParameterizedTest(name = "{0} reads the portfolio")
  @ValueSource(strings = {"manager", "office", "head", "admin"})
  void readers_readEverything(String user) {
    assertThat(as(user).get("/theme").getStatusCode().value()).isEqualTo(200);
    assertThat(as(user).get("/theme/" + running).getStatusCode().value()).isEqualTo(200);
    assertThat(as(user).get("/theme-portfolio").getStatusCode().value()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0} is refused with 403")
  @ValueSource(strings = {"portal", "researcher", "partner", "ip", "owner"})
  void everyoneElse_isRefused(String user) {
    for (String path : List.of("/theme", "/theme/" + running, "/theme/NO-SUCH-THEME", "/theme-portfolio", "/theme?status=CLOSED")) {
      ResponseEntity<String> answer = as(user).get(path);
      assertThat(answer.getStatusCode().value()).as("%s GET %s", user, path).isEqualTo(403);
      assertThat(answer.getBody()).doesNotContain(running + "\"");
    }
  }

  @Test
  @DisplayName("Without credentials: 401")
  void anonymous_is401() {
    assertThat(anonymous().get("/theme").getStatusCode().value()).isEqualTo(401);
    assertThat(anonymous().get("/theme-portfolio").getStatusCode().value()).isEqualTo(401);
  }

  @Test
  @DisplayName("Cockpit's API serves the same resources to a Cockpit session: managers and the office read, a process owner gets 403")
  void cockpitSession_readsTheSameResources() {
    String plugin = "/camunda/api/cockpit/plugin/theme-portfolio/default";
    String manager = cockpitSession("manager");
    ResponseEntity<String> figures = cockpitGet(manager, plugin + "/theme-portfolio");
    assertThat(figures.getStatusCode().value()).isEqualTo(200);
    assertThat(figures.getBody()).contains("\"themesByStatus\"").contains("\"incomeByInstitution\"");
    ResponseEntity<String> dossier = cockpitGet(manager, plugin + "/theme/" + idOf(ThemeStatus.COMPLETED));
    assertThat(dossier.getStatusCode().value()).isEqualTo(200);
    assertThat(dossier.getBody()).contains("\"completedBy\":\"head\"").contains("LICENSED");
    assertThat(cockpitGet(cockpitSession("office"), plugin + "/theme?status=CLOSED").getBody()).contains(idOf(ThemeStatus.CLOSED));
    // A process owner may use Cockpit, but not read the portfolio.
    assertThat(cockpitGet(cockpitSession("owner"), plugin + "/theme").getStatusCode().value()).isEqualTo(403);
    assertThat(rest.getForEntity("http://localhost:" + port + plugin + "/theme", String.class).getStatusCode().value())
        .as("without a session").isIn(401, 403);
  }

  /** Logs in to Cockpit as Cockpit's login page does (CSRF token from the first page); returns the session cookie. */
  private String cockpitSession(String user) {
    String base = "http://localhost:" + port;
    ResponseEntity<String> page = rest.getForEntity(base + "/camunda/app/cockpit/default/", String.class);
    String xsrf = cookie(page, "XSRF-TOKEN");
    String session = cookie(page, "JSESSIONID");
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session + "; XSRF-TOKEN=" + xsrf);
    headers.add("X-XSRF-TOKEN", xsrf);
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> login = rest.exchange(base + "/camunda/api/admin/auth/user/default/login/cockpit", HttpMethod.POST,
        new HttpEntity<>("username=" + user + "&password=demo", headers), String.class);
    assertThat(login.getStatusCode().value()).as("%s logs in to Cockpit: %s", user, login.getBody()).isEqualTo(200);
    String renewed = cookie(login, "JSESSIONID");
    return renewed != null ? renewed : session;
  }

  private ResponseEntity<String> cockpitGet(String session, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, "JSESSIONID=" + session);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return rest.exchange("http://localhost:" + port + path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private static String cookie(ResponseEntity<?> answer, String name) {
    return answer.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream().filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(name.length() + 1).split(";")[0]).findFirst().orElse(null);
  }

  private static Map<String, Object> byId(List<Map<String, Object>> themes, String themeId) {
    return themes.stream().filter(t -> themeId.equals(t.get("themeId"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
    return (List<Map<String, Object>>) body.get(key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> values(Map<String, Object> decision) {
    return (Map<String, Object>) decision.get("values");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Number> map(Map<String, Object> body, String key) {
    return (Map<String, Number>) body.get(key);
  }
}
