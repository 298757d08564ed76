package jp.dsnet.themes.licensing;

import static jp.dsnet.themes.licensing.Licensing.*;

import java.util.List;
import java.util.Set;
import jp.dsnet.themes.licensing.LicenseMilestones.Milestone;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import jp.dsnet.themes.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The terms a licence contract of the network must have: one of the three licence types for the
 * one selected licensee (LS-4), the duty to pursue development and the ban on competing products
 * (LO-3), the licensee paying for the IP (AL-1), an upfront payment, and milestones with progress
 * reports while no development candidate compound has been chosen (LO-5); a milestone may pay
 * nothing (a progress milestone), see {@link LicenseMilestones}. The draft may say where it
 * states the clauses ({@code clauseReferences}), the evidence behind the ticks.
 */
@Component
public class DraftLicenseAgreementCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_DRAFT_LICENSE_AGREEMENT);
  }

  @Override
  public void check(Inputs submitted) {
    submitted.requireString(SELECTED_LICENSEE);
    submitted.requireEnum(LICENSE_TYPE, LicenseType.class);
    submitted.requireTrue(DILIGENCE_OBLIGATION, "the licence obliges the licensee to pursue development (研究推進努力義務, LO-3)");
    submitted.requireTrue(NON_COMPETE_CLAUSE, "the licence bans competing products (競合品禁止条項, LO-3)");
    submitted.requireTrue(LICENSEE_BEARS_IP_COSTS, "the licensee pays for filing and maintaining the licensed IP (AL-1)");
    submitted.requirePositiveAmount(UPFRONT_PAYMENT);
    boolean candidateDetermined = submitted.requireBoolean(CANDIDATE_COMPOUND_DETERMINED);
    List<Milestone> milestones = LicenseMilestones.parse(submitted.raw(MILESTONES));
    LicenseMilestones.requireFutureDueDates(milestones, submitted.now());
    if (!candidateDetermined && milestones.isEmpty()) {
      throw new InvalidInputException(MILESTONES, "needs at least one milestone with a progress report while no development "
          + "candidate compound has been chosen (LO-5)");
    }
  }
}
