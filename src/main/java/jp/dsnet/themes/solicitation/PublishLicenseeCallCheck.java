package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;

import java.util.Set;
import jp.dsnet.themes.rights.PatentApplications;
import jp.dsnet.themes.validation.InvalidInputException;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/**
 * LS-1: the call is open until a deadline in the future. IN-6 (権利化し導出): the rights come
 * first: no call goes out while the theme has neither a patent application nor the IP office's
 * reason why none is needed.
 */
@Component
public class PublishLicenseeCallCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_PUBLISH_LICENSEE_CALL);
  }

  @Override
  public void check(Inputs submitted) {
    if (!PatentApplications.rightsSecured(submitted.raw(PatentApplications.VARIABLE), submitted.raw(PatentApplications.WAIVER_REASON))) {
      throw new InvalidInputException(PatentApplications.REFERENCE,
          "the theme has no patent application and no reason why none is needed (ipWaiverReason); the IP office records one "
              + "before the call is published (IN-6)");
    }
    submitted.requireFutureDateTime(CALL_DEADLINE);
  }
}
