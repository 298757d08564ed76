package jp.dsnet.themes.identity;

/** The groups of the contract (CONTRACT: Runtime), as engine group ids. */
public final class Groups {

  public static final String ADMINS = "camunda-admin";
  public static final String STRATEGY_OFFICE = "strategy-office";
  public static final String STRATEGY_OFFICE_HEAD = "strategy-office-head";
  public static final String IP_OFFICE = "ip-office";
  public static final String RESEARCHERS = "researchers";
  public static final String PARTNER_INSTITUTES = "partner-institutes";
  public static final String EXTERNAL_SYSTEMS = "external-systems";
  public static final String PROCESS_OWNERS = "process-owners";
  public static final String MANAGERS = "managers";

  private Groups() {
  }

  /** True when the authenticated user belongs to one of {@code groups}; false for nobody. */
  public static boolean anyOf(org.camunda.bpm.engine.impl.identity.Authentication user, java.util.Set<String> groups) {
    return user != null && user.getGroupIds() != null && user.getGroupIds().stream().anyMatch(groups::contains);
  }

  /**
   * The group check of the application's own REST resources: 403 (AuthorizationException) unless
   * the user belongs to one of {@code groups}; {@code rule} says who may read what and why.
   */
  public static void requireAnyOf(org.camunda.bpm.engine.impl.identity.Authentication user, java.util.Set<String> groups,
      String rule) {
    if (!anyOf(user, groups)) {
      throw new org.camunda.bpm.engine.AuthorizationException(rule + "; "
          + (user == null ? "nobody is authenticated" : "'" + user.getUserId() + "' is in none of " + groups));
    }
  }
}
