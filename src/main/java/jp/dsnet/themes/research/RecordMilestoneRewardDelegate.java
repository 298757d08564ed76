package jp.dsnet.themes.research;

import static jp.dsnet.themes.research.AppliedResearch.*;

import java.time.Instant;
import java.util.List;
import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import jp.dsnet.themes.rewards.RewardGrade;
import jp.dsnet.themes.rewards.RewardLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Task_RecordMilestoneReward: an achieved milestone earns rewards (褒賞) by result: for the lead
 * researcher (IR-4) and for each partner institute that reported supporting research for it
 * (SR-2), with the head's grade of the result ({@code rewardGrade}). Recorded in the reward ledger,
 * and as {@code milestoneReward} for Cockpit.
 */
@Component
public class RecordMilestoneRewardDelegate implements JavaDelegate {

  private final RewardLedger ledger;
  private final SupportReports reports;

  public RecordMilestoneRewardDelegate(RewardLedger ledger, SupportReports reports) {
    this.ledger = ledger;
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String themeId = execution.getProcessBusinessKey();
    String milestone = (String) execution.getVariable(REVIEWED_MILESTONE_NAME);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    RewardGrade grade = RewardGrade.valueOf((String) execution.getVariable(RewardGrade.VARIABLE));
    RewardLedger.Reward researcher = ledger.record(themeId, RewardLedger.Kind.MILESTONE, milestone,
        (String) execution.getVariable(ThemeLifecycle.LEAD_RESEARCHER), (String) execution.getVariable(ThemeLifecycle.INSTITUTION), now,
        grade);
    List<SupportReports.Report> supporters = reports.of(execution.getProcessInstanceId(), milestone);
    for (SupportReports.Report report : supporters) {
      ledger.record(themeId, RewardLedger.Kind.MILESTONE, milestone, report.reportedBy(),
          report.institute() != null ? report.institute() : report.supportType().label(), now, grade);
    }
    execution.setVariable(MILESTONE_REWARD, researcher.describe()
        + (supporters.isEmpty() ? "" : "; and to " + supporters.size() + " supporting researcher(s) (SR-2)"));
  }
}
