package jp.dsnet.themes.intake;

import static jp.dsnet.themes.intake.ThemeIntake.*;

import java.util.Set;
import jp.dsnet.themes.rewards.RewardGrade;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import jp.dsnet.themes.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * IN-1, DecideAdoption: the head may decide against the recommendation of DMN
 * {@code adoption-recommendation}, but must say why ({@code adoptionRationale}). The form cannot
 * state this rule, since it depends on another variable. The decision's own values (GO, NO_GO)
 * are the form's options. IR-4: a GO earns the researcher a reward by results, so it carries the
 * head's {@code rewardGrade}.
 */
@Component
public class DecideAdoptionCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_DECIDE_ADOPTION);
  }

  @Override
  public void check(Inputs submitted) {
    String decision = submitted.requireString(ADOPTION_DECISION);
    String recommendation = submitted.optionalString(ADOPTION_RECOMMENDATION).orElse(null);
    if (!decision.equals(recommendation) && !submitted.has(ADOPTION_RATIONALE)) {
      throw new InvalidInputException(ADOPTION_RATIONALE, "is required when the decision (" + decision
          + ") differs from the recommendation (" + (recommendation == null ? "none" : recommendation) + ")");
    }
    if (GO.equals(decision)) {
      submitted.requireEnum(RewardGrade.VARIABLE, RewardGrade.class);
    }
  }
}
