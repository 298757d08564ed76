package jp.dsnet.themes.rest;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.support.RestClient;
import jp.dsnet.themes.support.RestIntegrationTest;
import jp.dsnet.themes.support.Themes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * licensee-solicitation over REST as the portal, the office, its head and everyone else: the call,
 * the applications, and sealed bids (LS-2) that nobody but the administrator can read before the
 * bid deadline, anywhere: variables, history, tasks, the bids resource, INFO logs.
 */
class LicenseeSolicitationIT extends RestIntegrationTest {

  private static final ZoneOffset JST = ZoneOffset.ofHours(9);
  private static final List<String> SECRETS = List.of("777777777", "888888888", "SECRET-TERMS");
  private static final List<String> OTHERS = List.of("portal", "manager", "researcher", "partner", "ip", "owner");

  private static String inSeconds(int seconds) {
    return OffsetDateTime.now(JST).plusSeconds(seconds).withNano(0).toString();
  }

  private static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** Starts licensee-solicitation directly (as the lifecycle would) and publishes a call open for this many seconds. */
  private String callOpenFor(String themeId, int seconds) {
    Map<String, Object> theme = Themes.proposal();
    theme.put("patentApplications", "[\"JP2026-004711\"]"); // IN-6: the rights come before the call
    var started = as("admin").startTheme("licensee-solicitation", themeId, theme);
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    RestClient office = as("office");
    assertThat(office.complete(office.awaitTask(themeId, "AllocateContributionShares"), vars("contributionShares", List.of(
        Map.of("institution", "Osaka University", "sharePercent", 60), Map.of("institution", "RIKEN", "sharePercent", 40))))
        .getStatusCode().is2xxSuccessful()).isTrue();
    assertThat(office.complete(office.awaitTask(themeId, "PublishLicenseeCall"), vars("callDeadline", inSeconds(seconds)))
        .getStatusCode().is2xxSuccessful()).isTrue();
    return (String) started.getBody().get("id");
  }

  private int bidsStatus(String user, String themeId) {
    return as(user).get("/theme/" + themeId + "/bids").getStatusCode().value();
  }

  /** Everything the administrator can read about the instance's variables, history and tasks, as text. */
  private String everythingReadable(String instanceId, String themeId) {
    RestClient admin = as("admin");
    return String.join("\n",
        admin.get("/variable-instance?processInstanceIdIn=" + instanceId).getBody(),
        admin.get("/process-instance/" + instanceId + "/variables").getBody(),
        admin.get("/history/variable-instance?processInstanceId=" + instanceId + "&includeDeleted=true").getBody(),
        admin.get("/history/detail?processInstanceId=" + instanceId).getBody(),
        admin.get("/history/user-operation?processInstanceId=" + instanceId).getBody(),
        admin.get("/history/task?processInstanceId=" + instanceId).getBody(),
        admin.get("/task?processInstanceBusinessKey=" + themeId).getBody(),
        admin.get("/history/incident?processInstanceId=" + instanceId).getBody(),
        admin.get("/history/job-log?processInstanceId=" + instanceId).getBody());
  }

  @Test
  @DisplayName("LS-1, LS-2: applications, then sealed competitive bidding: messages carry only their own variables; nobody reads a bid before the deadline; after it the office and head do")
  void sealedBids_areReadableOnlyByTheOfficeAfterTheDeadline() {
    String themeId = newThemeId();
    String instanceId = callOpenFor(themeId, 8);
    RestClient portal = as("portal");
    assertThat(portal.message("LicenseeApplicationReceived", themeId, vars("applicantCompany", "Kansai Pharma")).getStatusCode().value())
        .isEqualTo(204);
    portal.message("LicenseeApplicationReceived", themeId, vars("applicantCompany", "Tohoku Biotech"));
    portal.message("LicenseeApplicationReceived", themeId, vars("applicantCompany", "kansai pharma"));
    var smuggled = portal.message("LicenseeApplicationReceived", themeId, vars("applicantCompany", "Osaka Chemicals",
        "callDeadline", inSeconds(3600)));
    assertThat(smuggled.getStatusCode().value()).isEqualTo(400);
    assertThat(smuggled.getBody()).containsEntry("variable", "callDeadline");
    var noName = portal.message("LicenseeApplicationReceived", themeId, vars("applicantCompany", " "));
    assertThat(noName.getStatusCode().value()).isEqualTo(400);
    assertThat(noName.getBody()).containsEntry("variable", "applicantCompany");

    var forged = portal.message("LicenseeApplicationReceived", themeId, vars("applicantCompany", "Osaka Chemicals",
        "applicants", List.of("Osaka Chemicals")));
    assertThat(forged.getStatusCode().value()).isEqualTo(400);
    assertThat(forged.getBody()).containsEntry("variable", "applicants");

    RestClient office = as("office");
    String choose = office.awaitTask(themeId, "ChooseTenderMethod");
    assertThat(as("office").getList("/variable-instance?processInstanceIdIn=" + instanceId + "&variableName=applicantCount").getBody())
        .singleElement().satisfies(v -> assertThat(v.get("value")).isEqualTo(2));
    var past = office.complete(choose, vars("tenderMethod", "COMPETITIVE", "bidDeadline", inSeconds(-5)));
    assertThat(past.getStatusCode().value()).isEqualTo(400);
    assertThat(past.getBody()).containsEntry("variable", "bidDeadline");
    assertThat(office.complete(choose, vars("tenderMethod", "COMPETITIVE", "bidDeadline", inSeconds(15))).getStatusCode().is2xxSuccessful())
        .isTrue();

    // Bids arrive while INFO logging is on: none of it may reach a log.
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    Level level = root.getLevel();
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    root.addAppender(logs);
    root.setLevel(Level.INFO);
    try {
      assertThat(portal.message("BidSubmitted", themeId, vars("bidderCompany", "Kansai Pharma", "bidAmount", 777_777_777L,
          "bidTerms", "Royalty 7.5% SECRET-TERMS-K")).getStatusCode().value()).isEqualTo(204);
      assertThat(portal.message("BidSubmitted", themeId, vars("bidderCompany", "Tohoku Biotech", "bidAmount", 888_888_888L,
          "bidTerms", "Royalty 8% SECRET-TERMS-T")).getStatusCode().value()).isEqualTo(204);
      var rerouting = portal.message("BidSubmitted", themeId, vars("bidderCompany", "Kansai Pharma", "bidAmount", 1L, "bidTerms", "x",
          "tenderMethod", "RESEARCHER_PREFERENCE"));
      assertThat(rerouting.getStatusCode().value()).isEqualTo(400);
      assertThat(rerouting.getBody()).containsEntry("variable", "tenderMethod");
      var outsider = portal.message("BidSubmitted", themeId, vars("bidderCompany", "Osaka Chemicals", "bidAmount", 999L, "bidTerms", "x"));
      assertThat(outsider.getStatusCode().value()).isEqualTo(400);
      assertThat(outsider.getBody()).containsEntry("variable", "bidderCompany");
    } finally {
      root.setLevel(level);
      root.detachAppender(logs);
    }
    assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
        .noneMatch(message -> SECRETS.stream().anyMatch(message::contains));

    // A portal cannot have the process variables returned with a correlation, and that attempt changes nothing.
    Map<String, Object> peek = new LinkedHashMap<>();
    peek.put("messageName", "BidSubmitted");
    peek.put("businessKey", themeId);
    peek.put("processVariables", RestClient.toRest(vars("bidderCompany", "Tohoku Biotech", "bidAmount", 1L, "bidTerms", "peek")));
    peek.put("resultEnabled", true);
    peek.put("variablesInResultEnabled", true);
    assertThat(portal.post("/message", peek).getStatusCode().value()).isEqualTo(403);

    // Before the deadline: sealed everywhere, for everyone.
    assertThat(everythingReadable(instanceId, themeId)).doesNotContain(SECRETS);
    assertThat(bidsStatus("office", themeId)).isEqualTo(409);
    assertThat(bidsStatus("head", themeId)).isEqualTo(409);
    assertThat(bidsStatus("admin", themeId)).isEqualTo(409);
    for (String user : OTHERS) {
      assertThat(bidsStatus(user, themeId)).as(user).isEqualTo(403);
    }

    // After the deadline the bids are opened; the highest wins.
    String confirm = as("head").awaitTask(themeId, "ConfirmAward");
    assertThat(as("office").getList("/variable-instance?processInstanceIdIn=" + instanceId + "&variableName=selectedLicensee").getBody())
        .singleElement().satisfies(v -> assertThat(v.get("value")).isEqualTo("Tohoku Biotech"));
    var opened = as("office").getObject("/theme/" + themeId + "/bids");
    assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.OK);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> tenders = (List<Map<String, Object>>) opened.getBody().get("tenders");
    assertThat(tenders).singleElement().satisfies(tender -> {
      assertThat(tender).containsEntry("tenderMethod", "COMPETITIVE").containsEntry("solicitationInstanceId", instanceId);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> bids = (List<Map<String, Object>>) tender.get("bids");
      assertThat(bids).extracting(b -> b.get("bidderCompany")).containsExactly("Kansai Pharma", "Tohoku Biotech");
      assertThat(bids).extracting(b -> ((Number) b.get("bidAmount")).longValue()).containsExactly(777_777_777L, 888_888_888L);
      assertThat(bids).extracting(b -> b.get("bidTerms")).containsExactly("Royalty 7.5% SECRET-TERMS-K", "Royalty 8% SECRET-TERMS-T");
      assertThat(bids).allSatisfy(b -> assertThat(b.get("submittedAt")).isNotNull());
    });
    assertThat(bidsStatus("head", themeId)).isEqualTo(200);
    for (String user : OTHERS) {
      assertThat(bidsStatus(user, themeId)).as(user).isEqualTo(403);
    }
    // The amounts stay out of the variables and history that managers read.
    assertThat(as("manager").get("/history/variable-instance?processInstanceId=" + instanceId + "&includeDeleted=true").getBody()).doesNotContain(SECRETS);
    var late = portal.message("BidSubmitted", themeId, vars("bidderCompany", "Kansai Pharma", "bidAmount", 999_999_999L, "bidTerms", "late"));
    assertThat(late.getStatusCode().value()).isEqualTo(400);

    assertThat(as("head").complete(confirm, vars("awardConfirmed", true)).getStatusCode().is2xxSuccessful()).isTrue();
    assertThat(as("manager").getList("/history/variable-instance?processInstanceId=" + instanceId + "&variableName=stageOutcome").getBody())
        .singleElement().satisfies(v -> assertThat(v.get("value")).isEqualTo("LICENSEE_SELECTED"));
  }

  @Test
  @DisplayName("LS-5, AR-1, IN-6: shares must include the researcher's institution and every reporting institute; no call without an application or a waiver")
  void sharesFollowContributions_andRightsComeBeforeTheCall() {
    String themeId = newThemeId();
    Map<String, Object> theme = Themes.proposal();
    theme.put("supportInstitutes", "[\"RIKEN\",\"Tohoku University\"]");
    assertThat(as("admin").startTheme("licensee-solicitation", themeId, theme).getStatusCode()).isEqualTo(HttpStatus.OK);
    RestClient office = as("office");
    String allocate = office.awaitTask(themeId, "AllocateContributionShares");

    var withoutTohoku = office.complete(allocate, vars("contributionShares", List.of(
        Map.of("institution", "Osaka University", "sharePercent", 60), Map.of("institution", "RIKEN", "sharePercent", 40))));
    assertThat(withoutTohoku.getStatusCode().value()).isEqualTo(400);
    assertThat(withoutTohoku.getBody()).containsEntry("variable", "contributionShares");
    assertThat((String) withoutTohoku.getBody().get("message")).contains("Tohoku University");
    assertThat(office.complete(allocate, vars("contributionShares", List.of(Map.of("institution", "Osaka University", "sharePercent", 60),
        Map.of("institution", "RIKEN", "sharePercent", 25), Map.of("institution", "Tohoku University", "sharePercent", 15))))
        .getStatusCode().is2xxSuccessful()).isTrue();

    String publish = office.awaitTask(themeId, "PublishLicenseeCall");
    var noRights = office.complete(publish, vars("callDeadline", inSeconds(3600)));
    assertThat(noRights.getStatusCode().value()).isEqualTo(400);
    assertThat(noRights.getBody()).containsEntry("variable", "patentApplicationReference");
    assertThat(office.awaitTask(themeId, "PublishLicenseeCall")).isEqualTo(publish);
  }

  @Test
  @DisplayName("LS-2: the head sees every bid and the researcher's preference, and awards another bidder with a rationale")
  void headAwardsAnotherBidder_withRationale() {
    String themeId = newThemeId();
    String instanceId = callOpenFor(themeId, 6);
    RestClient portal = as("portal");
    portal.message("LicenseeApplicationReceived", themeId, vars("applicantCompany", "Kansai Pharma"));
    portal.message("LicenseeApplicationReceived", themeId, vars("applicantCompany", "Tohoku Biotech"));
    String choose = as("office").awaitTask(themeId, "ChooseTenderMethod");
    assertThat(as("office").complete(choose, vars("tenderMethod", "RESEARCHER_PREFERENCE", "bidDeadline", inSeconds(6)))
        .getStatusCode().is2xxSuccessful()).isTrue();
    portal.message("BidSubmitted", themeId, vars("bidderCompany", "Kansai Pharma", "bidAmount", 300_000_000L, "bidTerms", "Upfront only"));
    portal.message("BidSubmitted", themeId, vars("bidderCompany", "Tohoku Biotech", "bidAmount", 450_000_000L, "bidTerms", "Royalty 4%"));
    String prefer = as("researcher").awaitTask(themeId, "RecordResearcherPreference");
    assertThat(as("researcher").complete(prefer, vars("preferredBidder", "Kansai Pharma")).getStatusCode().is2xxSuccessful()).isTrue();

    String confirm = as("head").awaitTask(themeId, "ConfirmAward");
    String shown = as("head").get("/task/" + confirm + "/form-variables").getBody();
    assertThat(shown).contains("Kansai Pharma: ¥300,000,000 (Upfront only)").contains("Tohoku Biotech: ¥450,000,000 (Royalty 4%)")
        .contains("preferredBidder");
    var noRationale = as("head").complete(confirm, vars("awardConfirmed", true, "awardedBidder", "Tohoku Biotech"));
    assertThat(noRationale.getStatusCode().value()).isEqualTo(400);
    assertThat(noRationale.getBody()).containsEntry("variable", "awardRationale");
    var notABidder = as("head").complete(confirm, vars("awardConfirmed", true, "awardedBidder", "Osaka Chemicals", "awardRationale", "x"));
    assertThat(notABidder.getStatusCode().value()).isEqualTo(400);
    assertThat(notABidder.getBody()).containsEntry("variable", "awardedBidder");
    assertThat(as("head").complete(confirm, vars("awardConfirmed", true, "awardedBidder", "Tohoku Biotech",
        "awardRationale", "The higher offer; the researcher accepts either company.")).getStatusCode().is2xxSuccessful()).isTrue();

    assertThat(as("manager").getList("/history/variable-instance?processInstanceId=" + instanceId + "&variableName=selectedLicensee")
        .getBody()).singleElement().satisfies(v -> assertThat(v.get("value")).isEqualTo("Tohoku Biotech"));
    assertThat(as("manager").get("/history/variable-instance?processInstanceId=" + instanceId + "&includeDeleted=true").getBody())
        .doesNotContain("300,000,000", "Royalty 4%");
  }

  @Test
  @DisplayName("LS-3: no applicant: only the head decides; a message after the call deadline is refused with 400")
  void noApplicant_headDecides_lateApplicationRefused() {
    String themeId = newThemeId();
    String instanceId = callOpenFor(themeId, 2);
    String decide = as("head").awaitTask(themeId, "DecideThemeContinuation");

    var late = as("portal").message("LicenseeApplicationReceived", themeId, vars("applicantCompany", "Late Pharma"));
    assertThat(late.getStatusCode().value()).isEqualTo(400);
    assertThat(as("office").tasks(themeId)).isEmpty();
    assertThat(as("office").complete(decide, vars("continuationDecision", "NO_GO")).getStatusCode().value()).isIn(403, 404);
    var bad = as("head").complete(decide, vars("continuationDecision", "MAYBE"));
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getBody()).containsEntry("variable", "continuationDecision");
    assertThat(as("head").complete(decide, vars("continuationDecision", "RESOLICIT")).getStatusCode().is2xxSuccessful()).isTrue();
    assertThat(as("manager").getList("/history/variable-instance?processInstanceId=" + instanceId + "&variableName=stageOutcome").getBody())
        .singleElement().satisfies(v -> assertThat(v.get("value")).isEqualTo("RESOLICIT"));
  }

  @Test
  @DisplayName("A portal may not have variables returned when it starts a theme; the administrator may")
  void startWithVariablesInReturn_isForAdministratorsOnly() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("businessKey", newThemeId());
    body.put("variables", RestClient.toRest(Themes.proposal()));
    body.put("withVariablesInReturn", true);
    assertThat(as("portal").post("/process-definition/key/theme-lifecycle/start", body).getStatusCode().value()).isEqualTo(403);
    assertThat(as("portal").getList("/history/process-instance?processInstanceBusinessKey=" + body.get("businessKey")).getBody()).isEmpty();
    assertThat(as("admin").getList("/history/process-instance?processInstanceBusinessKey=" + body.get("businessKey")).getBody()).isEmpty();

    body.put("businessKey", newThemeId());
    var admin = as("admin").post("/process-definition/key/theme-lifecycle/start", body);
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(admin.getBody()).containsKey("variables");
  }
}
