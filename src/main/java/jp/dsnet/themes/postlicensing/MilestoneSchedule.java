package jp.dsnet.themes.postlicensing;

import java.util.List;
import jp.dsnet.themes.licensing.LicenseMilestones;
import jp.dsnet.themes.licensing.LicenseMilestones.Milestone;
import org.springframework.stereotype.Component;

/**
 * LO-5: the dates of the licence's milestones, for the expressions of post-licensing:
 * {@code ${milestoneSchedule.names(execution.getVariable('milestones'))}} is the collection of the
 * multi-instance SubProcess_FollowMilestone (one instance per milestone), and each instance reads
 * its due date and reminder date here.
 */
@Component("milestoneSchedule")
public class MilestoneSchedule {

  /** The names of the milestones, in contract order; none when the contract has no milestones. */
  public List<String> names(Object milestones) {
    return LicenseMilestones.names(LicenseMilestones.parse(milestones));
  }

  /** The due date, as an ISO-8601 date-time with offset (a timer's timeDate). */
  public String dueDate(Object milestones, String name) {
    return milestone(milestones, name).dueDate().toString();
  }

  /** {@link PostLicensing#REMINDER_BEFORE_DUE_DATE} before the due date (at once when that has passed). */
  public String reminderDate(Object milestones, String name) {
    return milestone(milestones, name).dueDate().minus(PostLicensing.REMINDER_BEFORE_DUE_DATE).toString();
  }

  public long payment(Object milestones, String name) {
    return milestone(milestones, name).payment();
  }

  private static Milestone milestone(Object milestones, String name) {
    return LicenseMilestones.find(LicenseMilestones.parse(milestones), name)
        .orElseThrow(() -> new IllegalStateException("The licence has no milestone named '" + name + "'"));
  }
}
