package jp.dsnet.themes.postlicensing;

import static jp.dsnet.themes.postlicensing.PostLicensing.*;

import java.time.OffsetDateTime;
import java.util.Set;
import jp.dsnet.themes.validation.InputCheck;
import jp.dsnet.themes.validation.Inputs;
import jp.dsnet.themes.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * AL-3, IR-4 (実用化): the licensee reports its product on the market: a product name and a launch
 * date that has already come. Accepted only while post-licensing waits for the launch: the model
 * waits for ProductLaunched in a receive task, so outside that wait (before licensing, while the
 * office reviews a reported launch, after the stage ended) the engine finds nothing to correlate
 * and nothing changes; this check also refuses a report while one is under review
 * ({@code launchReportedAt} set), in case a later model waits elsewhere.
 */
@Component
public class ProductLaunchedCheck implements InputCheck {

  static final int MAX_PRODUCT_NAME_LENGTH = 200;

  @Override
  public Set<String> appliesTo() {
    return Set.of(MESSAGE_PRODUCT_LAUNCHED);
  }

  @Override
  public void check(Inputs submitted) {
    if (submitted.has(LAUNCH_REPORTED_AT)) {
      throw new InvalidInputException("messageName", MESSAGE_PRODUCT_LAUNCHED
          + " is accepted only while post-licensing waits for the launch; the strategy office is reviewing the launch reported at "
          + submitted.raw(LAUNCH_REPORTED_AT));
    }
    submitted.requireString(PRODUCT_NAME, MAX_PRODUCT_NAME_LENGTH);
    OffsetDateTime launchDate = submitted.requireDateTime(LAUNCH_DATE);
    if (launchDate.toInstant().isAfter(submitted.now())) {
      throw new InvalidInputException(LAUNCH_DATE, "must not be in the future: report the launch once the product is on the market, was "
          + launchDate);
    }
  }
}
