package jp.dsnet.themes.solicitation;

import java.util.Set;

/** Names of {@code licensee-solicitation} (processes/licensee-solicitation.bpmn) and of the contract around it. */
public final class LicenseeSolicitation {

  public static final String PROCESS_KEY = "licensee-solicitation";

  /** User tasks (CONTRACT: task keys). */
  public static final String TASK_ALLOCATE_CONTRIBUTION_SHARES = "AllocateContributionShares";
  public static final String TASK_PUBLISH_LICENSEE_CALL = "PublishLicenseeCall";
  public static final String TASK_CHOOSE_TENDER_METHOD = "ChooseTenderMethod";
  public static final String TASK_RECORD_RESEARCHER_PREFERENCE = "RecordResearcherPreference";
  public static final String TASK_CONFIRM_AWARD = "ConfirmAward";
  public static final String TASK_DECIDE_THEME_CONTINUATION = "DecideThemeContinuation";

  /** Messages (CONTRACT: messages). */
  public static final String MESSAGE_APPLICATION_RECEIVED = "LicenseeApplicationReceived";
  public static final String MESSAGE_BID_SUBMITTED = "BidSubmitted";

  /** Other elements that tests and docs name. */
  public static final String TIMER_CALL_DEADLINE = "Event_CallDeadlinePassed";
  public static final String TIMER_BID_DEADLINE = "Event_BidDeadlinePassed";
  public static final String SUBPROCESS_CALL_OPEN = "SubProcess_CallOpen";
  public static final String SUBPROCESS_BIDDING_OPEN = "SubProcess_BiddingOpen";
  public static final String TASK_REGISTER_APPLICANT = "Task_RegisterApplicant";
  public static final String TASK_SEAL_BID = "Task_SealBid";
  public static final String TASK_OPEN_BIDS = "Task_OpenBids";
  public static final String TASK_SELECT_SOLE_APPLICANT = "Task_SelectSoleApplicant";
  public static final String TASK_SELECT_HIGHEST_BIDDER = "Task_SelectHighestBidder";
  public static final String TASK_AWARD_LICENSEE = "Task_AwardLicensee";
  public static final String END_LICENSEE_SELECTED = "EndEvent_LicenseeSelected";
  public static final String END_RESOLICIT = "EndEvent_Resolicit";
  public static final String END_CONTINUE_RESEARCH = "EndEvent_ContinueResearch";
  public static final String END_NO_GO = "EndEvent_NoGo";

  /** AllocateContributionShares (LS-5). */
  public static final String CONTRIBUTION_SHARES = "contributionShares";

  /** PublishLicenseeCall and the call (LS-1, LS-4). */
  public static final String CALL_DEADLINE = "callDeadline";
  public static final String CALL_DESCRIPTION = "callDescription";
  public static final String APPLICANT_COMPANY = "applicantCompany";
  /** Json list of the companies that applied, each once, in the order they applied. */
  public static final String APPLICANTS = "applicants";
  public static final String APPLICANT_COUNT = "applicantCount";

  /** ChooseTenderMethod and the tender (LS-2). */
  public static final String TENDER_METHOD = "tenderMethod";
  public static final String BID_DEADLINE = "bidDeadline";
  public static final String BIDDER_COMPANY = "bidderCompany";
  public static final String BID_AMOUNT = "bidAmount";
  public static final String BID_TERMS = "bidTerms";
  /**
   * LS-2: the variables of a sealed bid. They live only inside the transaction that receives the
   * bid, are never written to history, and are kept in {@code dsn_sealed_bid} until the deadline.
   */
  public static final Set<String> SEALED_VARIABLES = Set.of(BIDDER_COMPANY, BID_AMOUNT, BID_TERMS);
  /** Set when the bids are opened at the deadline: how many, and which companies (no amounts). */
  public static final String BID_COUNT = "bidCount";
  public static final String BIDDERS = "bidders";
  public static final String PREFERRED_BIDDER = "preferredBidder";
  public static final String PREFERENCE_REASON = "preferenceReason";

  /** The award and the head's decisions. */
  public static final String SELECTED_LICENSEE = "selectedLicensee";
  public static final String AWARD_CONFIRMED = "awardConfirmed";
  public static final String AWARD_COMMENT = "awardComment";
  /** LS-2: the head may award another bidder than the one selected, and then says why. */
  public static final String AWARDED_BIDDER = "awardedBidder";
  public static final String AWARD_RATIONALE = "awardRationale";
  /**
   * LS-2: the opened bids as text, local to ConfirmAward (set when the task is created, after the
   * deadline): the head weighs them there. Never in history, like the bids themselves.
   */
  public static final String OPENED_BIDS = "openedBids";
  /** Variables that never reach the history: a sealed bid's, and the opened bids shown to the head. */
  public static final Set<String> NEVER_IN_HISTORY = Set.of(BIDDER_COMPANY, BID_AMOUNT, BID_TERMS, OPENED_BIDS);
  public static final String DECISION_CONTEXT = "decisionContext";
  public static final String CONTINUATION_DECISION = "continuationDecision";
  public static final String CONTINUATION_RATIONALE = "continuationRationale";

  private LicenseeSolicitation() {
  }
}
