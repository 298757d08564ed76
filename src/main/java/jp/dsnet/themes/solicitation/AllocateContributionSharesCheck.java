package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;

import java.util.Set;
import jp.dsnet.themes.income.ContributionShares;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/**
 * LS-5: the shares are a list of institutions, each named once with a share above 0, summing to
 * exactly 100: the very rules by which licensing splits the income (LS-7), so whatever is
 * allocated here can be split there.
 */
@Component
public class AllocateContributionSharesCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_ALLOCATE_CONTRIBUTION_SHARES);
  }

  @Override
  public void check(Inputs submitted) {
    ContributionShares.parse(submitted.raw(CONTRIBUTION_SHARES));
  }
}
