package jp.dsnet.themes.income;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.dsnet.themes.validation.InvalidInputException;
import jp.dsnet.themes.validation.JsonInput;

/**
 * LS-5: each institution's share (持ち分) of the income from a licence, as the strategy office
 * fixed it: {@code contributionShares} = {@code [{"institution":"Osaka University","sharePercent":60}, ...]},
 * each share greater than 0, the shares summing to exactly 100, each institution named once.
 */
public final class ContributionShares {

  public static final String VARIABLE = "contributionShares";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_INSTITUTION_LENGTH = 200;
  private static final int MAX_DECIMALS = 6;

  /** One institution's share, in percent (a whole number or a decimal). */
  public record Share(String institution, BigDecimal sharePercent) {
  }

  private ContributionShares() {
  }

  /**
   * @param raw the variable as it is stored: Json, a String holding JSON, or a Java list
   * @throws InvalidInputException naming {@code contributionShares} when the shares are malformed
   */
  public static List<Share> parse(Object raw) {
    JsonNode json = JsonInput.require(VARIABLE, raw);
    if (!json.isArray() || json.isEmpty()) {
      throw new InvalidInputException(VARIABLE, "must be a non-empty list of {\"institution\":...,\"sharePercent\":...}");
    }
    List<Share> shares = new ArrayList<>();
    Set<String> institutions = new HashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (JsonNode entry : json) {
      String institution = entry.path("institution").asText("").trim();
      if (institution.isEmpty() || institution.length() > MAX_INSTITUTION_LENGTH) {
        throw new InvalidInputException(VARIABLE, "every entry needs an institution of 1 to " + MAX_INSTITUTION_LENGTH + " characters");
      }
      if (!institutions.add(institution)) {
        throw new InvalidInputException(VARIABLE, "names institution '" + institution + "' twice");
      }
      JsonNode percent = entry.path("sharePercent");
      if (!percent.isNumber() || percent.decimalValue().signum() <= 0) {
        throw new InvalidInputException(VARIABLE, "the share of '" + institution + "' must be a number greater than 0");
      }
      if (percent.decimalValue().stripTrailingZeros().scale() > MAX_DECIMALS) {
        throw new InvalidInputException(VARIABLE, "the share of '" + institution + "' may have at most " + MAX_DECIMALS + " decimals");
      }
      shares.add(new Share(institution, plain(percent.decimalValue())));
      total = total.add(percent.decimalValue());
    }
    if (total.compareTo(HUNDRED) != 0) {
      throw new InvalidInputException(VARIABLE, "the shares must sum to 100, they sum to " + total.stripTrailingZeros().toPlainString());
    }
    return List.copyOf(shares);
  }

  /** 60.00 as 60 and 100 as 100 (not 1E+2), for people and JSON. */
  static BigDecimal plain(BigDecimal percent) {
    BigDecimal stripped = percent.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
