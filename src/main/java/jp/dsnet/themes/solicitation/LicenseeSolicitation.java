package jp.dsnet.themes.solicitation;

import java.util.Set;
import jp.dsnet.themes.lifecycle.ThemeLifecycle;

/** Names of {@code licensee-solicitation} (processes/licensee-solicitation.bpmn) and of the contract around it. */
public final class LicenseeSolicitation {

  public static final String PROCESS_KEY = ThemeLifecycle.SOLICITATION;

  /** User tasks (CONTRACT: task keys). */
  public static final String TASK_ALLOCATE_CONTRIBUTION_SHARES = "AllocateContributionShares";
  public static final String TASK_PUBLISH_LICENSEE_CALL = "PublishLicenseeCall";
  public static final String TASK_CHOOSE_TENDER_METHOD = "ChooseTenderMethod";
  public static final String TASK_RECORD_RESEARCHER_PREFERENCE = "RecordResearcherPreference";
  public static final String TASK_CONFIRM_AWARD = "ConfirmAward";
  public static final String TASK_DECIDE_THEME_CONTINUATION = ThemeLifecycle.TASK_DECIDE_THEME_CONTINUATION;

  /** Messages (CONTRACT: messages). */
  public static final String MESSAGE_LICENSEE_APPLICATION_RECEIVED = "LicenseeApplicationReceived";
  public static final String MESSAGE_BID_SUBMITTED = "BidSubmitted";

  /** Other elements that tests and docs name. */
  public static final String EVENT_CALL_DEADLINE_PASSED = "Event_CallDeadlinePassed";
  public static final String EVENT_BID_DEADLINE_PASSED = "Event_BidDeadlinePassed";
  public static final String SUB_PROCESS_CALL_OPEN = "SubProcess_CallOpen";
  public static final String SUB_PROCESS_BIDDING_OPEN = "SubProcess_BiddingOpen";
  public static final String TASK_REGISTER_APPLICANT = "Task_RegisterApplicant";
  public static final String TASK_SEAL_BID = "Task_SealBid";
  public static final String TASK_OPEN_BIDS = "Task_OpenBids";
  public static final String TASK_SELECT_SOLE_APPLICANT = "Task_SelectSoleApplicant";
  public static final String TASK_SELECT_HIGHEST_BIDDER = "Task_SelectHighestBidder";
  public static final String TASK_AWARD_LICENSEE = "Task_AwardLicensee";
  public static final String END_EVENT_LICENSEE_SELECTED = "EndEvent_LicenseeSelected";
  public static final String END_EVENT_RESOLICIT = "EndEvent_Resolicit";
  public static final String END_EVENT_CONTINUE_RESEARCH = "EndEvent_ContinueResearch";
  public static final String END_EVENT_NO_GO = "EndEvent_NoGo";

  /** AllocateContributionShares (LS-5). */
  public static final String CONTRIBUTION_SHARES = ThemeLifecycle.CONTRIBUTION_SHARES;

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
  public static final String SELECTED_LICENSEE = ThemeLifecycle.SELECTED_LICENSEE;
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
  public static final String DECISION_CONTEXT = ThemeLifecycle.DECISION_CONTEXT;
  public static final String CONTINUATION_DECISION = ThemeLifecycle.CONTINUATION_DECISION;
  public static final String CONTINUATION_RATIONALE = "continuationRationale";

  private LicenseeSolicitation() {
  }
}
