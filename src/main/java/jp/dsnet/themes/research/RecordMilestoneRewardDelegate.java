package jp.dsnet.themes.research;

import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import jp.dsnet.themes.rewards.RewardLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Task_RecordMilestoneReward: IR-4, SR-2, a reward is due when an office-set milestone is achieved. */
@Component
public class RecordMilestoneRewardDelegate implements JavaDelegate {

  private final RewardLedger ledger;

  public RecordMilestoneRewardDelegate(RewardLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RewardLedger.Reward reward = ledger.record(execution.getProcessBusinessKey(), RewardLedger.Kind.MILESTONE,
        (String) execution.getVariable(AppliedResearch.MILESTONE_NAME), (String) execution.getVariable(ThemeLifecycle.LEAD_RESEARCHER),
        (String) execution.getVariable(ThemeLifecycle.INSTITUTION), ClockUtil.getCurrentTime().toInstant());
    execution.setVariable(AppliedResearch.MILESTONE_REWARD, reward.describe());
  }
}
