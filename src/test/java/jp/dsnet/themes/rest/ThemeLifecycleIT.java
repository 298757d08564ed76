package jp.dsnet.themes.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.support.RestClient;
import jp.dsnet.themes.support.RestIntegrationTest;
import jp.dsnet.themes.support.ThemeDriver;
import jp.dsnet.themes.support.Themes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Whole lives of themes over REST, as the portal and the contract's users drive them: one test
 * per themeStatus, and the loops back to the call and to research.
 */
class ThemeLifecycleIT extends RestIntegrationTest {

  private static final ZoneOffset JST = ZoneOffset.ofHours(9);

  private static String inSeconds(int seconds) {
    return OffsetDateTime.now(JST).plusSeconds(seconds).withNano(0).toString();
  }

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

  /** A driver that answers every task of the longest happy path. */
  private ThemeDriver happyDriver() {
    ThemeDriver theme = new ThemeDriver(this, newThemeId());
    theme.answer("EvaluateSeed", "office", vars("scoreNovelty", 5, "scoreMedicalNeed", 4, "scoreIndustryNeed", 4,
            "scoreIpPosition", 4, "scoreFeasibility", 4, "evaluationSummary", "Strong seed with a clear medical need."))
        .answer("DecideAdoption", "head", vars("adoptionDecision", "GO", "adoptionRationale", "Matches the exit strategy.",
            "rewardGrade", "A"))
        .answer("DefineExitStrategy", "office", vars("exitStrategy", "License to a mid-size pharma after non-clinical PoC."))
        .answer("ConfirmRightsAndContact", "researcher", vars("rightsSettled", true, "rightsHolders", "Osaka University",
            "singleContact", "researcher@example.org"))
        .answer("DefineIpAndPublicationStrategy", "ip", vars("ipStrategy", "File PCT before the first publication.",
            "publicationStrategy", "Conference talk after filing.", "patentApplicationReference", "JP2026-004711"))
        .answer("SignSupportAgreement", "office", vars("supportAgreementReference", "SA-2027-001"))
        .answer("PlanSupportResearch", "office", () -> vars("supportTypes", "HTS,PHARMACOLOGY", "milestoneName", "Lead compound",
            "milestoneDueDate", inDays(90)))
        .answer("ReportSupportResults", "partner", vars("resultSummary", "Three hits confirmed.", "supportInstitute", "RIKEN"))
        .answer("ReviewMilestone", "head", vars("milestoneAchieved", true, "industryAlignmentConfirmed", true,
            "milestoneDecision", "READY_FOR_LICENSING", "rewardGrade", "B"))
        .answer("AllocateContributionShares", "office", vars("contributionShares",
            List.of(Map.of("institution", "Osaka University", "sharePercent", 60), Map.of("institution", "RIKEN", "sharePercent", 40))))
        .answer("ConfirmAward", "head", vars("awardConfirmed", true))
        .answer("ExecuteSecrecyAgreement", "office", () -> vars("secrecyAgreementReference", "NDA-2027-007",
            "feasibilityStudyDeadline", inDays(60)))
        .answer("ReviewDevelopmentProposal", "office", vars("developmentStrategy", "Phase I in 2029.", "proposedTerms",
            "Upfront plus milestones.", "consensusReached", true))
        .answer("ConfirmTermsWithResearcher", "researcher", vars("researcherAgrees", true))
        .answer("ConductDueDiligence", "office", vars("dueDiligencePassed", true, "dueDiligenceFindings", "No issues."))
        .answer("DraftLicenseAgreement", "office", () -> vars("licenseType", "EXCLUSIVE_LICENSE", "diligenceObligation", true,
            "nonCompeteClause", true, "licenseeBearsIpCosts", true, "upfrontPayment", 100_000_001L,
            "candidateCompoundDetermined", false,
            "milestones", List.of(Map.of("name", "Phase I start", "dueDate", inDays(365), "payment", 300_000_000L))))
        .answer("ConfirmDraftWithResearcher", "researcher", vars("researcherApprovesDraft", true))
        .answer("ExecuteLicenseAgreement", "head", vars("licenseAgreementReference", "LA-2027-003"))
        .answer("ReviewProgressReport", "office", vars("reportAccepted", true))
        .answer("ConfirmMarketLaunch", "office", vars("launchConfirmed", true));
    return theme;
  }

  /** From the proposal to the call, one applicant: that company becomes the licensee. */
  private void throughTheCallWithOneApplicant(ThemeDriver theme) {
    String call = theme.workUntilTask("PublishLicenseeCall");
    assertThat(as("office").complete(call, vars("callDeadline", inSeconds(15))).getStatusCode().is2xxSuccessful()).isTrue();
    theme.workUntilMessageAwaited("LicenseeApplicationReceived");
    theme.send("LicenseeApplicationReceived", vars("applicantCompany", "Kansai Pharma"));
  }

  @Test
  @DisplayName("SC-3: basic research is out of scope: OUT_OF_SCOPE")
  void basicResearch_endsOutOfScope() {
    ThemeDriver theme = happyDriver();
    theme.start(Themes.proposal("researchStage", "BASIC"));
    assertThat(theme.workUntilEnded()).isEqualTo("OUT_OF_SCOPE");
  }

  @Test
  @DisplayName("IN-1: the head decides No-Go at adoption: NOT_ADOPTED")
  void noGoAtAdoption_endsNotAdopted() {
    ThemeDriver theme = happyDriver()
        .answer("DecideAdoption", "head", vars("adoptionDecision", "NO_GO", "adoptionRationale", "No industry need."));
    theme.start(Themes.proposal());
    assertThat(theme.workUntilEnded()).isEqualTo("NOT_ADOPTED");
  }

  @Test
  @DisplayName("AR-2: a No-Go at the milestone review: TERMINATED")
  void noGoAtMilestone_endsTerminated() {
    ThemeDriver theme = happyDriver()
        .answer("ReviewMilestone", "head", vars("milestoneAchieved", false, "industryAlignmentConfirmed", false,
            "milestoneDecision", "NO_GO"));
    theme.start(Themes.proposal());
    assertThat(theme.workUntilEnded()).isEqualTo("TERMINATED");
  }

  @Test
  @DisplayName("IN-4, IN-6: a withdrawal the researcher asked for, consented by the head; the IP office disposes of the IP: WITHDRAWN")
  void withdrawalConsented_endsWithdrawn() {
    ThemeDriver theme = happyDriver();
    theme.start(Themes.proposal());
    theme.workUntilTask("ReportSupportResults");
    var openBefore = theme.openTasks().stream().map(t -> t.get("id")).toList();

    var notTheResearcher = as("portal").message("WithdrawalRequested", theme.themeId(),
        vars("withdrawalReason", "The office wants out.", "requestedBy", "office"));
    assertThat(notTheResearcher.getStatusCode().value()).isEqualTo(400);
    assertThat(notTheResearcher.getBody()).containsEntry("variable", "requestedBy");
    assertThat(theme.openTasks()).extracting(t -> t.get("id")).containsExactlyInAnyOrderElementsOf(openBefore);

    // IR-4: the adoption reward was recorded with the head's grade once the support agreement was signed.
    var intake = as("manager").getList("/history/process-instance?processDefinitionKey=theme-intake&processInstanceBusinessKey="
        + theme.themeId()).getBody();
    assertThat(as("manager").getList("/history/variable-instance?variableName=adoptionReward&processInstanceId=" + intake.get(0).get("id"))
        .getBody()).singleElement().satisfies(v -> assertThat((String) v.get("value")).contains("ADOPTION reward, grade A"));

    theme.send("WithdrawalRequested", vars("withdrawalReason", "The researcher moves abroad.", "requestedBy", "researcher"));
    theme.answer("ConsentToWithdrawal", "head", vars("withdrawalConsented", true));
    String dispose = theme.workUntilTask("DisposeIntellectualProperty");
    assertThat(theme.openTasks()).extracting(t -> t.get("id")).containsExactly(dispose);
    assertThat(as("ip").complete(dispose, vars("ipDisposition", "MAINTAIN")).getStatusCode().is2xxSuccessful()).isTrue();

    assertThat(theme.workUntilEnded()).isEqualTo("WITHDRAWN");
    assertThat(theme.openTasks()).isEmpty();
  }

  @Test
  @DisplayName("IN-4: a withdrawal before adoption is refused and changes nothing")
  void withdrawalBeforeAdoption_isRefused() {
    ThemeDriver theme = happyDriver();
    theme.start(Themes.proposal());
    String evaluate = theme.workUntilTask("EvaluateSeed");

    var refused = as("portal").message("WithdrawalRequested", theme.themeId(), vars("withdrawalReason", "changed my mind",
        "requestedBy", "researcher"));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(theme.openTasks()).extracting(t -> t.get("id")).containsExactly(evaluate);
  }

  @Test
  @DisplayName("LO-5, LS-7, AL-3 (実用化): the longest happy path, the last milestone met, then the product on the market: COMPLETED")
  void wholeLife_endsCompletedOnTheMarket() {
    ThemeDriver theme = happyDriver();
    theme.start(Themes.proposal());
    throughTheCallWithOneApplicant(theme);
    theme.workUntilMessageAwaited("FeasibilityStudyConcluded");
    theme.send("FeasibilityStudyConcluded", vars("fsDecision", "PROCEED", "fsDataReference", "DR-42"));
    theme.workUntilMessageAwaited("ProgressReportSubmitted");
    theme.send("ProgressReportSubmitted", vars("milestoneName", "Phase I start", "milestoneAchieved", true,
        "progressReport", "First patient dosed."));
    theme.workUntilCompleted("ReviewProgressReport");
    RestClient.await(() -> as("manager").getList("/theme/" + theme.themeId() + "/income-splits").getBody().size() == 2 ? Boolean.TRUE : null,
        "the upfront and the milestone payment split");
    assertThat(theme.awaitsMessage("ProductLaunched")).as("every milestone met: the launch is still awaited").isTrue();

    theme.send("ProductLaunched", vars("productName", "Kransib tablets 100 mg", "launchDate", inDays(-1)));
    assertThat(theme.workUntilEnded()).isEqualTo("COMPLETED");
  }

  @Test
  @DisplayName("AL-3: after its last milestone the licensee abandons development and the network closes the theme: CLOSED")
  void developmentAbandoned_andClosed_endsClosed() {
    ThemeDriver theme = happyDriver()
        .answer("DecideReacquisition", "head", vars("reacquisitionDecision", "CLOSE"))
        .answer("DisposeIntellectualProperty", "ip", vars("ipDisposition", "ABANDON"));
    theme.start(Themes.proposal());
    throughTheCallWithOneApplicant(theme);
    theme.workUntilMessageAwaited("FeasibilityStudyConcluded");
    theme.send("FeasibilityStudyConcluded", vars("fsDecision", "PROCEED", "fsDataReference", "DR-43"));
    theme.workUntilMessageAwaited("ProgressReportSubmitted");
    theme.send("ProgressReportSubmitted", vars("milestoneName", "Phase I start", "milestoneAchieved", true,
        "progressReport", "First patient dosed."));
    theme.workUntilCompleted("ReviewProgressReport");
    RestClient.await(() -> as("manager").getList("/theme/" + theme.themeId() + "/income-splits").getBody().size() == 2 ? Boolean.TRUE : null,
        "the milestone paid");
    theme.send("DevelopmentAbandoned", vars("abandonmentReason", "Portfolio change."));

    assertThat(theme.workUntilEnded()).isEqualTo("CLOSED");
  }

  @Test
  @DisplayName("LO-4: after an abandoned feasibility study the theme goes back to the licensee call")
  void feasibilityStudyAbandoned_returnsToSolicitation() {
    ThemeDriver theme = happyDriver()
        .answer("ReceiveFeasibilityData", "office", vars("fsDataReceived", true))
        .answer("DecideThemeContinuation", "head", vars("continuationDecision", "RESOLICIT"));
    theme.start(Themes.proposal());
    throughTheCallWithOneApplicant(theme);
    theme.workUntilMessageAwaited("FeasibilityStudyConcluded");
    theme.send("FeasibilityStudyConcluded", vars("fsDecision", "ABANDON", "fsDataReference", "DR-44"));

    // The driver answers AllocateContributionShares itself: wait for the first unanswered task of the new call.
    theme.workUntilTask("PublishLicenseeCall");
    var stage = as("manager").getList("/variable-instance?variableName=themeStage").getBody();
    assertThat(stage).isNotEmpty();
  }

  @Test
  @DisplayName("LS-3: no applicant, more research, then a No-Go: TERMINATED")
  void noApplicant_moreResearch_thenNoGo() {
    ThemeDriver theme = happyDriver();
    theme.start(Themes.proposal());
    String call = theme.workUntilTask("PublishLicenseeCall");
    as("office").complete(call, vars("callDeadline", inSeconds(3)));
    String decision = theme.workUntilTask("DecideThemeContinuation");
    as("head").complete(decision, vars("continuationDecision", "CONTINUE_RESEARCH"));
    theme.answer("ReviewMilestone", "head", vars("milestoneAchieved", false, "industryAlignmentConfirmed", true,
        "milestoneDecision", "NO_GO"));

    assertThat(theme.workUntilEnded()).isEqualTo("TERMINATED");
  }
}
