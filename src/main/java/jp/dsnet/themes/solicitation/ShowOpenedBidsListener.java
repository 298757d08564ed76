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
        .ifPresent(tender -> task.setVariableLocal(OPENED_BIDS, describe(bids.openedBids(tender.solicitationInstanceId()))));
  }

  /** One line per bid, in the order they came in, e.g. "- Kansai Pharma: ¥120,000,000 (terms ...)". */
  static String describe(List<SealedBids.Bid> opened) {
    NumberFormat yen = NumberFormat.getIntegerInstance(Locale.JAPAN);
    return opened.stream().map(b -> "- " + b.bidderCompany() + ": ¥" + yen.format(b.bidAmount())
        + (b.bidTerms() == null || b.bidTerms().isBlank() ? "" : " (" + b.bidTerms().trim() + ")")
        + ", submitted " + b.submittedAt()).collect(Collectors.joining("\n"));
  }
}
