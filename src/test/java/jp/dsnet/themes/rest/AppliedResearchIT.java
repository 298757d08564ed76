package jp.dsnet.themes.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.support.RestClient;
import jp.dsnet.themes.support.RestIntegrationTest;
import jp.dsnet.themes.support.Themes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** applied-research over REST, as the office, the partner institutes and the head (AR-1, AR-2, IN-5). */
class AppliedResearchIT extends RestIntegrationTest {

  private static Map<String, Object> vars(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static List<String> keys(List<Map<String, Object>> tasks) {
    return tasks.stream().map(t -> (String) t.get("taskDefinitionKey")).toList();
  }

  @Test
  @DisplayName("AR-1, AR-2: the office plans, each partner task is the partners' only, the head alone reviews; bad input is 400 naming the variable")
  void officePlans_partnersReport_headReviews() {
    String themeId = newThemeId();
    var started = as("admin").startTheme("applied-research", themeId, Themes.proposal());
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instanceId = (String) started.getBody().get("id");

    RestClient office = as("office");
    String plan = office.awaitTask(themeId, "PlanSupportResearch");
    String due = OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(90).withNano(0).toString();
    var unknown = office.complete(plan, vars("supportTypes", "HTS, FOO", "milestoneName", "Lead compound", "milestoneDueDate", due));
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(unknown.getBody()).containsEntry("variable", "supportTypes");
    assertThat(office.complete(plan, vars("supportTypes", "HTS, CRYSTALLOGRAPHY", "milestoneName", "Lead compound", "milestoneDueDate", due))
        .getStatusCode().is2xxSuccessful()).isTrue();

    RestClient partner = as("partner");
    assertThat(keys(partner.tasks(themeId))).containsExactly("ReportSupportResults", "ReportSupportResults");
    assertThat(office.tasks(themeId)).isEmpty();
    assertThat(as("researcher").tasks(themeId)).isEmpty();
    for (Map<String, Object> task : partner.tasks(themeId)) {
      var empty = partner.complete((String) task.get("id"), vars("resultSummary", ""));
      assertThat(empty.getStatusCode().value()).isEqualTo(400);
      assertThat(empty.getBody()).containsEntry("variable", "resultSummary");
      var anonymous = partner.complete((String) task.get("id"), vars("resultSummary", "Structure solved at 1.8 Å."));
      assertThat(anonymous.getStatusCode().value()).as("AR-1, LS-5: the institute that did the work").isEqualTo(400);
      assertThat(anonymous.getBody()).containsEntry("variable", "supportInstitute");
      assertThat(partner.complete((String) task.get("id"), vars("resultSummary", "Structure solved at 1.8 Å.", "supportInstitute", "RIKEN"))
          .getStatusCode().is2xxSuccessful()).isTrue();
    }

    String review = as("head").awaitTask(themeId, "ReviewMilestone");
    assertThat(partner.tasks(themeId)).isEmpty();
    assertThat(as("office").complete(review, vars("milestoneAchieved", true, "industryAlignmentConfirmed", true,
        "milestoneDecision", "READY_FOR_LICENSING")).getStatusCode().value()).isIn(403, 404);
    var notAligned = as("head").complete(review, vars("milestoneAchieved", true, "industryAlignmentConfirmed", false,
        "milestoneDecision", "READY_FOR_LICENSING"));
    assertThat(notAligned.getStatusCode().value()).isEqualTo(400);
    assertThat(notAligned.getBody()).containsEntry("variable", "industryAlignmentConfirmed");
    var ungraded = as("head").complete(review, vars("milestoneAchieved", true, "industryAlignmentConfirmed", true,
        "milestoneDecision", "READY_FOR_LICENSING"));
    assertThat(ungraded.getStatusCode().value()).as("IR-4: rewards by results").isEqualTo(400);
    assertThat(ungraded.getBody()).containsEntry("variable", "rewardGrade");
    assertThat(as("head").complete(review, vars("milestoneAchieved", true, "industryAlignmentConfirmed", true,
        "milestoneDecision", "READY_FOR_LICENSING", "rewardGrade", "A")).getStatusCode().is2xxSuccessful()).isTrue();

    RestClient manager = as("manager");
    assertThat(manager.getList("/history/variable-instance?processInstanceId=" + instanceId + "&variableName=stageOutcome").getBody())
        .singleElement().satisfies(v -> assertThat(v.get("value")).isEqualTo("READY_FOR_LICENSING"));
    assertThat(manager.getList("/history/variable-instance?processInstanceId=" + instanceId + "&variableName=milestoneReward").getBody())
        .singleElement().satisfies(v -> assertThat((String) v.get("value")).contains("Lead compound").contains("grade A"));
    assertThat(manager.getList("/history/variable-instance?processInstanceId=" + instanceId + "&variableName=supportInstitutes&deserializeValues=false").getBody())
        .singleElement().satisfies(v -> assertThat(String.valueOf(v.get("value"))).contains("RIKEN"));
  }
}
