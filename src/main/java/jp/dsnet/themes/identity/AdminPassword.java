package jp.dsnet.themes.identity;

import java.util.Arrays;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The administrator's password. Outside the demo profile it must come from {@code ADMIN_PASSWORD}
 * and must not be a default one: the application refuses to start otherwise (CONTRACT: Runtime).
 */
@Component
public class AdminPassword {

  static final String DEMO_PROFILE = "demo";
  private static final Set<String> DEFAULTS = Set.of("demo", "admin", "password", "camunda", "changeit");

  private final String value;

  public AdminPassword(@Value("${themes.admin.password:}") String value, Environment environment) {
    boolean demo = environment.acceptsProfiles(Profiles.of(DEMO_PROFILE));
    if (!demo && (value == null || value.isBlank())) {
      throw new IllegalStateException("ADMIN_PASSWORD is not set. Outside the 'demo' profile (active: "
          + Arrays.toString(environment.getActiveProfiles()) + ") the administrator's password must be given in ADMIN_PASSWORD.");
    }
    if (!demo && (DEFAULTS.contains(value.toLowerCase()) || value.length() < 8)) {
      throw new IllegalStateException("ADMIN_PASSWORD is a default or shorter than 8 characters; "
          + "outside the 'demo' profile choose a real password.");
    }
    this.value = value;
  }

  String value() {
    return value;
  }
}
