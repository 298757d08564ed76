package jp.dsnet.themes.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Takes a theme over REST from its proposal to a published licensee call (公募), the way its
 * people would, on one node or several: whatever task of the theme is open is completed by the
 * contract's user with a valid answer, until {@code PublishLicenseeCall} has been completed.
 */
public final class OpenCall {

  private static final ZoneOffset JST = ZoneOffset.ofHours(9);

  private record Answer(String user, Map<String, Object> variables) {
  }

  private OpenCall() {
  }

  public static String inSeconds(long seconds) {
    return OffsetDateTime.now(JST).plusSeconds(seconds).withNano(0).toString();
  }

  /**
   * Starts the theme as the portal and works it until the call is published with this deadline.
   *
   * @param as a client of the application as a user (on any node)
   */
  public static void publish(Function<String, RestClient> as, String themeId, String callDeadline) {
    var started = as.apply("portal").startTheme("theme-lifecycle", themeId, Themes.proposal());
    assertThat(started.getStatusCode().value()).as("start of %s: %s", themeId, started.getBody()).isEqualTo(200);
    Map<String, Answer> answers = answers(callDeadline);
    Instant until = Instant.now().plus(Duration.ofSeconds(90));
    boolean published = false;
    while (!published) {
      assertThat(Instant.now()).as("theme %s reaches PublishLicenseeCall within 90 s", themeId).isBefore(until);
      boolean worked = false;
      for (Map<String, Object> task : as.apply("admin").tasks(themeId)) {
        String key = (String) task.get("taskDefinitionKey");
        Answer answer = answers.get(key);
        assertThat(answer).as("an answer for %s", key).isNotNull();
        var completed = as.apply(answer.user()).complete((String) task.get("id"), answer.variables());
        assertThat(completed.getStatusCode().value()).as("%s completes %s: %s", answer.user(), key, completed.getBody()).isEqualTo(204);
        published |= "PublishLicenseeCall".equals(key);
        worked = true;
      }
      if (!worked) {
        pause();
      }
    }
  }

  private static Map<String, Answer> answers(String callDeadline) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("EvaluateSeed", new Answer("office", vars("scoreNovelty", 5, "scoreMedicalNeed", 4, "scoreIndustryNeed", 4,
        "scoreIpPosition", 4, "scoreFeasibility", 4, "evaluationSummary", "Strong seed with a clear medical need.")));
    answers.put("DecideAdoption", new Answer("head", vars("adoptionDecision", "GO", "adoptionRationale", "Matches the exit strategy.",
        "rewardGrade", "A")));
    answers.put("DefineExitStrategy", new Answer("office", vars("exitStrategy", "License to a mid-size pharma after non-clinical PoC.")));
    answers.put("ConfirmRightsAndContact", new Answer("researcher", vars("rightsSettled", true, "rightsHolders", "Osaka University",
        "singleContact", "researcher@example.org")));
    answers.put("DefineIpAndPublicationStrategy", new Answer("ip", vars("ipStrategy", "File PCT before the first publication.",
        "publicationStrategy", "Conference talk after filing.", "patentApplicationReference", "JP2026-004711")));
    answers.put("SignSupportAgreement", new Answer("office", vars("supportAgreementReference", "SA-2027-001")));
    answers.put("PlanSupportResearch", new Answer("office", vars("supportTypes", "HTS", "milestoneName", "Lead compound",
        "milestoneDueDate", inSeconds(90L * 24 * 3600))));
    answers.put("ReportSupportResults", new Answer("partner", vars("resultSummary", "Three hits confirmed.", "supportInstitute", "RIKEN")));
    answers.put("ReviewMilestone", new Answer("head", vars("milestoneAchieved", true, "industryAlignmentConfirmed", true,
        "milestoneDecision", "READY_FOR_LICENSING", "rewardGrade", "B")));
    answers.put("AllocateContributionShares", new Answer("office", vars("contributionShares",
        List.of(Map.of("institution", "Osaka University", "sharePercent", 60), Map.of("institution", "RIKEN", "sharePercent", 40)))));
    answers.put("PublishLicenseeCall", new Answer("office", vars("callDeadline", callDeadline)));
    return answers;
  }

  private static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
