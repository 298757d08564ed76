package jp.dsnet.themes.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import jp.dsnet.themes.support.RestIntegrationTest;
import jp.dsnet.themes.support.Tasks;
import jp.dsnet.themes.support.Themes;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The filters each case worker finds at first login, over the REST API that Tasklist uses. */
class TaskFiltersIT extends RestIntegrationTest {

  private static final List<String> NAMES = List.of(TaskFilters.MY_TASKS, TaskFilters.MY_GROUPS_TASKS, TaskFilters.DUE_SOON);

  @Autowired
  TaskFilters taskFilters;
  @Autowired
  FilterService filters;
  @Autowired
  TaskService taskService;

  private List<String> filterNames(String user) {
    return as(user).getList("/filter?resourceType=Task").getBody().stream().map(f -> (String) f.get("name")).toList();
  }

  @Test
  @DisplayName("Every case workers' group sees the three filters; a manager, who works no task, none; a restart adds none")
  void filters_areThereForEachGroup_once() {
    for (String user : List.of("office", "head", "ip", "researcher", "partner")) {
      assertThat(filterNames(user)).as(user).containsAll(NAMES);
    }
    assertThat(filterNames("manager")).doesNotContainAnyElementsOf(NAMES);

    taskFilters.run(null);
    for (String name : NAMES) {
      assertThat(filters.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
    }
  }

  @Test
  @DisplayName("The due-date filter lists the user's task due soon with the theme's ID, title and stage, and not others' tasks")
  void dueSoon_listsTheTaskWithItsCardVariables() {
    String themeId = newThemeId();
    as("portal").startTheme("theme-lifecycle", themeId, Themes.proposal());
    String evaluateSeed = as("office").awaitTask(themeId, "EvaluateSeed");
    Tasks.dueIn(taskService, evaluateSeed, Duration.ofDays(10));

    String dueSoon = filters.createFilterQuery().filterName(TaskFilters.DUE_SOON).singleResult().getId();
    List<String> listed = as("office").getList("/filter/" + dueSoon + "/list?maxResults=1000").getBody().stream()
        .map(t -> (String) t.get("id")).toList();
    assertThat(listed).contains(evaluateSeed);
    assertThat(as("head").getList("/filter/" + dueSoon + "/list?maxResults=1000").getBody())
        .extracting(t -> t.get("id")).doesNotContain(evaluateSeed);
    assertThat(taskService.getVariablesLocal(evaluateSeed)).containsEntry("themeId", themeId).containsEntry("themeStage", "INTAKE");
    assertThat(taskService.getVariable(evaluateSeed, "themeTitle")).isEqualTo(Themes.proposal().get("themeTitle"));
  }
}
