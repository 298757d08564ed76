package jp.dsnet.themes.validation;

import java.util.Collection;
import java.util.Set;

/**
 * Variables that the processes compute or keep for themselves (a decision table's result, the
 * theme's stage and status, the context a task is shown in). People and portals read them but
 * never submit them: a submission that carries one is refused, so nobody can, say, overwrite the
 * adoption recommendation to escape the rationale rule (IN-1).
 */
public final class ProcessOwnedVariables {

  static final Set<String> NAMES = Set.of(
      "eligibility", "adoptionRecommendation", "adoptionReward", "milestoneReward",
      "themeStage", "themeStatus", "themeAdopted", "stageOutcome", "decisionContext",
      // applied-research: the period's reports and the milestone under review (AR-2)
      "supportReports", "reviewedMilestoneName", "reviewedMilestoneDueDate",
      // licensee-solicitation: who applied and who bid, the bids the head weighs (LS-1, LS-2)
      "applicants", "applicantCount", "bidCount", "bidders", "openedBids",
      // licensing, post-licensing (LO-1, LO-5, LS-7)
      "dataRoomAccessGrantedTo", "dataRoomAccessGrantedAt", "upfrontPaymentSplit", "milestonePaymentSplit", "milestonesMet",
      "progressReportReceivedAt", "licenseMilestone", "licenseMilestoneDueDate", "licenseMilestoneReminderDate",
      "licenseMilestonePayment");

  private ProcessOwnedVariables() {
  }

  public static boolean isOwned(String name) {
    return NAMES.contains(name);
  }

  /** @throws InvalidInputException naming the first process-owned variable among the submitted ones */
  public static void refuseAny(Collection<String> submitted) {
    for (String name : submitted) {
      if (NAMES.contains(name)) {
        throw new InvalidInputException(name, "is set by the process and cannot be submitted");
      }
    }
  }
}
