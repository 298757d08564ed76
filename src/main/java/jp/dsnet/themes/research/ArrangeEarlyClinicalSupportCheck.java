package jp.dsnet.themes.research;

import static jp.dsnet.themes.research.AppliedResearch.*;

import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/** SC-4, AR-2: the early clinical trial leads to a new milestone, due in the future. */
@Component
public class ArrangeEarlyClinicalSupportCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_ARRANGE_EARLY_CLINICAL_SUPPORT);
  }

  @Override
  public void check(Inputs submitted) {
    submitted.requireEnum(EARLY_CLINICAL_SUPPORT, EarlyClinicalSupport.class);
    NextMilestone.require(submitted);
  }
}
