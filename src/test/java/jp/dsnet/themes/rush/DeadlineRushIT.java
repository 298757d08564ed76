package jp.dsnet.themes.rush;

import static jp.dsnet.themes.support.ConcurrentClients.message;
import static jp.dsnet.themes.support.ConcurrentClients.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.support.ConcurrentClients;
import jp.dsnet.themes.support.OpenCall;
import jp.dsnet.themes.support.RestClient;
import jp.dsnet.themes.support.RestIntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CONTRACT "Deadline rush" on one node (H2): a hundred companies apply in the same second, some
 * twice, then all of them bid in the same second. Every application and bid is answered 2xx and
 * recorded exactly once; none is answered 5xx; after each deadline a latecomer is still refused
 * with 400 (LS-1, LS-2).
 */
class DeadlineRushIT extends RestIntegrationTest {

  static final int COMPANIES = 100;
  static final int APPLYING_TWICE = 20;

  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;
  @Autowired
  JdbcTemplate jdbc;

  static String company(int i) {
    return "Rush Pharma " + i;
  }

  @Test
  @DisplayName("Deadline rush: 100 applications (20 companies twice) and 100 bids in the same second: all 2xx, each recorded once; latecomers 400")
  void aHundredCompaniesApplyAndBidAtOnce() {
    String themeId = newThemeId();
    OpenCall.publish(this::as, themeId, OpenCall.inSeconds(3600));
    String solicitation = runtime.createProcessInstanceQuery().processDefinitionKey("licensee-solicitation")
        .processInstanceBusinessKey(themeId).singleResult().getId();
    List<String> node = List.of("http://localhost:" + port + "/engine-rest");

    var applications = ConcurrentClients.post(node, "/message", "portal", COMPANIES + APPLYING_TWICE,
        i -> message("LicenseeApplicationReceived", themeId, Map.of("applicantCompany",
            i < COMPANIES ? company(i) : "  " + company(i - COMPANIES).toUpperCase() + " ")));
    System.out.println(ConcurrentClients.summary("Deadline rush, applications", applications));
    assertThat(statuses(applications)).as("answers to %d applications (slowest %d ms)", applications.size(),
        ConcurrentClients.slowestMillis(applications)).containsOnlyKeys(204);

    closeTheDeadlineNow(solicitation);
    RestClient office = as("office");
    String choose = office.awaitTask(themeId, "ChooseTenderMethod");
    assertThat(runtime.getVariable(solicitation, "applicantCount")).as("applicants, each counted once").isEqualTo((long) COMPANIES);
    assertThat(office.message("LicenseeApplicationReceived", themeId, Map.of("applicantCompany", "Late Pharma")).getStatusCode().value())
        .as("an application after the call deadline").isEqualTo(400);

    assertThat(office.complete(choose, Map.of("tenderMethod", "COMPETITIVE", "bidDeadline", OpenCall.inSeconds(3600)))
        .getStatusCode().value()).isEqualTo(204);
    var bids = ConcurrentClients.post(node, "/message", "portal", COMPANIES,
        i -> message("BidSubmitted", themeId, Map.of("bidderCompany", company(i), "bidAmount", 100_000_000L + i,
            "bidTerms", "Upfront and royalties, offer " + i)));
    System.out.println(ConcurrentClients.summary("Deadline rush, bids", bids));
    assertThat(statuses(bids)).as("answers to %d bids (slowest %d ms)", bids.size(), ConcurrentClients.slowestMillis(bids))
        .containsOnlyKeys(204);
    assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT bidder_key) FROM dsn_sealed_bid WHERE solicitation_instance_id = ?",
        Integer.class, solicitation)).as("sealed bids, one per company").isEqualTo(COMPANIES);

    closeTheDeadlineNow(solicitation);
    as("head").awaitTask(themeId, "ConfirmAward");
    assertThat(runtime.getVariable(solicitation, "bidCount")).as("bids opened").isEqualTo((long) COMPANIES);
    assertThat(runtime.getVariable(solicitation, "selectedLicensee")).as("the highest bid wins").isEqualTo(company(COMPANIES - 1));
    assertThat(as("portal").message("BidSubmitted", themeId, Map.of("bidderCompany", company(0), "bidAmount", 1L, "bidTerms", "late"))
        .getStatusCode().value()).as("a bid after the bid deadline").isEqualTo(400);
  }

  /** The deadline timer of the open call or bidding falls due now (as if its date had come). */
  private void closeTheDeadlineNow(String solicitation) {
    String timer = management.createJobQuery().processInstanceId(solicitation).timers().singleResult().getId();
    management.setJobDuedate(timer, new Date(System.currentTimeMillis() - 1000));
  }
}
