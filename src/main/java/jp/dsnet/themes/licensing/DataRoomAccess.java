package jp.dsnet.themes.licensing;

import java.time.Instant;

/**
 * LO-1: the licensee studies the theme's data (in the data room) only under an executed secrecy
 * agreement (機密保持契約), and only the one selected licensee (LS-4).
 */
public final class DataRoomAccess {

  /** Access granted to the licensee under the secrecy agreement. */
  public record Grant(String licensee, String secrecyAgreementReference, Instant grantedAt) {
  }

  private DataRoomAccess() {
  }

  public static Grant grant(String licensee, String secrecyAgreementReference, Instant now) {
    if (licensee == null || licensee.isBlank()) {
      throw new IllegalStateException("LO-1: data-room access is granted to the selected licensee only, and none is selected");
    }
    if (secrecyAgreementReference == null || secrecyAgreementReference.isBlank()) {
      throw new IllegalStateException("LO-1: no data-room access without an executed secrecy agreement");
    }
    return new Grant(licensee, secrecyAgreementReference, now);
  }
}
