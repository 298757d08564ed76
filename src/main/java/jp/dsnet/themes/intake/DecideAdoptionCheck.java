package jp.dsnet.themes.intake;

import static jp.dsnet.themes.intake.ThemeIntake.*;

import java.util.Objects;
import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import jp.dsnet.themes.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/** IN-1: the head may decide against the recommendation, but must say why. */
@Component
public class DecideAdoptionCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_DECIDE_ADOPTION);
  }

  @Override
  public void check(Inputs submitted) {
    String decision = submitted.requireString(ADOPTION_DECISION);
    Object recommendation = submitted.raw(ADOPTION_RECOMMENDATION);
    if (!Objects.equals(decision, recommendation) && !submitted.has(ADOPTION_RATIONALE)) {
      throw new InvalidInputException(ADOPTION_RATIONALE,
          "is required when the decision (" + decision + ") differs from the recommendation (" + recommendation + ")");
    }
  }
}
