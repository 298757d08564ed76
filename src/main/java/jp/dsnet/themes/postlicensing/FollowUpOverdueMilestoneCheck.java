package jp.dsnet.themes.postlicensing;

import static jp.dsnet.themes.postlicensing.PostLicensing.*;

import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/** LO-5: an overdue milestone is followed up again at a date in the future, or treated as abandoned (AL-3). */
@Component
public class FollowUpOverdueMilestoneCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_FOLLOW_UP_OVERDUE_MILESTONE);
  }

  @Override
  public void check(Inputs submitted) {
    if (submitted.requireEnum(MILESTONE_FOLLOW_UP, MilestoneFollowUp.class) == MilestoneFollowUp.KEEP_WAITING) {
      submitted.requireFutureDateTime(NEXT_FOLLOW_UP_DATE);
    }
  }
}
