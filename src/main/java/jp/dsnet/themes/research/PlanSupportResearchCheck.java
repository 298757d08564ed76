package jp.dsnet.themes.research;

import static jp.dsnet.themes.research.AppliedResearch.*;

import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/** AR-1, AR-2: known support types, each once; the first milestone is due in the future. */
@Component
public class PlanSupportResearchCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_PLAN_SUPPORT_RESEARCH);
  }

  @Override
  public void check(Inputs submitted) {
    SupportPlan.parse(submitted.requireString(SUPPORT_TYPES));
    submitted.requireString(MILESTONE_NAME, 200);
    submitted.requireFutureDateTime(MILESTONE_DUE_DATE);
  }
}
