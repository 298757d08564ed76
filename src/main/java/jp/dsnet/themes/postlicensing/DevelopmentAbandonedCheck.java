package jp.dsnet.themes.postlicensing;

import static jp.dsnet.themes.postlicensing.PostLicensing.*;

import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import org.springframework.stereotype.Component;

/** AL-3: a licensee that abandons development says why; the office decides on taking the theme back from it. */
@Component
public class DevelopmentAbandonedCheck implements InputCheck {

  static final int MAX_REASON_LENGTH = 4000;

  @Override
  public Set<String> appliesTo() {
    return Set.of(MESSAGE_DEVELOPMENT_ABANDONED);
  }

  @Override
  public void check(Inputs submitted) {
    submitted.requireString(ABANDONMENT_REASON, MAX_REASON_LENGTH);
  }
}
