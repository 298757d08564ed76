package jp.dsnet.themes.research;

/** Names of {@code applied-research} (processes/applied-research.bpmn) and of the contract around it. */
public final class AppliedResearch {

  public static final String PROCESS_KEY = "applied-research";

  /** User tasks (CONTRACT: task keys; the others are this process's own). */
  public static final String TASK_PLAN_SUPPORT_RESEARCH = "PlanSupportResearch";
  public static final String TASK_REPORT_SUPPORT_RESULTS = "ReportSupportResults";
  public static final String TASK_REVIEW_MILESTONE = "ReviewMilestone";
  public static final String TASK_ARRANGE_EARLY_CLINICAL_SUPPORT = "ArrangeEarlyClinicalSupport";
  public static final String TASK_FILE_INVENTION_PATENT = "FileInventionPatent";
  public static final String TASK_CHECK_MILESTONE_PROGRESS = "CheckMilestoneProgress";
  public static final String TASK_FOLLOW_UP_OVERDUE_RESEARCH_MILESTONE = "FollowUpOverdueResearchMilestone";

  /** Other elements that tests and docs name. */
  public static final String SUBPROCESS_MILESTONE_PERIOD = "SubProcess_MilestonePeriod";
  public static final String TIMER_MILESTONE_DUE_SOON = "StartEvent_MilestoneDueSoon";
  public static final String TIMER_MILESTONE_OVERDUE = "StartEvent_MilestoneOverdue";
  public static final String TASK_COLLECT_SUPPORT_REPORTS = "Task_CollectSupportReports";
  public static final String TASK_RECORD_MILESTONE_REWARD = "Task_RecordMilestoneReward";
  public static final String END_READY_FOR_LICENSING = "EndEvent_ReadyForLicensing";
  public static final String END_NO_GO = "EndEvent_NoGo";

  /** PlanSupportResearch (AR-1, AR-2). */
  public static final String SUPPORT_TYPES = "supportTypes";
  public static final String MILESTONE_NAME = "milestoneName";
  public static final String MILESTONE_DUE_DATE = "milestoneDueDate";

  /** ReportSupportResults, local to each instance of the multi-instance task (AR-1). */
  public static final String SUPPORT_TYPE = "supportType";
  public static final String RESULT_SUMMARY = "resultSummary";
  public static final String SUPPORT_INSTITUTE = "supportInstitute";

  /** Every partner institute that reported for the theme (Json list), for the shares (LS-5, AR-1). */
  public static final String SUPPORT_INSTITUTES = "supportInstitutes";

  /** Set for the review: the reports of the period, as text for the form (AR-1, SR-1). */
  public static final String SUPPORT_REPORTS = "supportReports";

  /** ReviewMilestone (AR-2, AR-3, IN-5, IN-6, SC-4). */
  public static final String REVIEWED_MILESTONE_NAME = "reviewedMilestoneName";
  public static final String REVIEWED_MILESTONE_DUE_DATE = "reviewedMilestoneDueDate";
  public static final String MILESTONE_ACHIEVED = "milestoneAchieved";
  public static final String INDUSTRY_ALIGNMENT_CONFIRMED = "industryAlignmentConfirmed";
  public static final String MILESTONE_DECISION = "milestoneDecision";
  public static final String NEW_INVENTION_REPORTED = "newInventionReported";
  public static final String INVENTION_DESCRIPTION = "inventionDescription";
  public static final String REVIEW_COMMENT = "reviewComment";

  /** Set by the reward at an achieved milestone (IR-4, SR-2). */
  public static final String MILESTONE_REWARD = "milestoneReward";

  /** ArrangeEarlyClinicalSupport (SC-4). */
  public static final String EARLY_CLINICAL_SUPPORT = "earlyClinicalSupport";
  public static final String EARLY_CLINICAL_SUPPORT_PLAN = "earlyClinicalSupportPlan";

  /** FileInventionPatent (IN-6). */
  public static final String PATENT_FILED = "patentFiled";
  public static final String PATENT_APPLICATION_REFERENCE = "patentApplicationReference";
  public static final String IP_FILING_NOTE = "ipFilingNote";

  /** CheckMilestoneProgress (AR-2, IN-5, IR-2, SR-4). */
  public static final String PROGRESS_NOTE = "progressNote";

  /** FollowUpOverdueResearchMilestone (AR-2). */
  public static final String FOLLOW_UP_NOTE = "followUpNote";

  private AppliedResearch() {
  }
}
