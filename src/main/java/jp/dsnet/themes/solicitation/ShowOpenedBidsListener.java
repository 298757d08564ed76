package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.OPENED_BIDS;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * ConfirmAward, on create: LS-2 (研究者の意向を踏まえた): the head weighs every bid, not only the
 * one selected, so the task shows the opened bids ({@code openedBids}, local to the task and
 * never in history). Only a tender opened at its deadline is shown; a sole applicant has none.
 */
@Component
public class ShowOpenedBidsListener implements TaskListener {

  private final SealedBids bids;

  public ShowOpenedBidsListener(SealedBids bids) {
    this.bids = bids;
  }

  @Override
  public void notify(DelegateTask task) {
    bids.tender(task.getProcessInstanceId()).filter(SealedBids.Tender::isOpened)
        .ifPresent(tender -> task.setVariableLocal(OPENED_BIDS,
            describe(bids.openedBids(tender.solicitationInstanceId()), tender.themeId())));
  }

  /** Camunda keeps a String variable in a column of 4000 characters; a longer one fails the whole transaction. */
  static final int LONGEST_TEXT = 4000;

  /**
   * Every bid as {@link #describe(List)} gives it, or, when that does not fit in a String variable
   * (a rush of bids, long terms), the highest bids without their terms, as many as fit, and where
   * to read all of them: the tender must open whatever the number of bids (CONTRACT "Deadline rush").
   */
  static String describe(List<SealedBids.Bid> opened, String themeId) {
    String all = describe(opened);
    if (all.length() <= LONGEST_TEXT) {
      return all;
    }
    NumberFormat yen = NumberFormat.getIntegerInstance(Locale.JAPAN);
    List<SealedBids.Bid> highestFirst = opened.stream().sorted(java.util.Comparator.comparingLong(SealedBids.Bid::bidAmount).reversed()
        .thenComparing(SealedBids.Bid::sequence)).toList();
    StringBuilder text = new StringBuilder();
    int shown = 0;
    for (SealedBids.Bid bid : highestFirst) {
      String line = "- " + bid.bidderCompany() + ": ¥" + yen.format(bid.bidAmount()) + "\n";
      if (text.length() + line.length() > LONGEST_TEXT - 200) {
        break;
      }
      text.append(line);
      shown++;
    }
    return text.append("... the ").append(shown).append(" highest of ").append(opened.size())
        .append(" bids; every bid with its terms and time: GET /engine-rest/theme/").append(themeId).append("/bids").toString();
  }

  /** One line per bid, in the order they came in, e.g. "- Kansai Pharma: ¥120,000,000 (terms ...)". */
  static String describe(List<SealedBids.Bid> opened) {
    NumberFormat yen = NumberFormat.getIntegerInstance(Locale.JAPAN);
    return opened.stream().map(b -> "- " + b.bidderCompany() + ": ¥" + yen.format(b.bidAmount())
        + (b.bidTerms() == null || b.bidTerms().isBlank() ? "" : " (" + b.bidTerms().trim() + ")")
        + ", submitted " + b.submittedAt()).collect(Collectors.joining("\n"));
  }
}
