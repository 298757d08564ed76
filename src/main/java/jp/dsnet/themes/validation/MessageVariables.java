package jp.dsnet.themes.validation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one table of what each message may carry (CONTRACT: messages): a message sets every variable
 * it brings on the theme, so it brings its own and nothing else, else a portal could change what the
 * office decided (the tender method, a deadline, the licensee) by adding it to an application or a
 * bid. The submission gate refuses any other variable, and any message not listed here, for
 * everyone but administrators. A new message, or a new variable of one, is one line here.
 */
public final class MessageVariables {

  private static final Map<String, Set<String>> TABLE = Map.of(
      "LicenseeApplicationReceived", Set.of("applicantCompany"),
      "BidSubmitted", Set.of("bidderCompany", "bidAmount", "bidTerms"),
      "FeasibilityStudyConcluded", Set.of("fsDecision", "fsDataReference"),
      "ProgressReportSubmitted", Set.of("milestoneName", "milestoneAchieved", "progressReport"),
      "DevelopmentAbandoned", Set.of("abandonmentReason"),
      "ProductLaunched", Set.of("productName", "launchDate"),
      "WithdrawalRequested", Set.of("withdrawalReason", "requestedBy"));

  private MessageVariables() {
  }

  /** The variables the message may carry; empty for a message the contract does not know. */
  public static Optional<Set<String>> of(String messageName) {
    return Optional.ofNullable(messageName == null ? null : TABLE.get(messageName));
  }

  public static Set<String> messageNames() {
    return TABLE.keySet();
  }
}
