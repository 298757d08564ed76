package jp.dsnet.themes.licensing;

import static jp.dsnet.themes.licensing.Licensing.*;

import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/**
 * LO-1, LO-4: the licensee's conclusion of the feasibility study: PROCEED or ABANDON, with a
 * reference to the FS data, accepted only before {@code feasibilityStudyDeadline} (CONTRACT).
 */
@Component
public class FeasibilityStudyConcludedCheck implements InputCheck {

  static final int MAX_REFERENCE_LENGTH = 200;

  @Override
  public Set<String> appliesTo() {
    return Set.of(MESSAGE_FEASIBILITY_STUDY_CONCLUDED);
  }

  @Override
  public void check(Inputs submitted) {
    submitted.requireBeforeDeadline(FEASIBILITY_STUDY_DEADLINE, "messageName", deadline -> MESSAGE_FEASIBILITY_STUDY_CONCLUDED
        + " is accepted only before the feasibility study deadline " + deadline + "; the strategy office follows it up");
    submitted.requireEnum(FS_DECISION, FsDecision.class);
    submitted.requireString(FS_DATA_REFERENCE, MAX_REFERENCE_LENGTH);
  }
}
