package jp.dsnet.themes.solicitation;

import static jp.dsnet.themes.solicitation.LicenseeSolicitation.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Task_OpenApplications: LS-1: every call starts afresh: no applicant yet, and nothing left of
 * the tender or award of an earlier call of the theme (RESOLICIT), which the forms would
 * otherwise show.
 */
@Component
public class OpenApplicationsDelegate implements JavaDelegate {

  /** The variables of one call's tender and award. */
  static final List<String> OF_EARLIER_CALL = List.of(TENDER_METHOD, BID_DEADLINE, BID_COUNT, BIDDERS, PREFERRED_BIDDER,
      PREFERENCE_REASON, SELECTED_LICENSEE, AWARD_CONFIRMED, AWARD_COMMENT);

  @Override
  public void execute(DelegateExecution execution) {
    execution.removeVariables(OF_EARLIER_CALL);
    execution.setVariable(APPLICANTS, SpinValues.jsonValue(Companies.toJson(List.of())).create());
    execution.setVariable(APPLICANT_COUNT, 0L);
  }
}
