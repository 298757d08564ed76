package jp.dsnet.themes.intake;

import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import jp.dsnet.themes.rewards.RewardGrade;
import jp.dsnet.themes.rewards.RewardLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordAdoptionReward} (IR-4): a reward is due to the lead researcher when the theme
 * they proposed is adopted, graded by the head at the GO ({@code rewardGrade}); it is booked once
 * the support agreement is signed. Writes it to the reward ledger (table {@code dsn_reward}, read
 * by managers) and describes it in the variable {@code adoptionReward}, which Cockpit's history shows.
 */
@Component
public class RecordAdoptionRewardDelegate implements JavaDelegate {

  private final RewardLedger ledger;

  public RecordAdoptionRewardDelegate(RewardLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String recipient = requiredText(execution, ThemeLifecycle.LEAD_RESEARCHER);
    String institution = requiredText(execution, ThemeLifecycle.INSTITUTION);
    RewardGrade grade = RewardGrade.valueOf(requiredText(execution, RewardGrade.VARIABLE));
    RewardLedger.Reward reward = ledger.record(execution.getProcessBusinessKey(), RewardLedger.Kind.ADOPTION, null,
        recipient, institution, ClockUtil.getCurrentTime().toInstant(), grade);
    execution.setVariable(ThemeIntake.ADOPTION_REWARD, reward.describe());
  }

  /** A variable a form or check requires; its absence is a fault of the caller (an incident). */
  private static String requiredText(DelegateExecution execution, String name) {
    StringValue value = execution.getVariableTyped(name);
    if (value == null || value.getValue() == null || value.getValue().isBlank()) {
      throw new IllegalStateException("The theme has no " + name + "; the adoption reward cannot be recorded (IR-4)");
    }
    return value.getValue();
  }
}
