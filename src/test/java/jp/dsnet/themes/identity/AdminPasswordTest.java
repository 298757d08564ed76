package jp.dsnet.themes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** CONTRACT, Runtime: without the demo profile, no default admin password. */
class AdminPasswordTest {

  private static MockEnvironment profiles(String... active) {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles(active);
    return environment;
  }

  @Test
  void demoProfile_acceptsTheDemoPassword() {
    assertThat(new AdminPassword("demo", profiles("demo")).value()).isEqualTo("demo");
    assertThat(new AdminPassword("demo", profiles("postgres", "demo")).value()).isEqualTo("demo");
  }

  @Test
  void otherProfiles_refuseAMissingPassword() {
    assertThatThrownBy(() -> new AdminPassword("", profiles("postgres"))).hasMessageContaining("ADMIN_PASSWORD is not set");
    assertThatThrownBy(() -> new AdminPassword(null, profiles("prod"))).hasMessageContaining("ADMIN_PASSWORD is not set");
  }

  @Test
  void otherProfiles_refuseDefaultOrShortPasswords() {
    assertThatThrownBy(() -> new AdminPassword("demo", profiles("postgres"))).hasMessageContaining("default");
    assertThatThrownBy(() -> new AdminPassword("admin", profiles("postgres"))).hasMessageContaining("default");
    assertThatThrownBy(() -> new AdminPassword("short", profiles("postgres"))).hasMessageContaining("8 characters");
  }

  @Test
  void otherProfiles_acceptARealPassword() {
    assertThat(new AdminPassword("c0rrect-horse-battery", profiles("postgres")).value()).isEqualTo("c0rrect-horse-battery");
  }
}
