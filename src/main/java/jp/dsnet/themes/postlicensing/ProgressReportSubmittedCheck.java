package jp.dsnet.themes.postlicensing;

import static jp.dsnet.themes.postlicensing.PostLicensing.*;

import java.util.List;
import java.util.Set;
import jp.dsnet.themes.licensing.LicenseMilestones;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import jp.dsnet.themes.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * LO-5: a progress report names one of the licence's milestones that has not been met yet, says
 * whether it was achieved, and carries the report.
 */
@Component
public class ProgressReportSubmittedCheck implements InputCheck {

  static final int MAX_REPORT_LENGTH = 4000;

  @Override
  public Set<String> appliesTo() {
    return Set.of(MESSAGE_PROGRESS_REPORT_SUBMITTED);
  }

  @Override
  public void check(Inputs submitted) {
    String name = submitted.requireString(MILESTONE_NAME);
    List<String> milestones = LicenseMilestones.names(LicenseMilestones.parse(submitted.raw(MILESTONES)));
    if (!milestones.contains(name)) {
      throw new InvalidInputException(MILESTONE_NAME, "must be one of the licence's milestones " + milestones + ", was '" + name + "'");
    }
    if (MilestonesMet.of(submitted.raw(MILESTONES_MET)).contains(name)) {
      throw new InvalidInputException(MILESTONE_NAME, "milestone '" + name + "' has already been met");
    }
    submitted.requireBoolean(MILESTONE_ACHIEVED);
    submitted.requireString(PROGRESS_REPORT, MAX_REPORT_LENGTH);
  }
}
