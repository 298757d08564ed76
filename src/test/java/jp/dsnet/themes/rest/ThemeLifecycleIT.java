package jp.dsnet.themes.rest;

import static jp.dsnet.themes.support.ThemeDriver.inDays;
import static jp.dsnet.themes.support.ThemeDriver.inSeconds;
import static jp.dsnet.themes.support.ThemeDriver.vars;
import static org.assertj.core.api.Assertions.assertThat;

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

  /** A driver that answers every task of the longest happy path; the tests answer PublishLicenseeCall themselves. */
  private ThemeDriver happyDriver() {
    return ThemeDriver.happyPath(this, newThemeId());
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
