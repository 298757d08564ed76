package jp.dsnet.themes.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.http.HttpStatus;

/**
 * Drives one theme over REST the way its people would: whatever task of the theme is open, the
 * user the contract names completes it with the answers the test set for that task key, until a
 * condition holds (a task is open, a message is awaited, the theme ended). Bounded in time.
 */
public final class ThemeDriver {

  /** Who completes a task, and with what. */
  public record Answer(String user, Supplier<Map<String, Object>> variables) {
  }

  private final RestIntegrationTest test;
  private final String themeId;
  private final Map<String, Answer> answers = new HashMap<>();

  public ThemeDriver(RestIntegrationTest test, String themeId) {
    this.test = test;
    this.themeId = themeId;
  }

  /**
   * A driver that answers every task of the longest happy path: adopted, one research milestone
   * reached, shares 60/40, one applicant, a licence with one milestone. Tests change single answers
   * with {@link #answer} for the paths they need.
   */
  public static ThemeDriver happyPath(RestIntegrationTest test, String themeId) {
    return new ThemeDriver(test, themeId)
        .answer("EvaluateSeed", "office", vars("scoreNovelty", 5, "scoreMedicalNeed", 4, "scoreIndustryNeed", 4,
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
        .answer("PublishLicenseeCall", "office", () -> vars("callDeadline", inSeconds(15)))
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
  }

  /** With {@link #happyPath} answers: from wherever the theme is to a signed licence with one licensee. */
  public void workUntilLicensed() {
    workUntilMessageAwaited("LicenseeApplicationReceived");
    send("LicenseeApplicationReceived", vars("applicantCompany", "Kansai Pharma"));
    workUntilMessageAwaited("FeasibilityStudyConcluded");
    send("FeasibilityStudyConcluded", vars("fsDecision", "PROCEED", "fsDataReference", "DR-42"));
    workUntilMessageAwaited("ProgressReportSubmitted");
  }

  /**
   * With {@link #happyPath} answers, after {@link #workUntilLicensed}: the licensee reports its
   * milestone met, then the product on the market, the office confirms the launch, and the theme
   * ends COMPLETED (AL-1). The one place that knows what COMPLETED takes.
   */
  public String workUntilThemeCompleted() {
    send("ProgressReportSubmitted", vars("milestoneName", "Phase I start", "milestoneAchieved", true,
        "progressReport", "First patient dosed."));
    workUntilCompleted("ReviewProgressReport");
    // The milestone's payment is split by an asynchronous job: let it finish before the next message.
    RestClient.await(() -> test.as("manager").getList("/theme/" + themeId + "/income-splits").getBody().stream()
        .anyMatch(split -> "MILESTONE".equals(split.get("paymentKind"))) ? Boolean.TRUE : null, "the milestone payment split");
    workUntilMessageAwaited("ProductLaunched");
    send("ProductLaunched", vars("productName", "Kransib tablets 100 mg", "launchDate", inDays(-1)));
    return workUntilEnded();
  }

  /**
   * IN-4: once the theme waits for a supporting institute's report, the researcher asks to
   * withdraw, the head consents and the IP office keeps the IP; the theme ends WITHDRAWN.
   */
  public String workUntilWithdrawn() {
    workUntilTask("ReportSupportResults");
    send("WithdrawalRequested", vars("withdrawalReason", "The researcher moves abroad.", "requestedBy", "researcher"));
    answer("ConsentToWithdrawal", "head", vars("withdrawalConsented", true));
    answer("DisposeIntellectualProperty", "ip", vars("ipDisposition", "MAINTAIN"));
    return workUntilEnded();
  }

  public static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  public static String inSeconds(int seconds) {
    return OffsetDateTime.now(ZoneOffset.ofHours(9)).plusSeconds(seconds).withNano(0).toString();
  }

  public static String inDays(int days) {
    return OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(days).withNano(0).toString();
  }

  public String themeId() {
    return themeId;
  }

  public ThemeDriver answer(String taskKey, String user, Supplier<Map<String, Object>> variables) {
    answers.put(taskKey, new Answer(user, variables));
    return this;
  }

  public ThemeDriver answer(String taskKey, String user, Map<String, Object> variables) {
    return answer(taskKey, user, () -> variables);
  }

  public void start(Map<String, Object> proposal) {
    var started = test.as("portal").startTheme("theme-lifecycle", themeId, proposal);
    assertThat(started.getStatusCode()).as("start of %s: %s", themeId, started.getBody()).isEqualTo(HttpStatus.OK);
  }

  /** Works the theme's tasks until the task with this key is open; returns its id. */
  public String workUntilTask(String taskKey) {
    return workUntil(() -> openTasks().stream().filter(t -> taskKey.equals(t.get("taskDefinitionKey")))
        .map(t -> (String) t.get("id")).findFirst().orElse(null), "task " + taskKey, taskKey);
  }

  /** Works the theme's tasks until one of its instances waits for this message. */
  public void workUntilMessageAwaited(String messageName) {
    workUntil(() -> awaitsMessage(messageName) ? Boolean.TRUE : null, "a wait for message " + messageName);
  }

  /** Works the theme's tasks until one with this key has been completed and none is open. */
  public void workUntilCompleted(String taskKey) {
    workUntil(() -> {
      boolean done = !test.as("admin").getList("/history/task?finished=true&taskDefinitionKey=" + taskKey
          + "&processInstanceBusinessKey=" + themeId).getBody().isEmpty();
      boolean open = openTasks().stream().anyMatch(t -> taskKey.equals(t.get("taskDefinitionKey")));
      return done && !open ? Boolean.TRUE : null;
    }, "task " + taskKey + " completed");
  }

  /** Works the theme's tasks until it has ended; returns its themeStatus. */
  public String workUntilEnded() {
    return workUntil(() -> {
      var lifecycle = test.as("admin").getList("/history/process-instance?processDefinitionKey=theme-lifecycle&processInstanceBusinessKey=" + themeId).getBody();
      if (lifecycle.isEmpty() || lifecycle.get(0).get("endTime") == null) {
        return null;
      }
      return themeStatus(lifecycle.get(0)).orElse("(none)");
    }, "the end of theme " + themeId);
  }

  private Optional<String> themeStatus(Map<String, Object> lifecycle) {
    var status = test.as("manager").getList("/history/variable-instance?variableName=themeStatus&processInstanceId=" + lifecycle.get("id")).getBody();
    return status.isEmpty() ? Optional.empty() : Optional.of((String) status.get(0).get("value"));
  }

  public boolean awaitsMessage(String messageName) {
    for (Map<String, Object> instance : test.as("admin").getList("/process-instance?businessKey=" + themeId).getBody()) {
      if (!test.as("admin").getList("/event-subscription?eventType=message&eventName=" + messageName
          + "&processInstanceId=" + instance.get("id")).getBody().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The theme's open tasks, as the administrator sees them. */
  public List<Map<String, Object>> openTasks() {
    return test.as("admin").tasks(themeId);
  }

  /** Sends a message for this theme as the portal and expects it to be accepted. */
  public void send(String messageName, Map<String, Object> variables) {
    var answer = test.as("portal").message(messageName, themeId, variables);
    assertThat(answer.getStatusCode().is2xxSuccessful()).as("%s accepted: %s", messageName, answer.getBody()).isTrue();
  }

  private <T> T workUntil(Supplier<T> condition, String what) {
    return workUntil(condition, what, null);
  }

  /** @param awaitedTask a task key never answered here, even if it has an answer: it is what the caller waits for */
  private <T> T workUntil(Supplier<T> condition, String what, String awaitedTask) {
    try {
      return Awaitility.await(what).atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
          .until(() -> workWhileAnswered(condition, awaitedTask), Objects::nonNull);
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("Timed out after 60 s waiting for " + what + "; open tasks: "
          + openTasks().stream().map(t -> t.get("taskDefinitionKey")).toList(), e);
    }
  }

  /** One poll: completes answered tasks one by one until the condition holds or none is left to answer. */
  private <T> T workWhileAnswered(Supplier<T> condition, String awaitedTask) {
    T done = condition.get();
    while (done == null && completeOneAnsweredTask(awaitedTask)) {
      done = condition.get();
    }
    return done;
  }

  private boolean completeOneAnsweredTask(String awaitedTask) {
    for (Map<String, Object> task : openTasks()) {
      Answer answer = answers.get((String) task.get("taskDefinitionKey"));
      if (answer != null && !task.get("taskDefinitionKey").equals(awaitedTask)) {
        var completed = test.as(answer.user()).complete((String) task.get("id"), answer.variables().get());
        assertThat(completed.getStatusCode().is2xxSuccessful())
            .as("%s completes %s: %s", answer.user(), task.get("taskDefinitionKey"), completed.getBody()).isTrue();
        return true;
      }
    }
    return false;
  }
}
