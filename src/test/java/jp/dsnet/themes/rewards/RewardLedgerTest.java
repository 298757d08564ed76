package jp.dsnet.themes.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/** IR-4: the reward ledger on the application's schema (db/themes-schema.sql), without an engine. */
class RewardLedgerTest {

  private static EmbeddedDatabase database;
  private static RewardLedger ledger;

  @BeforeAll
  static void createSchema() {
    database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true)
        .addScript("db/themes-schema.sql").build();
    ledger = new RewardLedger(new JdbcTemplate(database));
  }

  @AfterAll
  static void dropDatabase() {
    database.shutdown();
  }

  @Test
  @DisplayName("IR-4: rewards are kept per theme, in the order they were earned, with kind, milestone and recipient")
  void recordsAndListsRewardsOfOneTheme() {
    Instant adoption = Instant.parse("2027-04-01T00:00:00Z");
    Instant milestone = Instant.parse("2028-03-31T08:00:00Z");
    ledger.record("DSN-2027-001", RewardLedger.Kind.MILESTONE, "Lead compound", "researcher", "Osaka University", milestone);
    ledger.record("DSN-2027-001", RewardLedger.Kind.ADOPTION, null, "researcher", "Osaka University", adoption);
    ledger.record("DSN-2027-002", RewardLedger.Kind.ADOPTION, null, "other", "Kyoto University", adoption);

    assertThat(ledger.of("DSN-2027-001")).containsExactly(
        new RewardLedger.Reward("DSN-2027-001", RewardLedger.Kind.ADOPTION, null, "researcher", "Osaka University", adoption),
        new RewardLedger.Reward("DSN-2027-001", RewardLedger.Kind.MILESTONE, "Lead compound", "researcher", "Osaka University",
            milestone));
    assertThat(ledger.of("DSN-2027-999")).isEmpty();
  }

  @Test
  @DisplayName("IR-4: a reward describes itself for Cockpit")
  void describesItself() {
    Instant at = Instant.parse("2027-04-01T00:00:00Z");
    assertThat(new RewardLedger.Reward("T-1", RewardLedger.Kind.ADOPTION, null, "researcher", "Osaka University", at).describe())
        .isEqualTo("ADOPTION reward to researcher (Osaka University), recorded 2027-04-01T00:00:00Z (IR-4)");
    assertThat(new RewardLedger.Reward("T-1", RewardLedger.Kind.MILESTONE, "Lead compound", "researcher", "Osaka University", at)
        .describe()).startsWith("MILESTONE reward for milestone 'Lead compound' to researcher");
  }

  @Test
  @DisplayName("IR-4: a reward is recorded with the head's grade of the result")
  void recordsTheGrade() {
    Instant at = Instant.parse("2027-05-01T00:00:00Z");
    RewardLedger.Reward reward = ledger.record("DSN-2027-003", RewardLedger.Kind.ADOPTION, null, "researcher", "Osaka University", at,
        RewardGrade.A);
    assertThat(ledger.of("DSN-2027-003")).containsExactly(reward);
    assertThat(reward.describe()).startsWith("ADOPTION reward, grade A, to researcher");
  }
}
