package jp.dsnet.themes.research;

import static jp.dsnet.themes.research.AppliedResearch.*;

import java.util.Set;
import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import jp.dsnet.themes.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * AR-2, SC-4: an early clinical trial only for biologics; continuing needs the next milestone
 * with a due date in the future.
 */
@Component
public class ReviewMilestoneCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_REVIEW_MILESTONE);
  }

  @Override
  public void check(Inputs submitted) {
    MilestoneDecision decision = submitted.requireEnum(MILESTONE_DECISION, MilestoneDecision.class);
    if (decision == MilestoneDecision.EARLY_CLINICAL_TRIAL && !BIOLOGICS.contains(submitted.raw(ThemeLifecycle.MODALITY))) {
      throw new InvalidInputException(MILESTONE_DECISION, "EARLY_CLINICAL_TRIAL is for biologics only (GENE, PROTEIN, "
          + "NUCLEIC_ACID; SC-4); this theme's modality is " + submitted.raw(ThemeLifecycle.MODALITY));
    }
    if (decision == MilestoneDecision.CONTINUE) {
      submitted.requireString(MILESTONE_NAME, 200);
      submitted.requireFutureDateTime(MILESTONE_DUE_DATE);
    }
  }
}
