package jp.dsnet.themes.licensing;

import static jp.dsnet.themes.licensing.Licensing.*;

import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/** LO-1: a feasibility study past its deadline is extended to a new deadline in the future, or treated as abandoned (LO-4). */
@Component
public class FollowUpFeasibilityStudyCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_FOLLOW_UP_FEASIBILITY_STUDY);
  }

  @Override
  public void check(Inputs submitted) {
    if (submitted.requireEnum(FS_FOLLOW_UP, FsFollowUp.class) == FsFollowUp.EXTEND) {
      submitted.requireFutureDateTime(FEASIBILITY_STUDY_DEADLINE);
    }
  }
}
