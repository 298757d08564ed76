package jp.dsnet.themes.postlicensing;

import static jp.dsnet.themes.postlicensing.PostLicensing.*;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import jp.dsnet.themes.income.ContributionShares;
import jp.dsnet.themes.income.ContributionShares.Share;
import jp.dsnet.themes.rewards.RewardLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Task_RecordMarketUseReward: IR-4, at market use (実用化) the researchers are rewarded by their IP
 * share (知的財産の持ち分に応じた褒賞): one reward per institution of {@code contributionShares}, for
 * its researchers; inside the institution its own rules split it (LS-5). Recorded in the reward
 * ledger and, for Cockpit, as {@code marketUseReward}.
 */
@Component
public class RecordMarketUseRewardDelegate implements JavaDelegate {

  static final String RECIPIENT = "researchers (研究者)";

  private final RewardLedger ledger;

  public RecordMarketUseRewardDelegate(RewardLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String product = (String) execution.getVariable(PRODUCT_NAME);
    List<Share> shares = ContributionShares.parse(execution.getVariable(CONTRIBUTION_SHARES));
    Instant now = ClockUtil.getCurrentTime().toInstant();
    for (Share share : shares) {
      ledger.record(execution.getProcessBusinessKey(), RewardLedger.Kind.MARKET_USE, product, RECIPIENT, share.institution(), now);
    }
    execution.setVariable(MARKET_USE_REWARD, "MARKET_USE reward for '" + product + "' to the researchers of "
        + shares.stream().map(s -> s.institution() + " (" + s.sharePercent().toPlainString() + "%)").collect(Collectors.joining(", "))
        + ", recorded " + now + " (IR-4)");
  }
}
