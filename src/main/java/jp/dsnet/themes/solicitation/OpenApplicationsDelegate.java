package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Task_OpenApplications: LS-1: every call starts with no applicant. A call after RESOLICIT is a
 * new instance that gets only its in-mapped variables (ADR 0006), so nothing of an earlier call
 * is left to forget.
 */
@Component
public class OpenApplicationsDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(APPLICANTS, SpinValues.jsonValue(Companies.toJson(List.of())).create());
    execution.setVariable(APPLICANT_COUNT, 0L);
  }
}
