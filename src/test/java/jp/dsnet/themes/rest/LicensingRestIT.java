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
 * who may read the income splits (LS-7), FS data withheld (LO-4), the researcher's approval of a
 * milestone contract (LO-5) and the launch that completes a theme (ProductLaunched, AL-3, IR-4).
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
    String themeId = atDraft();
    complete("office", themeId, "DraftLicenseAgreement", draft(List.of(Map.of("name", "Phase I start", "dueDate", inDays(365),
        "payment", 300_000_000L))));
    complete("researcher", themeId, "ConfirmDraftWithResearcher", vars("researcherApprovesDraft", true));
    complete("head", themeId, "ExecuteLicenseAgreement", vars("licenseAgreementReference", "LA-2027-003"));
    return themeId;
  }

  /** A licensing stage waiting at DraftLicenseAgreement: FS proceeded, both agreed, due diligence passed. */
  private String atDraft() {
    String themeId = startAsAdmin("licensing", selectedLicensee());
    complete("office", themeId, "ExecuteSecrecyAgreement", vars("secrecyAgreementReference", "NDA-2027-007",
        "feasibilityStudyDeadline", inDays(60)));
    var concluded = as("portal").message("FeasibilityStudyConcluded", themeId, vars("fsDecision", "PROCEED", "fsDataReference", "DR-42"));
    assertThat(concluded.getStatusCode().is2xxSuccessful()).as("%s", concluded.getBody()).isTrue();
    complete("office", themeId, "ReviewDevelopmentProposal", vars("developmentStrategy", "Phase I in 2029.",
        "proposedTerms", "Upfront plus milestones.", "consensusReached", true));
    complete("researcher", themeId, "ConfirmTermsWithResearcher", vars("researcherAgrees", true));
    complete("office", themeId, "ConductDueDiligence", vars("dueDiligencePassed", true, "dueDiligenceFindings", "No issue."));
    return themeId;
  }

  private static Map<String, Object> draft(List<Map<String, Object>> milestones) {
    return vars("licenseType", "EXCLUSIVE_LICENSE", "diligenceObligation", true, "nonCompeteClause", true,
        "licenseeBearsIpCosts", true, "clauseReferences", "Art. 7, Art. 9, Art. 12", "upfrontPayment", 100_000_001L,
        "candidateCompoundDetermined", false, "milestones", milestones);
  }

  /** A post-licensing stage started by the administrator with what licensing hands over. */
  private String postLicensing(List<Map<String, Object>> milestones) {
    Map<String, Object> licensed = selectedLicensee();
    licensed.put("licenseAgreementReference", "LA-2027-003");
    if (milestones != null) {
      licensed.put("milestones", milestones);
    }
    return startAsAdmin("post-licensing", licensed);
  }

  private String postLicensingState(String themeId) {
    var instances = as("admin").getList("/history/process-instance?processDefinitionKey=post-licensing&processInstanceBusinessKey=" + themeId)
        .getBody();
    assertThat(instances).hasSize(1);
    return (String) instances.get(0).get("state");
  }

  private String stageOutcome(String themeId) {
    var instance = as("admin").getList("/history/process-instance?processDefinitionKey=post-licensing&processInstanceBusinessKey=" + themeId)
        .getBody().get(0);
    var outcome = as("admin").getList("/history/variable-instance?variableName=stageOutcome&processInstanceId=" + instance.get("id")).getBody();
    return outcome.isEmpty() ? null : (String) outcome.get(0).get("value");
  }

  @Test
  @DisplayName("LO-4: FS data withheld: refused without a reason (400 naming fsDataMissingReason); with one the head decides (FS_ABANDONED)")
  void feasibilityDataWithheld_reasonRequired_headDecides() {
    String themeId = startAsAdmin("licensing", selectedLicensee());
    complete("office", themeId, "ExecuteSecrecyAgreement", vars("secrecyAgreementReference", "NDA-1", "feasibilityStudyDeadline", inDays(60)));
    var abandoned = as("portal").message("FeasibilityStudyConcluded", themeId, vars("fsDecision", "ABANDON", "fsDataReference", "DR-9"));
    assertThat(abandoned.getStatusCode().is2xxSuccessful()).as("%s", abandoned.getBody()).isTrue();

    String taskId = as("office").awaitTask(themeId, "ReceiveFeasibilityData");
    assertRefusedNaming(as("office").complete(taskId, vars("fsDataReceived", false)), "fsDataMissingReason");
    assertThat(as("office").tasks(themeId)).extracting(t -> t.get("id")).containsExactly(taskId);
    complete("office", themeId, "ReceiveFeasibilityData", vars("fsDataReceived", false,
        "fsDataMissingReason", "The licensee withholds the tox data."));
    assertThat(as("head").awaitTask(themeId, "DecideThemeContinuation")).isNotNull();
  }

  @Test
  @DisplayName("LO-5: the researcher approves the milestone contract; sent back without a comment is 400, with one the office drafts again; a progress milestone pays 0 and is not split")
  void milestoneContract_researcherApproves_progressMilestoneNotSplit() {
    String themeId = atDraft();
    List<Map<String, Object>> milestones = List.of(Map.of("name", "Tox report", "dueDate", inDays(90), "payment", 0),
        Map.of("name", "Phase I start", "dueDate", inDays(365), "payment", 300_000_000L));
    complete("office", themeId, "DraftLicenseAgreement", draft(milestones));

    String confirm = as("researcher").awaitTask(themeId, "ConfirmDraftWithResearcher");
    assertThat(as("office").complete(confirm, vars("researcherApprovesDraft", true)).getStatusCode().is4xxClientError())
        .as("only the lead researcher confirms the draft").isTrue();
    assertRefusedNaming(as("researcher").complete(confirm, vars("researcherApprovesDraft", false)), "researcherComment");
    complete("researcher", themeId, "ConfirmDraftWithResearcher", vars("researcherApprovesDraft", false,
        "researcherComment", "Name the tox report milestone more precisely."));
    complete("office", themeId, "DraftLicenseAgreement", draft(List.of(
        Map.of("name", "GLP tox report", "dueDate", inDays(90), "payment", 0),
        Map.of("name", "Phase I start", "dueDate", inDays(365), "payment", 300_000_000L))));
    complete("researcher", themeId, "ConfirmDraftWithResearcher", vars("researcherApprovesDraft", true));
    complete("head", themeId, "ExecuteLicenseAgreement", vars("licenseAgreementReference", "LA-2027-009"));

    List<Map<String, Object>> upfront = RestClient.await(() -> {
      var answer = as("office").getList("/theme/" + themeId + "/income-splits").getBody();
      return answer.isEmpty() ? null : answer;
    }, "the upfront payment's split");
    assertThat(upfront).singleElement().satisfies(split -> assertThat(split).containsEntry("paymentKind", "UPFRONT"));

    String post = postLicensing(List.of(Map.of("name", "GLP tox report", "dueDate", inDays(90), "payment", 0)));
    var report = as("portal").message("ProgressReportSubmitted", post, vars("milestoneName", "GLP tox report",
        "milestoneAchieved", true, "progressReport", "GLP tox study clean."));
    assertThat(report.getStatusCode().is2xxSuccessful()).as("%s", report.getBody()).isTrue();
    complete("office", post, "ReviewProgressReport", vars("reportAccepted", true));
    String postId = (String) as("admin").getList("/process-instance?processDefinitionKey=post-licensing&businessKey=" + post)
        .getBody().get(0).get("id");
    RestClient.await(() -> as("admin").getList("/variable-instance?variableName=milestonesMet&processInstanceIdIn=" + postId)
        .getBody().isEmpty() ? null : Boolean.TRUE, "the progress milestone met");
    assertThat(as("office").getList("/theme/" + post + "/income-splits").getBody()).as("a progress milestone is not split").isEmpty();
  }

  @Test
  @DisplayName("AL-3, IR-4: all milestones met leaves the theme waiting; ProductLaunched is checked, then confirmed by the office: COMPLETED")
  void productLaunched_confirmed_completes() {
    String themeId = postLicensing(List.of(Map.of("name", "Phase I start", "dueDate", inDays(365), "payment", 300_000_000L)));
    RestClient portal = as("portal");
    var report = portal.message("ProgressReportSubmitted", themeId, vars("milestoneName", "Phase I start",
        "milestoneAchieved", true, "progressReport", "First patient dosed."));
    assertThat(report.getStatusCode().is2xxSuccessful()).as("%s", report.getBody()).isTrue();
    complete("office", themeId, "ReviewProgressReport", vars("reportAccepted", true));
    RestClient.await(() -> as("office").getList("/theme/" + themeId + "/income-splits").getBody().isEmpty() ? null : Boolean.TRUE,
        "the milestone paid");
    assertThat(postLicensingState(themeId)).as("every milestone met, the launch still awaited").isEqualTo("ACTIVE");

    assertRefusedNaming(portal.message("ProductLaunched", themeId, vars("productName", "Kransib", "launchDate", inDays(2))), "launchDate");
    assertRefusedNaming(portal.message("ProductLaunched", themeId, vars("launchDate", inDays(-1))), "productName");
    assertRefusedNaming(portal.message("ProductLaunched", themeId, vars("productName", "Kransib", "launchDate", inDays(-1),
        "launchConfirmed", true)), "launchConfirmed");
    assertThat(as("office").tasks(themeId)).isEmpty();

    var launched = portal.message("ProductLaunched", themeId, vars("productName", "Kransib", "launchDate", inDays(-1)));
    assertThat(launched.getStatusCode().is2xxSuccessful()).as("%s", launched.getBody()).isTrue();
    var again = portal.message("ProductLaunched", themeId, vars("productName", "Kransib", "launchDate", inDays(-1)));
    assertThat(again.getStatusCode().is4xxClientError()).as("nothing waits while the office reviews: %s", again.getBody()).isTrue();

    complete("office", themeId, "ConfirmMarketLaunch", vars("launchConfirmed", false));
    assertThat(postLicensingState(themeId)).isEqualTo("ACTIVE");
    var relaunched = RestClient.await(() -> {
      var answer = portal.message("ProductLaunched", themeId, vars("productName", "Kransib tablets 100 mg", "launchDate", inDays(-1)));
      return answer.getStatusCode().is2xxSuccessful() ? answer : null;
    }, "the launch awaited again");
    assertThat(relaunched.getStatusCode().is2xxSuccessful()).isTrue();
    complete("office", themeId, "ConfirmMarketLaunch", vars("launchConfirmed", true));

    RestClient.await(() -> "COMPLETED".equals(postLicensingState(themeId)) ? Boolean.TRUE : null, "post-licensing ended");
    assertThat(stageOutcome(themeId)).isEqualTo("COMPLETED");
    var late = portal.message("DevelopmentAbandoned", themeId, vars("abandonmentReason", "Too late."));
    assertThat(late.getStatusCode().is4xxClientError()).as("%s", late.getBody()).isTrue();
  }

  @Test
  @DisplayName("AL-3: DevelopmentAbandoned is accepted under a licence without milestones, until the launch is confirmed: ABANDONED")
  void developmentAbandoned_withoutMilestones_isAccepted() {
    String themeId = postLicensing(null);
    assertThat(postLicensingState(themeId)).isEqualTo("ACTIVE");
    var abandoned = as("portal").message("DevelopmentAbandoned", themeId, vars("abandonmentReason", "Portfolio change."));
    assertThat(abandoned.getStatusCode().is2xxSuccessful()).as("%s", abandoned.getBody()).isTrue();
    assertThat(postLicensingState(themeId)).isEqualTo("COMPLETED");
    assertThat(stageOutcome(themeId)).isEqualTo("ABANDONED");
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
