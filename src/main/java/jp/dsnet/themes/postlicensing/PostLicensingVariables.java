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
   * At the start: forgets values of the same names from earlier stages (applied research also has a
   * milestoneName and milestoneAchieved) and from an earlier licence of the theme, so that every
   * ProgressReportSubmitted and DevelopmentAbandoned must bring its own.
   */
  public void forgetEarlierReports(DelegateExecution execution) {
    execution.removeVariables(List.of(MILESTONE_NAME, MILESTONE_ACHIEVED, PROGRESS_REPORT, REPORT_ACCEPTED, REMINDER_NOTE,
        MILESTONE_FOLLOW_UP, NEXT_FOLLOW_UP_DATE, FOLLOW_UP_NOTE, ABANDONMENT_REASON, MILESTONES_MET));
    forgetLaunchReport(execution);
  }

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

  /** At the start of theme-reacquisition: forgets the decisions of an earlier reacquisition of the theme. */
  public void forgetEarlierReacquisition(DelegateExecution execution) {
    execution.removeVariables(List.of(ThemeReacquisition.REACQUISITION_DECISION, ThemeReacquisition.IP_DISPOSITION));
  }

  /** AL-3: the office treated the licensee as having abandoned development; its follow-up note is the reason. */
  public void abandonedAfterFollowUp(DelegateExecution execution) {
    execution.setVariable(ABANDONMENT_REASON, execution.getVariable(FOLLOW_UP_NOTE));
  }
}
