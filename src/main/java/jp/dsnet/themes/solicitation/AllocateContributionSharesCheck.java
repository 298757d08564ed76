package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.dsnet.themes.income.ContributionShares;
import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import jp.dsnet.themes.research.AppliedResearch;
import jp.dsnet.themes.validation.InvalidInputException;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/**
 * LS-5: the shares are a list of institutions, each named once with a share above 0, summing to
 * exactly 100: the very rules by which licensing splits the income (LS-7), so whatever is
 * allocated here can be split there. They follow the contributions (LS-5, AR-1): the researcher's
 * institution and every partner institute that reported supporting research hold a share. Names
 * compare as company names do (case and spacing aside).
 */
@Component
public class AllocateContributionSharesCheck implements InputCheck {

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_ALLOCATE_CONTRIBUTION_SHARES);
  }

  @Override
  public void check(Inputs submitted) {
    List<String> holders = ContributionShares.parse(submitted.raw(CONTRIBUTION_SHARES)).stream()
        .map(ContributionShares.Share::institution).toList();
    List<String> contributors = new ArrayList<>();
    submitted.optionalString(ThemeLifecycle.INSTITUTION).ifPresent(contributors::add);
    contributors.addAll(Companies.read(submitted.raw(AppliedResearch.SUPPORT_INSTITUTES)));
    List<String> missing = contributors.stream().filter(c -> Companies.find(holders, c).isEmpty()).distinct().toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException(CONTRIBUTION_SHARES, "must give a share to every contributor: the researcher's institution "
          + "and each partner institute that reported (LS-5); missing: " + missing);
    }
  }
}
