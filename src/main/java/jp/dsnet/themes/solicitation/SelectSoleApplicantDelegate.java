package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SelectSoleApplicant: LS-1, LS-4: the only company that applied is the licensee to confirm. */
@Component
public class SelectSoleApplicantDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<String> applicants = Companies.read(execution.getVariable(APPLICANTS));
    if (applicants.size() != 1) {
      throw new IllegalStateException("Expected exactly one applicant, found " + applicants);
    }
    execution.setVariable(SELECTED_LICENSEE, applicants.get(0));
  }
}
