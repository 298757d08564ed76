package jp.dsnet.themes.identity;

import static jp.dsnet.themes.identity.Groups.*;
import static org.camunda.bpm.engine.authorization.Permissions.*;

import java.util.Map;
import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the contract's groups, their authorizations, the administrator and (demo profile only)
 * the demo users. Idempotent: it runs at every start and adds only what is missing.
 */
@Component
@Order(0)
public class IdentityBootstrap implements ApplicationRunner {

  static final String ADMIN = "admin";
  static final String TASK_FILTER = "Theme tasks (テーマのタスク)";

  /** CONTRACT: demo users: user id to group and display name. */
  static final Map<String, String[]> DEMO_USERS = Map.of(
      "office", new String[] {STRATEGY_OFFICE, "Strategy office (創薬支援戦略室)"},
      "head", new String[] {STRATEGY_OFFICE_HEAD, "Head of the strategy office (室長)"},
      "ip", new String[] {IP_OFFICE, "IP officer (知財管理支援)"},
      "researcher", new String[] {RESEARCHERS, "University researcher (大学等の研究者)"},
      "partner", new String[] {PARTNER_INSTITUTES, "Supporting researcher (支援研究者)"},
      "portal", new String[] {EXTERNAL_SYSTEMS, "External portal (外部ポータル)"},
      "owner", new String[] {PROCESS_OWNERS, "Process owner"},
      "manager", new String[] {MANAGERS, "Council member (協議会)"});

  /** The processes in which a portal's messages arrive (CONTRACT: messages). */
  private static final String[] MESSAGE_RECEIVERS = {ThemeLifecycle.PROCESS_KEY, ThemeLifecycle.SOLICITATION,
      ThemeLifecycle.LICENSING, ThemeLifecycle.POST_LICENSING};

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;
  private final AdminPassword adminPassword;
  private final boolean demoUsers;

  public IdentityBootstrap(IdentityService identity, AuthorizationService authorizations, FilterService filters,
                           TaskService tasks, AdminPassword adminPassword,
                           @Value("${themes.demo.users:false}") boolean demoUsers) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
    this.adminPassword = adminPassword;
    this.demoUsers = demoUsers;
  }

  @Override
  public void run(ApplicationArguments args) {
    createGroups();
    grantAdministrators();
    grantCaseWorkers();
    grantPortals();
    grantProcessOwners();
    grantManagers();
    createTaskFilter();
    createUser(ADMIN, "Administrator", adminPassword.value(), ADMINS);
    if (demoUsers) {
      DEMO_USERS.forEach((id, groupAndName) -> createUser(id, groupAndName[1], "demo", groupAndName[0]));
    }
  }

  private void createGroups() {
    group(ADMINS, "Administrators", "SYSTEM");
    group(STRATEGY_OFFICE, "Strategy office (創薬支援戦略室)", "WORKFLOW");
    group(STRATEGY_OFFICE_HEAD, "Head of the strategy office (創薬支援戦略室長)", "WORKFLOW");
    group(IP_OFFICE, "IP office (知財管理支援)", "WORKFLOW");
    group(RESEARCHERS, "University researchers (大学等の研究者)", "WORKFLOW");
    group(PARTNER_INSTITUTES, "Partner institutes (創薬連携研究機関)", "WORKFLOW");
    group(EXTERNAL_SYSTEMS, "External systems (外部ポータル)", "SYSTEM");
    group(PROCESS_OWNERS, "Process owners", "SYSTEM");
    group(MANAGERS, "Council and working-level meeting (協議会・実務担当者会議)", "WORKFLOW");
  }

  private void grantAdministrators() {
    for (Resources resource : Resources.values()) {
      grant(ADMINS, resource, "*", ALL);
    }
  }

  /** Tasklist users see and work the tasks of their groups and those assigned to them. */
  private void grantCaseWorkers() {
    for (String group : new String[] {STRATEGY_OFFICE, STRATEGY_OFFICE_HEAD, IP_OFFICE, RESEARCHERS, PARTNER_INSTITUTES}) {
      grant(group, Resources.APPLICATION, "tasklist", ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, "*", READ);
      grant(group, Resources.DECISION_DEFINITION, "*", READ);
    }
    // The office and its head run the network: they follow every theme in Cockpit too.
    for (String group : new String[] {STRATEGY_OFFICE, STRATEGY_OFFICE_HEAD}) {
      grant(group, Resources.APPLICATION, "cockpit", ACCESS);
      grant(group, Resources.PROCESS_DEFINITION, "*", READ_HISTORY);
      grant(group, Resources.PROCESS_INSTANCE, "*", READ);
      grant(group, Resources.DECISION_DEFINITION, "*", READ_HISTORY);
      grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", READ);
    }
    // IN-1: the office surveys seeds itself, so it may propose a theme too (Tasklist's "Start process").
    grant(STRATEGY_OFFICE, Resources.PROCESS_DEFINITION, ThemeLifecycle.PROCESS_KEY, READ, CREATE_INSTANCE);
    grant(STRATEGY_OFFICE, Resources.PROCESS_INSTANCE, "*", CREATE);
  }

  /** A portal starts themes and correlates messages, and reads nothing (CONTRACT: permissions). */
  private void grantPortals() {
    grant(EXTERNAL_SYSTEMS, Resources.PROCESS_DEFINITION, ThemeLifecycle.PROCESS_KEY, READ, CREATE_INSTANCE);
    grant(EXTERNAL_SYSTEMS, Resources.PROCESS_INSTANCE, "*", CREATE);
    for (String key : MESSAGE_RECEIVERS) {
      grant(EXTERNAL_SYSTEMS, Resources.PROCESS_DEFINITION, key, UPDATE_INSTANCE);
    }
  }

  private void grantProcessOwners() {
    grant(PROCESS_OWNERS, Resources.APPLICATION, "cockpit", ACCESS);
    grant(PROCESS_OWNERS, Resources.DEPLOYMENT, "*", CREATE, READ);
    grant(PROCESS_OWNERS, Resources.PROCESS_DEFINITION, "*", READ);
    grant(PROCESS_OWNERS, Resources.DECISION_DEFINITION, "*", READ);
    grant(PROCESS_OWNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", READ);
  }

  /** Managers watch themes, their decisions, history and incidents, and work no task. */
  private void grantManagers() {
    grant(MANAGERS, Resources.APPLICATION, "cockpit", ACCESS);
    grant(MANAGERS, Resources.PROCESS_DEFINITION, "*", READ, READ_HISTORY);
    grant(MANAGERS, Resources.PROCESS_INSTANCE, "*", READ);
    grant(MANAGERS, Resources.DECISION_DEFINITION, "*", READ, READ_HISTORY);
    grant(MANAGERS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", READ);
    grant(MANAGERS, Resources.DEPLOYMENT, "*", READ);
  }

  /** One Tasklist filter for everyone: the task query is narrowed by each user's authorizations. */
  private void createTaskFilter() {
    Filter filter = filters.createFilterQuery().filterName(TASK_FILTER).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(TASK_FILTER).setOwner(ADMIN)
          .setProperties(Map.of("description", "Open tasks of my groups and assigned to me", "priority", -10, "refresh", true,
              "variables", java.util.List.of(Map.of("name", "themeTitle", "label", "Theme (研究テーマ)"),
                  Map.of("name", "themeStage", "label", "Stage (段階)"))))
          .setQuery(tasks.createTaskQuery().orderByTaskCreateTime().asc());
      filters.saveFilter(filter);
    }
    for (String group : new String[] {STRATEGY_OFFICE, STRATEGY_OFFICE_HEAD, IP_OFFICE, RESEARCHERS, PARTNER_INSTITUTES}) {
      grant(group, Resources.FILTER, filter.getId(), READ);
    }
  }

  private void group(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
    grant(id, Resources.GROUP, id, READ);
  }

  private void createUser(String id, String name, String password, String groupId) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(name);
      user.setLastName("");
      user.setEmail(id + "@example.org");
      user.setPassword(password);
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(id, groupId);
    }
    grantUser(id, Resources.USER, id, READ, UPDATE);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
    Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    if (existing == null) {
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    save(authorization, existing, permissions);
  }

  private void grantUser(String userId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery().userIdIn(userId)
        .resourceType(resource).resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT).singleResult();
    Authorization authorization = existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    if (existing == null) {
      authorization.setUserId(userId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    save(authorization, existing, permissions);
  }

  private void save(Authorization authorization, Authorization existing, Permission... permissions) {
    boolean changed = existing == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }
}
