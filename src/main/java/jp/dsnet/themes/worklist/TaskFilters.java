package jp.dsnet.themes.worklist;

import static jp.dsnet.themes.identity.Groups.IP_OFFICE;
import static jp.dsnet.themes.identity.Groups.PARTNER_INSTITUTES;
import static jp.dsnet.themes.identity.Groups.RESEARCHERS;
import static jp.dsnet.themes.identity.Groups.STRATEGY_OFFICE;
import static jp.dsnet.themes.identity.Groups.STRATEGY_OFFICE_HEAD;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every case worker finds at first login, each sorted by due date and
 * showing the theme's ID, title and stage on the cards. Created at startup when missing (by
 * name) and readable by the case workers' groups; what a filter lists is narrowed further by the
 * per-task authorizations, so the due-date filter shows each user only the tasks of its groups or
 * assigned to it. They come after IdentityBootstrap's "Theme tasks (テーマのタスク)" (priority -10), which
 * lists all of a user's work and so stays the one Tasklist opens first.
 */
@Component
@Order(1)
public class TaskFilters implements ApplicationRunner {

  public static final String MY_TASKS = "My tasks (自分のタスク)";
  public static final String MY_GROUPS_TASKS = "My groups' tasks (グループのタスク)";
  public static final String DUE_SOON = "Due within 14 days or overdue (期限14日以内・超過)";

  static final List<String> CASE_WORKERS = List.of(STRATEGY_OFFICE, STRATEGY_OFFICE_HEAD, IP_OFFICE, RESEARCHERS,
      PARTNER_INSTITUTES);

  /** The variables shown on each card: the theme ID and stage are set on every task by TaskCardVariables. */
  static final List<Map<String, String>> CARD_VARIABLES = List.of(
      Map.of("name", TaskCardVariables.THEME_ID, "label", "Theme ID (テーマID)"),
      Map.of("name", "themeTitle", "label", "Theme (研究テーマ)"),
      Map.of("name", "themeStage", "label", "Stage (段階)"));

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;

  public TaskFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    create(MY_TASKS, 10, "Tasks assigned to me", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    create(MY_GROUPS_TASKS, 20, "Unclaimed tasks of my groups",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    create(DUE_SOON, 30, "My tasks and my groups' tasks due within 14 days or already overdue",
        tasks.createTaskQuery().dueBeforeExpression("${dateTime().plusDays(14)}"));
  }

  private void create(String name, int priority, String description, TaskQuery query) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      // Soonest due first, then oldest first; tasks without a due date come last on PostgreSQL, first on H2.
      query.orderByDueDate().asc().orderByTaskCreateTime().asc();
      filter = filters.newTaskFilter(name).setOwner("admin").setQuery(query)
          .setProperties(Map.of("description", description, "priority", priority, "refresh", true,
              "variables", CARD_VARIABLES));
      filters.saveFilter(filter);
    }
    for (String group : CASE_WORKERS) {
      grantRead(group, filter.getId());
    }
  }

  private void grantRead(String group, String filterId) {
    long granted = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.FILTER)
        .resourceId(filterId).hasPermission(Permissions.READ).count();
    if (granted == 0) {
      Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(Resources.FILTER);
      authorization.setResourceId(filterId);
      authorization.addPermission(Permissions.READ);
      authorizations.saveAuthorization(authorization);
    }
  }
}
