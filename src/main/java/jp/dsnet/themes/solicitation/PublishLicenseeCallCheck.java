package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;

import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/** LS-1: the call is open until a deadline in the future. */
@Component
public class PublishLicenseeCallCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_PUBLISH_LICENSEE_CALL);
  }

  @Override
  public void check(Inputs submitted) {
    submitted.requireFutureDateTime(CALL_DEADLINE);
  }
}
