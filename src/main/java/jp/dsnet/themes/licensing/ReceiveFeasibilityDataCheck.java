package jp.dsnet.themes.licensing;

import static jp.dsnet.themes.licensing.Licensing.*;

import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/**
 * LO-4: after an abandoned feasibility study the FS data belong to the network. The office says
 * whether it received them; a licensee may still withhold them, and then the office records why
 * ({@code fsDataMissingReason}), so that the head's Go/No-Go is never blocked by the licensee.
 */
@Component
public class ReceiveFeasibilityDataCheck implements InputCheck {

  static final int MAX_REASON_LENGTH = 4000;

  @Override
  public Set<String> appliesTo() {
    return Set.of(TASK_RECEIVE_FEASIBILITY_DATA);
  }

  @Override
  public void check(Inputs submitted) {
    if (!submitted.requireBoolean(FS_DATA_RECEIVED)) {
      submitted.requireString(FS_DATA_MISSING_REASON, MAX_REASON_LENGTH);
    }
  }
}
