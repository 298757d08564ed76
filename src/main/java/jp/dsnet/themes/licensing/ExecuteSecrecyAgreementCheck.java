package jp.dsnet.themes.licensing;

import static jp.dsnet.themes.licensing.Licensing.*;

import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/**
 * LO-1: the secrecy agreement is made with the one selected licensee (LS-4), and its feasibility
 * study runs until a deadline in the future.
 */
@Component
public class ExecuteSecrecyAgreementCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_EXECUTE_SECRECY_AGREEMENT);
  }

  @Override
  public void check(Inputs submitted) {
    submitted.requireString(SELECTED_LICENSEE);
    submitted.requireFutureDateTime(FEASIBILITY_STUDY_DEADLINE);
  }
}
