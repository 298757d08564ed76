package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;

import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/**
 * LS-1: an application names the company and arrives before the call's deadline. The deadline
 * timer closes the call; this check also refuses an application that arrives after the deadline
 * but before the timer has fired.
 */
@Component
public class LicenseeApplicationCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(MESSAGE_LICENSEE_APPLICATION_RECEIVED);
  }

  @Override
  public void check(Inputs submitted) {
    submitted.requireBeforeDeadline(CALL_DEADLINE, CALL_DEADLINE,
        deadline -> "the call (公募) closed at " + deadline + "; applications are no longer accepted (LS-1)");
    submitted.requireString(APPLICANT_COMPANY, 200);
  }
}
