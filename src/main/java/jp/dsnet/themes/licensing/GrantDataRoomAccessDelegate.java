package jp.dsnet.themes.licensing;

import static jp.dsnet.themes.licensing.Licensing.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Task_GrantDataRoomAccess: LO-1, the licensee's feasibility study starts under the secrecy agreement; access is recorded. */
@Component
public class GrantDataRoomAccessDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    DataRoomAccess.Grant grant = DataRoomAccess.grant((String) execution.getVariable(SELECTED_LICENSEE),
        (String) execution.getVariable(SECRECY_AGREEMENT_REFERENCE), ClockUtil.getCurrentTime().toInstant());
    execution.setVariable(DATA_ROOM_ACCESS_GRANTED_TO, grant.licensee());
    execution.setVariable(DATA_ROOM_ACCESS_GRANTED_AT, grant.grantedAt().toString());
  }
}
