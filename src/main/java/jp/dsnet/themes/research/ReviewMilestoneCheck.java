package jp.dsnet.themes.research;

import static jp.dsnet.themes.research.AppliedResearch.*;

import java.util.Set;
import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import jp.dsnet.themes.rewards.RewardGrade;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.InvalidInputException;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/**
 * The rules of a milestone review that its form cannot say: an early clinical trial only for
 * biologics (SC-4), licensing only for a theme that still matches industry needs (IN-5), the next
 * milestone when research goes on (AR-2), a description of a reported invention (IN-6), and the
 * grade of an achieved milestone, whose rewards go by results (IR-4, SR-2).
 */
@Component
public class ReviewMilestoneCheck implements InputCheck {

  /** SC-2, SC-4: the modalities the network supports into early clinical trials. */
  static final Set<String> BIOLOGICS = Set.of("GENE", "PROTEIN", "NUCLEIC_ACID");

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_REVIEW_MILESTONE);
  }

  @Override
  public void check(Inputs submitted) {
    MilestoneDecision decision = submitted.requireEnum(MILESTONE_DECISION, MilestoneDecision.class);
    switch (decision) {
      case EARLY_CLINICAL_TRIAL -> {
        Object modality = submitted.raw(ThemeLifecycle.MODALITY);
        if (!BIOLOGICS.contains(modality)) {
          throw new InvalidInputException(MILESTONE_DECISION,
              "EARLY_CLINICAL_TRIAL is for biologics only (modality GENE, PROTEIN or NUCLEIC_ACID, SC-4); this theme's modality is "
                  + modality);
        }
      }
      case READY_FOR_LICENSING -> {
        if (!submitted.requireBoolean(INDUSTRY_ALIGNMENT_CONFIRMED)) {
          throw new InvalidInputException(INDUSTRY_ALIGNMENT_CONFIRMED,
              "must be true for READY_FOR_LICENSING: a theme is licensed out only while it matches industry needs (IN-5)");
        }
      }
      case CONTINUE -> NextMilestone.require(submitted);
      case NO_GO -> { /* nothing more to say */ }
    }
    if (submitted.has(MILESTONE_ACHIEVED) && submitted.requireBoolean(MILESTONE_ACHIEVED)) {
      submitted.requireEnum(RewardGrade.VARIABLE, RewardGrade.class);
    }
    if (submitted.has(NEW_INVENTION_REPORTED) && submitted.requireBoolean(NEW_INVENTION_REPORTED)) {
      submitted.requireString(INVENTION_DESCRIPTION, 4000);
    }
  }
}
