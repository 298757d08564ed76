package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;

import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/** LS-2: one of the two tender methods, and bidding open until a deadline in the future. */
@Component
public class ChooseTenderMethodCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_CHOOSE_TENDER_METHOD);
  }

  @Override
  public void check(Inputs submitted) {
    submitted.requireEnum(TENDER_METHOD, TenderMethod.class);
    submitted.requireFutureDateTime(BID_DEADLINE);
  }
}
