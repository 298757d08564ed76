package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.BIDDER_COMPANY;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.dsnet.themes.validation.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * LS-2: the tenders (入札) of the themes and their sealed bids. A bid is written here in the
 * transaction that receives it, never into a process variable or the history; it can be read
 * only once its tender has been opened at the bid deadline ({@link #open}), and then only through
 * {@link #openedTendersOf} (which the REST resource for the strategy office uses).
 */
@Component
public class SealedBids {

  /** One tender: a solicitation round with two or more applicants. */
  public record Tender(String solicitationInstanceId, String themeId, TenderMethod tenderMethod, String bidDeadline,
                       Instant openedAt, Instant createdAt) {

    public boolean isOpened() {
      return openedAt != null;
    }
  }

  /** One bid. {@code sequence} orders bids that arrive in the same instant. */
  public record Bid(long sequence, String bidderCompany, long bidAmount, String bidTerms, Instant submittedAt) {
  }

  /** An opened tender with its bids, for the strategy office. */
  public record OpenedTender(Tender tender, List<Bid> bids) {
  }

  private final JdbcTemplate jdbc;

  public SealedBids(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void startTender(String solicitationInstanceId, String themeId, TenderMethod method, String bidDeadline, Instant now) {
    jdbc.update("INSERT INTO dsn_tender (solicitation_instance_id, theme_id, tender_method, bid_deadline, created_at) VALUES (?, ?, ?, ?, ?)",
        solicitationInstanceId, themeId, method.name(), bidDeadline, Timestamp.from(now));
  }

  /** Keeps a bid sealed. A company bids once per tender: a bid cannot be changed or withdrawn. */
  public void seal(String solicitationInstanceId, String themeId, String bidderCompany, long amount, String terms, Instant now) {
    String key = Companies.key(bidderCompany);
    Integer earlier = jdbc.queryForObject("SELECT COUNT(*) FROM dsn_sealed_bid WHERE solicitation_instance_id = ? AND bidder_key = ?",
        Integer.class, solicitationInstanceId, key);
    if (earlier != null && earlier > 0) {
      throw alreadyBid(bidderCompany);
    }
    try {
      jdbc.update("INSERT INTO dsn_sealed_bid (solicitation_instance_id, theme_id, bidder, bidder_key, amount, terms, submitted_at) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?)", solicitationInstanceId, themeId, bidderCompany, key, amount, terms, Timestamp.from(now));
    } catch (DuplicateKeyException sameBidderAtTheSameTime) {
      throw alreadyBid(bidderCompany);
    }
  }

  /** Opens the tender at its deadline (開札) and returns its bids in the order they came in. */
  public List<Bid> open(String solicitationInstanceId, Instant now) {
    jdbc.update("UPDATE dsn_tender SET opened_at = ? WHERE solicitation_instance_id = ? AND opened_at IS NULL",
        Timestamp.from(now), solicitationInstanceId);
    return bidsOf(solicitationInstanceId);
  }

  /** The bids of an opened tender; refuses to read a tender that is still sealed. */
  public List<Bid> openedBids(String solicitationInstanceId) {
    Tender tender = tender(solicitationInstanceId).orElseThrow(() -> new IllegalStateException("No tender " + solicitationInstanceId));
    if (!tender.isOpened()) {
      throw new IllegalStateException("The tender " + solicitationInstanceId + " is sealed until " + tender.bidDeadline());
    }
    return bidsOf(solicitationInstanceId);
  }

  public Optional<Tender> tender(String solicitationInstanceId) {
    return jdbc.query("SELECT solicitation_instance_id, theme_id, tender_method, bid_deadline, opened_at, created_at FROM dsn_tender "
        + "WHERE solicitation_instance_id = ?", (rs, i) -> tender(rs), solicitationInstanceId).stream().findFirst();
  }

  /** The theme's tenders, the latest first. */
  public List<Tender> tendersOf(String themeId) {
    return jdbc.query("SELECT solicitation_instance_id, theme_id, tender_method, bid_deadline, opened_at, created_at FROM dsn_tender "
        + "WHERE theme_id = ? ORDER BY created_at DESC", (rs, i) -> tender(rs), themeId);
  }

  /** The theme's opened tenders with their bids, the latest first; sealed tenders are left out. */
  public List<OpenedTender> openedTendersOf(String themeId) {
    return tendersOf(themeId).stream().filter(Tender::isOpened)
        .map(t -> new OpenedTender(t, bidsOf(t.solicitationInstanceId()))).toList();
  }

  private List<Bid> bidsOf(String solicitationInstanceId) {
    return jdbc.query("SELECT seq_no, bidder, amount, terms, submitted_at FROM dsn_sealed_bid WHERE solicitation_instance_id = ? "
            + "ORDER BY submitted_at, seq_no",
        (rs, i) -> new Bid(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getTimestamp(5).toInstant()),
        solicitationInstanceId);
  }

  private static Tender tender(java.sql.ResultSet rs) throws java.sql.SQLException {
    Timestamp opened = rs.getTimestamp(5);
    return new Tender(rs.getString(1), rs.getString(2), TenderMethod.valueOf(rs.getString(3)), rs.getString(4),
        opened == null ? null : opened.toInstant(), rs.getTimestamp(6).toInstant());
  }

  private static InvalidInputException alreadyBid(String bidderCompany) {
    return new InvalidInputException(BIDDER_COMPANY,
        "'" + bidderCompany + "' has already bid in this tender; a sealed bid cannot be changed or withdrawn (LS-2)");
  }
}
