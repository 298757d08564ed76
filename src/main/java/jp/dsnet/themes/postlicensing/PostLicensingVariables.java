package jp.dsnet.themes.postlicensing;

import static jp.dsnet.themes.postlicensing.PostLicensing.*;

import java.util.ArrayList;
import java.util.List;
import jp.dsnet.themes.licensing.LicenseMilestones;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Bookkeeping of post-licensing, called from the model's listeners. */
@Component("postLicensingVariables")
public class PostLicensingVariables {

  /**
   * AL-3, IR-4: a launch was reported (ProductLaunched). Notes when, and which milestones of the
   * licence are still open, so the office sees what its confirmation would close.
   */
  public void launchReported(DelegateExecution execution) {
    List<String> open = new ArrayList<>(LicenseMilestones.names(LicenseMilestones.parse(execution.getVariable(MILESTONES))));
    open.removeAll(MilestonesMet.of(execution.getVariable(MILESTONES_MET)));
    execution.setVariable(LAUNCH_REPORTED_AT, ClockUtil.getCurrentTime().toInstant().toString());
    execution.setVariable(OPEN_MILESTONES, open.isEmpty() ? "none (なし)" : String.join(", ", open));
  }

  /** The office did not confirm the launch: the next ProductLaunched must bring its own values. */
  public void forgetLaunchReport(DelegateExecution execution) {
    execution.removeVariables(List.of(PRODUCT_NAME, LAUNCH_DATE, LAUNCH_REPORTED_AT, OPEN_MILESTONES, LAUNCH_CONFIRMED));
  }

  /** AL-3: the office treated the licensee as having abandoned development; its follow-up note is the reason. */
  public void abandonedAfterFollowUp(DelegateExecution execution) {
    execution.setVariable(ABANDONMENT_REASON, execution.getVariable(FOLLOW_UP_NOTE));
  }
}
