package jp.dsnet.themes.research;

/** AR-2: the Go/No-Go of a milestone review (CONTRACT: ReviewMilestone). */
public enum MilestoneDecision {
  /** Go on with supported research towards a new milestone. */
  CONTINUE,
  /** SC-4: biologics only: the network supports an early clinical trial before the next review. */
  EARLY_CLINICAL_TRIAL,
  /** AR-3: the office looks for a licensee. */
  READY_FOR_LICENSING,
  /** The theme ends. */
  NO_GO
}
