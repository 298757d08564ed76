package jp.dsnet.themes.lifecycle;

import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import jp.dsnet.themes.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * IN-4: a withdrawal is asked for with a reason, and only once the theme has been adopted; before
 * that there is nothing to withdraw from (the message is refused and nothing changes). It is the
 * researcher's to ask for: {@code requestedBy} must be the theme's lead researcher, whichever
 * portal sends it.
 */
@Component
public class WithdrawalRequestCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(ThemeLifecycle.MESSAGE_WITHDRAWAL_REQUESTED);
  }

  @Override
  public void check(Inputs submitted) {
    if (!Boolean.TRUE.equals(submitted.raw(ThemeLifecycle.THEME_ADOPTED))) {
      throw new InvalidInputException("messageName",
          "WithdrawalRequested is accepted only after the theme has been adopted (IN-4)");
    }
    submitted.requireString(ThemeLifecycle.WITHDRAWAL_REASON, 4000);
    String requestedBy = submitted.requireString(ThemeLifecycle.REQUESTED_BY, 200);
    Object leadResearcher = submitted.raw(ThemeLifecycle.LEAD_RESEARCHER);
    if (!requestedBy.equals(leadResearcher)) {
      throw new InvalidInputException(ThemeLifecycle.REQUESTED_BY,
          "'" + requestedBy + "' is not the theme's lead researcher; only the researcher may ask to withdraw (IN-4)");
    }
  }
}
