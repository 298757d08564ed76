package jp.dsnet.themes.infra.cluster;

import static jp.dsnet.themes.support.ConcurrentClients.message;
import static jp.dsnet.themes.support.ConcurrentClients.statuses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.dsnet.themes.infra.TestPostgres;
import jp.dsnet.themes.infra.app.AppProcess;
import jp.dsnet.themes.support.ConcurrentClients;
import jp.dsnet.themes.support.OpenCall;
import jp.dsnet.themes.support.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CONTRACT "Deadline rush" on two nodes of the packaged application sharing one PostgreSQL
 * database, the requests taking turns between the nodes: fifty companies apply in the same second
 * (ten of them twice), then all fifty bid in the same second. Every answer is 2xx, each application
 * and bid is recorded once, and latecomers are still refused with 400 (LS-1, LS-2; ADR 0008).
 */
@Tag("postgres")
class DeadlineRushOnTwoNodesIT {

  private static final int COMPANIES = 50;
  private static final int APPLYING_TWICE = 10;

  @TempDir
  Path workDir;
  private TestPostgres.Database database;
  private final List<AppProcess> nodes = new ArrayList<>();

  @BeforeEach
  void createDatabase() {
    database = TestPostgres.freshDatabase("rush");
  }

  @AfterEach
  void stopNodesAndDropDatabase() {
    nodes.forEach(AppProcess::close);
    if (database != null) {
      TestPostgres.drop(database);
    }
  }

  private AppProcess startNode(String name) {
    Map<String, String> env = database.springDatasourceEnvironment();
    AppProcess node = AppProcess.start(name, workDir, env, Map.of(), AppProcess.commonArgs("postgres,demo", Map.of()));
    nodes.add(node);
    return node;
  }

  private static String company(int i) {
    return "Rush Pharma " + i;
  }

  @Test
  @DisplayName("Deadline rush on two nodes: 50 applications (10 twice) and 50 bids at once, round-robin: all 2xx, each recorded once")
  void fiftyCompaniesApplyAndBidAtOnce_onTwoNodes() throws SQLException {
    AppProcess a = startNode("node-a");
    AppProcess b = startNode("node-b");
    AtomicInteger turn = new AtomicInteger();
    String themeId = "RUSH-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    OpenCall.publish(user -> (turn.getAndIncrement() % 2 == 0 ? a : b).as(user), themeId, OpenCall.inSeconds(3600));
    RestClient admin = a.as("admin");
    String solicitation = (String) admin.getList("/process-instance?processDefinitionKey=licensee-solicitation&businessKey=" + themeId)
        .getBody().get(0).get("id");
    List<String> both = List.of(a.baseUrl() + "/engine-rest", b.baseUrl() + "/engine-rest");

    var applications = ConcurrentClients.post(both, "/message", "portal", COMPANIES + APPLYING_TWICE,
        i -> message("LicenseeApplicationReceived", themeId, Map.of("applicantCompany",
            i < COMPANIES ? company(i) : company(i - COMPANIES).toLowerCase())));
    System.out.println(ConcurrentClients.summary("Deadline rush on two nodes, applications", applications));
    assertThat(statuses(applications)).as("answers to the applications").containsOnlyKeys(204);

    closeTheDeadlineNow(a, solicitation);
    String choose = b.as("office").awaitTask(themeId, "ChooseTenderMethod");
    assertThat(variable(admin, solicitation, "applicantCount")).as("applicants, each counted once").isEqualTo(COMPANIES);
    assertThat(b.as("portal").message("LicenseeApplicationReceived", themeId, Map.of("applicantCompany", "Late Pharma"))
        .getStatusCode().value()).as("an application after the call deadline").isEqualTo(400);

    assertThat(b.as("office").complete(choose, Map.of("tenderMethod", "COMPETITIVE", "bidDeadline", OpenCall.inSeconds(3600)))
        .getStatusCode().value()).isEqualTo(204);
    var bids = ConcurrentClients.post(both, "/message", "portal", COMPANIES,
        i -> message("BidSubmitted", themeId, Map.of("bidderCompany", company(i), "bidAmount", 100_000_000L + i,
            "bidTerms", "Upfront and royalties, offer " + i)));
    System.out.println(ConcurrentClients.summary("Deadline rush on two nodes, bids", bids));
    assertThat(statuses(bids)).as("answers to the bids").containsOnlyKeys(204);
    assertThat(sealedBidders(solicitation)).as("sealed bids, one per company").isEqualTo(COMPANIES);

    closeTheDeadlineNow(b, solicitation);
    a.as("head").awaitTask(themeId, "ConfirmAward");
    assertThat(variable(admin, solicitation, "bidCount")).as("bids opened").isEqualTo(COMPANIES);
    assertThat(a.as("portal").message("BidSubmitted", themeId, Map.of("bidderCompany", company(0), "bidAmount", 1L, "bidTerms", "late"))
        .getStatusCode().value()).as("a bid after the bid deadline").isEqualTo(400);
  }

  private static Object variable(RestClient admin, String instance, String name) {
    return admin.getObject("/process-instance/" + instance + "/variables/" + name).getBody().get("value");
  }

  /** The deadline timer of the open call or bidding falls due now. */
  private static void closeTheDeadlineNow(AppProcess node, String solicitation) {
    var timers = node.as("admin").getList("/job?timers=true&processInstanceId=" + solicitation).getBody();
    assertThat(timers).as("the deadline timer").hasSize(1);
    node.makeDueNow((String) timers.get(0).get("id"));
  }

  private int sealedBidders(String solicitation) throws SQLException {
    try (Connection connection = database.connect();
        PreparedStatement sql = connection.prepareStatement(
            "SELECT COUNT(DISTINCT bidder_key) FROM dsn_sealed_bid WHERE solicitation_instance_id = ?")) {
      sql.setString(1, solicitation);
      try (ResultSet rows = sql.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
