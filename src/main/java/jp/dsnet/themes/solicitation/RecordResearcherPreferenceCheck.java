package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;

import java.util.List;
import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.InvalidInputException;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/** LS-2: the researcher prefers one of the companies that bid. */
@Component
public class RecordResearcherPreferenceCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_RECORD_RESEARCHER_PREFERENCE);
  }

  @Override
  public void check(Inputs submitted) {
    String preferred = submitted.requireString(PREFERRED_BIDDER, 200);
    List<String> bidders = Companies.read(submitted.raw(BIDDERS));
    if (Companies.find(bidders, preferred).isEmpty()) {
      throw new InvalidInputException(PREFERRED_BIDDER, "'" + preferred + "' did not bid; choose one of " + bidders);
    }
  }
}
