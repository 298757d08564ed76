package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;

import java.util.List;
import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.InvalidInputException;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/**
 * LS-2 (研究者の意向を踏まえた入札): the head confirms the selected licensee or awards another of
 * the bidders ({@code awardedBidder}); an award against the selection (the highest bid, or the
 * researcher's preference) must say why ({@code awardRationale}). Not confirming works as before.
 */
@Component
public class ConfirmAwardCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_CONFIRM_AWARD);
  }

  @Override
  public void check(Inputs submitted) {
    if (!submitted.requireBoolean(AWARD_CONFIRMED) || !submitted.has(AWARDED_BIDDER)) {
      return;
    }
    String awarded = submitted.requireString(AWARDED_BIDDER, 200);
    List<String> bidders = Companies.read(submitted.raw(BIDDERS));
    if (Companies.find(bidders, awarded).isEmpty()) {
      throw new InvalidInputException(AWARDED_BIDDER, bidders.isEmpty()
          ? "there was no tender; only the selected licensee can be awarded"
          : "'" + awarded + "' did not bid; award one of " + bidders);
    }
    Object selected = submitted.raw(SELECTED_LICENSEE);
    boolean againstSelection = !(selected instanceof String s) || !Companies.key(s).equals(Companies.key(awarded));
    if (againstSelection && !submitted.has(AWARD_RATIONALE)) {
      throw new InvalidInputException(AWARD_RATIONALE,
          "is required when the award (" + awarded + ") differs from the selected licensee (" + selected + ")");
    }
    if (submitted.has(AWARD_RATIONALE)) {
      submitted.requireString(AWARD_RATIONALE, 4000);
    }
  }
}
