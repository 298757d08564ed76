package jp.dsnet.themes.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.support.RestClient;
import jp.dsnet.themes.support.RestIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * licensing and post-licensing over REST, started directly by the administrator with what the
 * earlier stages would hand over: the portal's messages and their refusals (CONTRACT: messages),
 * and who may read the income splits (LS-7).
 */
class LicensingRestIT extends RestIntegrationTest {

  private static final ZoneOffset JST = ZoneOffset.ofHours(9);

  private static String inDays(int days) {
    return OffsetDateTime.now(JST).plusDays(days).withNano(0).toString();
  }

  private static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  /** What licensee-solicitation hands over to licensing (LS-4, LS-5). */
  private static Map<String, Object> selectedLicensee() {
    return vars("themeTitle", "Selective KRAS G12D inhibitor", "leadResearcher", "researcher", "institution", "Osaka University",
        "selectedLicensee", "Kansai Pharma", "contributionShares", List.of(
            Map.of("institution", "Osaka University", "sharePercent", 33), Map.of("institution", "RIKEN", "sharePercent", 33),
            Map.of("institution", "AIST", "sharePercent", 34)));
  }

  private String startAsAdmin(String processKey, Map<String, Object> variables) {
    String themeId = newThemeId();
    var started = as("admin").startTheme(processKey, themeId, variables);
    assertThat(started.getStatusCode()).as("start of %s: %s", processKey, started.getBody()).isEqualTo(HttpStatus.OK);
    return themeId;
  }

  private void complete(String user, String themeId, String taskKey, Map<String, Object> variables) {
    String taskId = as(user).awaitTask(themeId, taskKey);
    var completed = as(user).complete(taskId, variables);
    assertThat(completed.getStatusCode().is2xxSuccessful()).as("%s completes %s: %s", user, taskKey, completed.getBody()).isTrue();
  }

  private static void assertRefusedNaming(ResponseEntity<Map<String, Object>> answer, String variable) {
    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).containsEntry("variable", variable);
  }

  private String licensedTheme() {
    String themeId = startAsAdmin("licensing", selectedLicensee());
    complete("office", themeId, "ExecuteSecrecyAgreement", vars("secrecyAgreementReference", "NDA-2027-007",
        "feasibilityStudyDeadline", inDays(60)));
    var concluded = as("portal").message("FeasibilityStudyConcluded", themeId, vars("fsDecision", "PROCEED", "fsDataReference", "DR-42"));
    assertThat(concluded.getStatusCode().is2xxSuccessful()).as("%s", concluded.getBody()).isTrue();
    complete("office", themeId, "ReviewDevelopmentProposal", vars("developmentStrategy", "Phase I in 2029.",
        "proposedTerms", "Upfront plus milestones.", "consensusReached", true));
    complete("researcher", themeId, "ConfirmTermsWithResearcher", vars("researcherAgrees", true));
    complete("office", themeId, "ConductDueDiligence", vars("dueDiligencePassed", true, "dueDiligenceFindings", "No issue."));
    complete("office", themeId, "DraftLicenseAgreement", vars("licenseType", "EXCLUSIVE_LICENSE", "diligenceObligation", true,
        "nonCompeteClause", true, "licenseeBearsIpCosts", true, "upfrontPayment", 100_000_001L, "candidateCompoundDetermined", false,
        "milestones", List.of(Map.of("name", "Phase I start", "dueDate", inDays(365), "payment", 300_000_000L))));
    complete("head", themeId, "ExecuteLicenseAgreement", vars("licenseAgreementReference", "LA-2027-003"));
    return themeId;
  }

  @Test
  @DisplayName("LS-7, IR-4: the upfront payment's split is read by managers, the office, its head and admin; 403 for the others")
  void incomeSplits_readByManagersOfficeHeadAndAdmin_only() {
    String themeId = licensedTheme();
    String path = "/theme/" + themeId + "/income-splits";

    List<Map<String, Object>> splits = RestClient.await(() -> {
      var answer = as("manager").getList(path);
      return answer.getStatusCode() == HttpStatus.OK && !answer.getBody().isEmpty() ? answer.getBody() : null;
    }, "the income split of " + themeId);
    assertThat(splits).singleElement().satisfies(split -> {
      assertThat(split).containsEntry("paymentKind", "UPFRONT").containsEntry("licensee", "Kansai Pharma")
          .containsEntry("licenseAgreementReference", "LA-2027-003").containsEntry("paymentAmount", 100_000_001);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> parts = (List<Map<String, Object>>) split.get("parts");
      assertThat(parts).extracting(p -> p.get("institution"), p -> ((Number) p.get("amount")).longValue()).containsExactly(
          org.assertj.core.groups.Tuple.tuple("Osaka University", 33_000_000L), org.assertj.core.groups.Tuple.tuple("RIKEN", 33_000_000L),
          org.assertj.core.groups.Tuple.tuple("AIST", 34_000_001L));
    });

    for (String reader : List.of("office", "head", "admin")) {
      assertThat(as(reader).getList(path).getBody()).as(reader).hasSize(1);
    }
    for (String other : List.of("portal", "researcher", "partner", "ip", "owner")) {
      assertThat(as(other).get(path).getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(anonymous().get(path).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as("manager").getObject("/theme/not-a-theme/income-splits").getBody()).containsEntry("variable", "themeId");
    assertThat(as("manager").getList("/theme/" + newThemeId() + "/income-splits").getBody()).isEmpty();
  }

  @Test
  @DisplayName("LO-1, LS-4, CONTRACT: FeasibilityStudyConcluded is refused before the secrecy agreement, with bad variables or others'")
  void feasibilityStudyConcluded_refusals() {
    String themeId = startAsAdmin("licensing", selectedLicensee());
    RestClient portal = as("portal");

    var early = portal.message("FeasibilityStudyConcluded", themeId, vars("fsDecision", "PROCEED", "fsDataReference", "DR-1"));
    assertThat(early.getStatusCode().is4xxClientError()).as("%s", early.getBody()).isTrue();

    complete("office", themeId, "ExecuteSecrecyAgreement", vars("secrecyAgreementReference", "NDA-1", "feasibilityStudyDeadline", inDays(60)));
    assertRefusedNaming(portal.message("FeasibilityStudyConcluded", themeId, vars("fsDecision", "MAYBE", "fsDataReference", "DR-1")),
        "fsDecision");
    assertRefusedNaming(portal.message("FeasibilityStudyConcluded", themeId, vars("fsDecision", "ABANDON")), "fsDataReference");
    assertRefusedNaming(portal.message("FeasibilityStudyConcluded", themeId, vars("fsDecision", "PROCEED", "fsDataReference", "DR-1",
        "selectedLicensee", "Another Pharma")), "selectedLicensee");

    var accepted = portal.message("FeasibilityStudyConcluded", themeId, vars("fsDecision", "ABANDON", "fsDataReference", "DR-1"));
    assertThat(accepted.getStatusCode().is2xxSuccessful()).as("%s", accepted.getBody()).isTrue();
    assertThat(as("office").awaitTask(themeId, "ReceiveFeasibilityData")).isNotNull();
  }

  @Test
  @DisplayName("LO-5, AL-3, CONTRACT: ProgressReportSubmitted names a milestone of the licence and cannot change the licence; DevelopmentAbandoned needs a reason")
  void postLicensingMessages_refusals() {
    Map<String, Object> licensed = selectedLicensee();
    licensed.put("licenseAgreementReference", "LA-2027-003");
    licensed.put("milestones", List.of(Map.of("name", "Phase I start", "dueDate", inDays(365), "payment", 300_000_000L),
        Map.of("name", "Phase II start", "dueDate", inDays(730), "payment", 500_000_000L)));
    String themeId = startAsAdmin("post-licensing", licensed);
    RestClient portal = as("portal");

    assertRefusedNaming(portal.message("ProgressReportSubmitted", themeId, vars("milestoneName", "Approval",
        "milestoneAchieved", true, "progressReport", "Approved.")), "milestoneName");
    assertRefusedNaming(portal.message("ProgressReportSubmitted", themeId, vars("milestoneName", "Phase I start",
        "progressReport", "First patient dosed.")), "milestoneAchieved");
    assertRefusedNaming(portal.message("DevelopmentAbandoned", themeId, vars()), "abandonmentReason");
    assertRefusedNaming(portal.message("ProgressReportSubmitted", themeId, vars("milestoneName", "Phase I start",
        "milestoneAchieved", true, "progressReport", "Done.", "milestonesMet", List.of())), "milestonesMet");
    assertRefusedNaming(portal.message("ProgressReportSubmitted", themeId, vars("milestoneName", "Phase III start",
        "milestoneAchieved", true, "progressReport", "Done.", "milestones", List.of(Map.of("name", "Phase III start",
            "dueDate", inDays(30), "payment", 900_000_000L)))), "milestones");
    assertThat(as("office").tasks(themeId)).isEmpty();

    var report = portal.message("ProgressReportSubmitted", themeId, vars("milestoneName", "Phase I start",
        "milestoneAchieved", true, "progressReport", "First patient dosed."));
    assertThat(report.getStatusCode().is2xxSuccessful()).as("%s", report.getBody()).isTrue();
    complete("office", themeId, "ReviewProgressReport", vars("reportAccepted", true));

    List<Map<String, Object>> splits = RestClient.await(() -> {
      var answer = as("office").getList("/theme/" + themeId + "/income-splits").getBody();
      return answer.isEmpty() ? null : answer;
    }, "the milestone payment's split");
    assertThat(splits).singleElement().satisfies(split -> assertThat(split).containsEntry("paymentKind", "MILESTONE")
        .containsEntry("milestoneName", "Phase I start").containsEntry("paymentAmount", 300_000_000));
    assertRefusedNaming(portal.message("ProgressReportSubmitted", themeId, vars("milestoneName", "Phase I start",
        "milestoneAchieved", true, "progressReport", "Again.")), "milestoneName");

    var abandoned = portal.message("DevelopmentAbandoned", themeId, vars("abandonmentReason", "Portfolio change."));
    assertThat(abandoned.getStatusCode().is2xxSuccessful()).as("%s", abandoned.getBody()).isTrue();
    var ended = as("admin").getList("/history/process-instance?processDefinitionKey=post-licensing&processInstanceBusinessKey=" + themeId)
        .getBody();
    assertThat(ended).singleElement().satisfies(i -> assertThat(i.get("state")).isEqualTo("COMPLETED"));
  }
}
