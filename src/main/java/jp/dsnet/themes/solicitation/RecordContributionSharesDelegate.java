package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.CONTRIBUTION_SHARES;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.income.ContributionShares;
import jp.dsnet.themes.validation.JsonInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Task_RecordContributionShares: LS-5: keeps the validated shares as a Json variable in one
 * canonical form (institution names trimmed, plain numbers), whether they came as Json or as a
 * String holding JSON, so that licensing splits the income from one well-formed list (LS-7).
 */
@Component
public class RecordContributionSharesDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<Map<String, Object>> shares = ContributionShares.parse(execution.getVariable(CONTRIBUTION_SHARES)).stream()
        .map(share -> {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("institution", share.institution());
          entry.put("sharePercent", share.sharePercent());
          return entry;
        }).toList();
    execution.setVariable(CONTRIBUTION_SHARES, SpinValues.jsonValue(JsonInput.write(shares)).create());
  }
}
