package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;

import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.InvalidInputException;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/**
 * LS-2: a bid arrives before the bid deadline, from a company that applied to the call, with an
 * amount in yen above 0 and its terms. A refusal never repeats a valid amount or the terms.
 */
@Component
public class BidSubmittedCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(MESSAGE_BID_SUBMITTED);
  }

  @Override
  public void check(Inputs submitted) {
    submitted.requireBeforeDeadline(BID_DEADLINE, BID_DEADLINE,
        deadline -> "bidding (入札) closed at " + deadline + "; bids are no longer accepted (LS-2)");
    String bidder = submitted.requireString(BIDDER_COMPANY, 200);
    if (Companies.find(Companies.read(submitted.raw(APPLICANTS)), bidder).isEmpty()) {
      throw new InvalidInputException(BIDDER_COMPANY, "'" + bidder + "' did not apply to the call; only applicants may bid (LS-2)");
    }
    submitted.requirePositiveAmount(BID_AMOUNT);
    submitted.requireString(BID_TERMS, 4000);
  }
}
