package jp.dsnet.themes.postlicensing;

import java.time.Duration;
import jp.dsnet.themes.licensing.LicenseMilestones;
import jp.dsnet.themes.lifecycle.ThemeLifecycle;

/** Names of {@code post-licensing} (processes/post-licensing.bpmn): following the licensee's development to the market (導出後, 実用化; LO-5, AL-1..3, IR-4). */
public final class PostLicensing {

  public static final String PROCESS_KEY = ThemeLifecycle.POST_LICENSING;

  public static final String TASK_REVIEW_PROGRESS_REPORT = "ReviewProgressReport";
  public static final String TASK_REMIND_LICENSEE_OF_MILESTONE = "RemindLicenseeOfMilestone";
  public static final String TASK_FOLLOW_UP_OVERDUE_MILESTONE = "FollowUpOverdueMilestone";
  public static final String TASK_CONFIRM_MARKET_LAUNCH = "ConfirmMarketLaunch";

  public static final String SUB_PROCESS_FOLLOW_MILESTONE = "SubProcess_FollowMilestone";
  public static final String TASK_AWAIT_MILESTONE = "Task_AwaitMilestone";
  public static final String BOUNDARY_MILESTONE_REMINDER = "Boundary_MilestoneReminder";
  public static final String BOUNDARY_MILESTONE_OVERDUE = "Boundary_MilestoneOverdue";
  public static final String EVENT_NEXT_FOLLOW_UP_DUE = "Event_NextFollowUpDue";
  public static final String TASK_REGISTER_PROGRESS_REPORT = "Task_RegisterProgressReport";
  public static final String TASK_RECORD_MILESTONE_PAYMENT = "Task_RecordMilestonePayment";
  public static final String TASK_AWAIT_PRODUCT_LAUNCH = "Task_AwaitProductLaunch";
  public static final String TASK_RECORD_MARKET_USE_REWARD = "Task_RecordMarketUseReward";
  public static final String END_EVENT_PRODUCT_ON_THE_MARKET = "EndEvent_ProductOnTheMarket";
  public static final String END_EVENT_MILESTONE_MET = "EndEvent_MilestoneMet";
  public static final String END_EVENT_ALL_MILESTONES_MET = "EndEvent_AllMilestonesMet";
  public static final String END_EVENT_MILESTONE_PAID = "EndEvent_MilestonePaid";
  public static final String END_EVENT_REPORT_NOTED = "EndEvent_ReportNoted";
  public static final String END_EVENT_DEVELOPMENT_ABANDONED = "EndEvent_DevelopmentAbandoned";
  public static final String END_EVENT_TREATED_AS_ABANDONED = "EndEvent_TreatedAsAbandoned";
  public static final String END_EVENT_ABANDONED_AFTER_FOLLOW_UP = "EndEvent_AbandonedAfterFollowUp";

  public static final String MESSAGE_PROGRESS_REPORT_SUBMITTED = "ProgressReportSubmitted";
  public static final String MESSAGE_DEVELOPMENT_ABANDONED = "DevelopmentAbandoned";
  public static final String MESSAGE_PRODUCT_LAUNCHED = "ProductLaunched";
  public static final String ESCALATION_DEVELOPMENT_ABANDONED = "DEVELOPMENT_ABANDONED";

  /** The licence's milestones, from licensing (see {@link LicenseMilestones}). */
  public static final String MILESTONES = LicenseMilestones.VARIABLE;
  /** Json list of the names of the milestones met so far. */
  public static final String MILESTONES_MET = "milestonesMet";
  /** Local to each instance of SubProcess_FollowMilestone: its milestone, due date, reminder date and payment. */
  public static final String LICENSE_MILESTONE = "licenseMilestone";
  public static final String LICENSE_MILESTONE_DUE_DATE = "licenseMilestoneDueDate";
  public static final String LICENSE_MILESTONE_REMINDER_DATE = "licenseMilestoneReminderDate";
  public static final String LICENSE_MILESTONE_PAYMENT = "licenseMilestonePayment";
  /** ProgressReportSubmitted, kept local to each report's SubProcess_ProgressReport. */
  public static final String MILESTONE_NAME = "milestoneName";
  public static final String MILESTONE_ACHIEVED = "milestoneAchieved";
  public static final String PROGRESS_REPORT = "progressReport";
  public static final String PROGRESS_REPORT_RECEIVED_AT = "progressReportReceivedAt";
  public static final String REPORT_ACCEPTED = "reportAccepted";
  public static final String MILESTONE_PAYMENT_SPLIT = "milestonePaymentSplit";
  public static final String REMINDER_NOTE = "reminderNote";
  public static final String MILESTONE_FOLLOW_UP = "milestoneFollowUp";
  public static final String NEXT_FOLLOW_UP_DATE = "nextFollowUpDate";
  public static final String FOLLOW_UP_NOTE = "followUpNote";
  public static final String ABANDONMENT_REASON = "abandonmentReason";
  /** ProductLaunched (実用化), the office's confirmation and the reward it records (AL-3, IR-4). */
  public static final String PRODUCT_NAME = "productName";
  public static final String LAUNCH_DATE = "launchDate";
  public static final String LAUNCH_REPORTED_AT = "launchReportedAt";
  public static final String OPEN_MILESTONES = "openMilestones";
  public static final String LAUNCH_CONFIRMED = "launchConfirmed";
  public static final String MARKET_USE_REWARD = "marketUseReward";
  public static final String SELECTED_LICENSEE = ThemeLifecycle.SELECTED_LICENSEE;
  public static final String LICENSE_AGREEMENT_REFERENCE = ThemeLifecycle.LICENSE_AGREEMENT_REFERENCE;
  public static final String CONTRIBUTION_SHARES = ThemeLifecycle.CONTRIBUTION_SHARES;


  /** How long before a milestone's due date the strategy office is asked to remind the licensee. */
  public static final Duration REMINDER_BEFORE_DUE_DATE = Duration.ofDays(30);

  /** The strategy office's follow-up of a milestone past its due date. */
  public enum MilestoneFollowUp { KEEP_WAITING, TREAT_AS_ABANDONED }

  private PostLicensing() {
  }
}
