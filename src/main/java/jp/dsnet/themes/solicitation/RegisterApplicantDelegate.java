package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterApplicant: LS-1: adds the company to {@code applicants} unless it has already
 * applied (then it is counted once), and keeps {@code applicantCount} current. Applications are
 * public within the network: the office sees them as they come in.
 */
@Component
public class RegisterApplicantDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<String> applicants = new ArrayList<>(Companies.read(execution.getVariable(APPLICANTS)));
    String company = Companies.clean((String) execution.getVariable(APPLICANT_COMPANY));
    if (Companies.find(applicants, company).isEmpty()) {
      applicants.add(company);
      execution.setVariable(APPLICANTS, SpinValues.jsonValue(Companies.toJson(applicants)).create());
    }
    execution.setVariable(APPLICANT_COUNT, (long) applicants.size());
  }
}
