package jp.dsnet.themes.research;

import java.util.Set;

/** Names of {@code applied-research} (processes/applied-research.bpmn). */
public final class AppliedResearch {

  public static final String PROCESS_KEY = "applied-research";

  public static final String TASK_PLAN_SUPPORT_RESEARCH = "PlanSupportResearch";
  public static final String TASK_REPORT_SUPPORT_RESULTS = "ReportSupportResults";
  public static final String TASK_REVIEW_MILESTONE = "ReviewMilestone";
  public static final String TASK_ARRANGE_EARLY_CLINICAL_SUPPORT = "ArrangeEarlyClinicalSupport";
  public static final String TASK_FILE_INVENTION_PATENT = "FileInventionPatent";
  public static final String TASK_CHECK_MILESTONE_PROGRESS = "CheckMilestoneProgress";
  public static final String TASK_FOLLOW_UP_OVERDUE_MILESTONE = "FollowUpOverdueResearchMilestone";

  public static final String SUPPORT_TYPES = "supportTypes";
  public static final String SUPPORT_TYPE = "supportType";
  public static final String RESULT_SUMMARY = "resultSummary";
  public static final String SUPPORT_RESULTS = "supportResults";
  public static final String MILESTONE_NAME = "milestoneName";
  public static final String MILESTONE_DUE_DATE = "milestoneDueDate";
  public static final String MILESTONE_ACHIEVED = "milestoneAchieved";
  public static final String INDUSTRY_ALIGNMENT_CONFIRMED = "industryAlignmentConfirmed";
  public static final String MILESTONE_DECISION = "milestoneDecision";
  public static final String NEW_INVENTION_REPORTED = "newInventionReported";
  public static final String MILESTONE_REWARD = "milestoneReward";

  /** SC-2, SC-4: the modalities that count as biologics. */
  public static final Set<String> BIOLOGICS = Set.of("GENE", "PROTEIN", "NUCLEIC_ACID");

  /** The decisions at a milestone review (CONTRACT: ReviewMilestone). */
  public enum MilestoneDecision { CONTINUE, EARLY_CLINICAL_TRIAL, READY_FOR_LICENSING, NO_GO }

  /** AR-1: the kinds of supporting research the partner institutes offer. */
  public enum SupportType { HTS, PHARMACOLOGY, MEDICINAL_CHEMISTRY, CRYSTALLOGRAPHY, NATURAL_COMPOUND_SCREENING, COMPUTATION }

  private AppliedResearch() {
  }
}
