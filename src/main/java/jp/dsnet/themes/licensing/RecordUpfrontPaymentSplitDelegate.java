package jp.dsnet.themes.licensing;

import static jp.dsnet.themes.licensing.Licensing.*;

import jp.dsnet.themes.engine.TypedVariables;
import jp.dsnet.themes.income.ContributionShares;
import jp.dsnet.themes.income.IncomeSplitLedger;
import jp.dsnet.themes.income.IncomeSplitLedger.Payment;
import jp.dsnet.themes.income.IncomeSplitLedger.PaymentKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Task_RecordUpfrontPaymentSplit: LS-7, LS-5, IR-4, the upfront payment is split by the contribution shares and recorded. */
@Component
public class RecordUpfrontPaymentSplitDelegate implements JavaDelegate {

  private final IncomeSplitLedger ledger;

  public RecordUpfrontPaymentSplitDelegate(IncomeSplitLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Payment payment = new Payment(execution.getProcessBusinessKey(), PaymentKind.UPFRONT, null,
        TypedVariables.requiredText(execution, SELECTED_LICENSEE), TypedVariables.optionalText(execution, LICENSE_AGREEMENT_REFERENCE),
        wholeYen(execution.getVariable(UPFRONT_PAYMENT)));
    IncomeSplitLedger.RecordedSplit split = ledger.record(payment,
        ContributionShares.parse(execution.getVariable(CONTRIBUTION_SHARES)), ClockUtil.getCurrentTime().toInstant());
    execution.setVariable(UPFRONT_PAYMENT_SPLIT, split.describe());
  }

  /** The amount as DraftLicenseAgreementCheck accepted it: a whole number, or a String of digits. */
  static long wholeYen(Object amount) {
    return amount instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(amount).trim());
  }
}
