package jp.dsnet.themes.intake;

import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import jp.dsnet.themes.rewards.RewardLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Task_RecordAdoptionReward: IR-4, a reward is due when a proposed theme is adopted. */
@Component
public class RecordAdoptionRewardDelegate implements JavaDelegate {

  private final RewardLedger ledger;

  public RecordAdoptionRewardDelegate(RewardLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RewardLedger.Reward reward = ledger.record(execution.getProcessBusinessKey(), RewardLedger.Kind.ADOPTION, null,
        (String) execution.getVariable(ThemeLifecycle.LEAD_RESEARCHER), (String) execution.getVariable(ThemeLifecycle.INSTITUTION),
        ClockUtil.getCurrentTime().toInstant());
    execution.setVariable(ThemeIntake.ADOPTION_REWARD, reward.describe());
  }
}
