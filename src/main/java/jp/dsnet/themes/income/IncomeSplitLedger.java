package jp.dsnet.themes.income;

import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.dsnet.themes.income.ContributionShares.Share;
import jp.dsnet.themes.income.IncomeSplit.Part;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * LS-7, LS-5, IR-4: the network is the single window for licence payments (導入対価). Each payment
 * from a licensee (the upfront payment at licensing, each accepted milestone after it) is split by
 * the contribution shares and recorded here, one row per institution, for managers and the office
 * to read ({@code GET /engine-rest/theme/{themeId}/income-splits}). Inside an institution its own
 * rules split its part further (LS-5); that is outside the network.
 */
@Component
public class IncomeSplitLedger {

  /** What a payment is for. */
  public enum PaymentKind { UPFRONT, MILESTONE }

  /** One payment of a licensee for a theme. */
  public record Payment(String themeId, PaymentKind kind, String milestoneName, String licensee,
                        String licenseAgreementReference, long amount) {
  }

  /** A recorded payment and its parts, which add up to the payment. */
  public record RecordedSplit(String splitId, Payment payment, Instant recordedAt, List<Part> parts) {

    /** A line for people, e.g. in Cockpit: "UPFRONT 100,000,001 yen from Kansai Pharma: Osaka University 60% = 60,000,001 yen; ...". */
    public String describe() {
      NumberFormat yen = NumberFormat.getIntegerInstance(Locale.JAPAN);
      String what = payment.kind() == PaymentKind.UPFRONT ? "Upfront payment" : "Milestone payment '" + payment.milestoneName() + "'";
      String line = what + " of " + yen.format(payment.amount()) + " yen from " + payment.licensee() + " split (LS-7): "
          + parts.stream().map(p -> p.institution() + " " + p.sharePercent().toPlainString() + "% = " + yen.format(p.amount()) + " yen")
          .collect(Collectors.joining("; "));
      // A String variable holds at most 4000 characters; the ledger keeps every part anyway.
      return line.length() <= MAX_DESCRIPTION ? line : line.substring(0, MAX_DESCRIPTION - 40) + " ... (see income-splits)";
    }
  }

  static final int MAX_DESCRIPTION = 3900;

  private final JdbcTemplate jdbc;

  public IncomeSplitLedger(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Splits the payment by the shares and records every part. */
  public RecordedSplit record(Payment payment, List<Share> shares, Instant now) {
    List<Part> parts = IncomeSplit.split(payment.amount(), shares);
    String splitId = UUID.randomUUID().toString();
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      jdbc.update("INSERT INTO dsn_income_split (id, split_id, theme_id, payment_kind, milestone_name, licensee, "
              + "license_agreement_reference, payment_amount, part_no, institution, share_percent, amount, recorded_at) "
              + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          UUID.randomUUID().toString(), splitId, payment.themeId(), payment.kind().name(), payment.milestoneName(),
          payment.licensee(), payment.licenseAgreementReference(), payment.amount(), i, part.institution(),
          part.sharePercent(), part.amount(), Timestamp.from(now));
    }
    return new RecordedSplit(splitId, payment, now, parts);
  }

  /** Every split recorded for a theme, oldest first. */
  public List<RecordedSplit> of(String themeId) {
    record Row(String splitId, Payment payment, Instant recordedAt, Part part) {
    }
    List<Row> rows = jdbc.query("SELECT split_id, theme_id, payment_kind, milestone_name, licensee, license_agreement_reference, "
            + "payment_amount, institution, share_percent, amount, recorded_at FROM dsn_income_split "
            + "WHERE theme_id = ? ORDER BY recorded_at, split_id, part_no",
        (rs, i) -> new Row(rs.getString(1),
            new Payment(rs.getString(2), PaymentKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getLong(7)),
            rs.getTimestamp(11).toInstant(), new Part(rs.getString(8), ContributionShares.plain(rs.getBigDecimal(9)), rs.getLong(10))),
        themeId);
    Map<String, List<Row>> bySplit = rows.stream().collect(Collectors.groupingBy(Row::splitId, LinkedHashMap::new, Collectors.toList()));
    List<RecordedSplit> splits = new ArrayList<>();
    bySplit.forEach((id, parts) -> splits.add(new RecordedSplit(id, parts.get(0).payment(), parts.get(0).recordedAt(),
        parts.stream().map(Row::part).toList())));
    return splits;
  }
}
