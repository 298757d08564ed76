package jp.dsnet.themes.postlicensing;

import static jp.dsnet.themes.postlicensing.PostLicensing.*;

import java.util.Optional;
import jp.dsnet.themes.income.ContributionShares;
import jp.dsnet.themes.income.IncomeSplitLedger;
import jp.dsnet.themes.income.IncomeSplitLedger.Payment;
import jp.dsnet.themes.income.IncomeSplitLedger.PaymentKind;
import jp.dsnet.themes.licensing.LicenseMilestones;
import jp.dsnet.themes.licensing.LicenseMilestones.Milestone;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Task_RecordMilestonePayment: LO-5, LS-7, IR-4, the milestone is met: its payment is split by the
 * contribution shares and recorded (a progress milestone without payment records no split), the milestone joins {@code milestonesMet}, and its
 * Task_AwaitMilestone in SubProcess_FollowMilestone is released. A milestone whose wait is already
 * gone (a second report on it was accepted meanwhile) is paid once only: nothing is recorded.
 */
@Component
public class RecordMilestonePaymentDelegate implements JavaDelegate {

  private final IncomeSplitLedger ledger;
  private final RuntimeService runtime;

  public RecordMilestonePaymentDelegate(IncomeSplitLedger ledger, RuntimeService runtime) {
    this.ledger = ledger;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String name = (String) execution.getVariable(MILESTONE_NAME);
    Optional<Execution> waiting = runtime.createExecutionQuery().processInstanceId(execution.getProcessInstanceId())
        .activityId(ACTIVITY_AWAIT_MILESTONE).list().stream()
        .filter(e -> name.equals(runtime.getVariable(e.getId(), LICENSE_MILESTONE)))
        .findFirst();
    if (waiting.isEmpty()) {
      execution.setVariableLocal(MILESTONE_PAYMENT_SPLIT, "none: milestone '" + name + "' had already been met and paid");
      return;
    }
    Milestone milestone = LicenseMilestones.find(LicenseMilestones.parse(execution.getVariable(MILESTONES)), name)
        .orElseThrow(() -> new IllegalStateException("The licence has no milestone named '" + name + "'"));
    if (milestone.payment() == 0) { // a progress milestone: nothing to split, no rows in the ledger
      execution.setVariableLocal(MILESTONE_PAYMENT_SPLIT, "none: milestone '" + name + "' is a progress milestone without payment");
    } else {
      Payment payment = new Payment(execution.getProcessBusinessKey(), PaymentKind.MILESTONE, name,
          (String) execution.getVariable(SELECTED_LICENSEE), (String) execution.getVariable(LICENSE_AGREEMENT_REFERENCE),
          milestone.payment());
      IncomeSplitLedger.RecordedSplit split = ledger.record(payment,
          ContributionShares.parse(execution.getVariable(CONTRIBUTION_SHARES)), ClockUtil.getCurrentTime().toInstant());
      execution.setVariableLocal(MILESTONE_PAYMENT_SPLIT, split.describe());
    }
    execution.setVariable(MILESTONES_MET, SpinValues.jsonValue(MilestonesMet.with(execution.getVariable(MILESTONES_MET), name)).create());
    runtime.signal(waiting.get().getId());
  }
}
