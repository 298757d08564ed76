package jp.dsnet.themes.licensing;

import jp.dsnet.themes.lifecycle.ThemeLifecycle;

/** Names of {@code licensing} (processes/licensing.bpmn): licensing the theme out (導出時, LO-1..5, LS-4, LS-7, AL-1). */
public final class Licensing {

  public static final String PROCESS_KEY = ThemeLifecycle.LICENSING;

  public static final String TASK_EXECUTE_SECRECY_AGREEMENT = "ExecuteSecrecyAgreement";
  public static final String TASK_FOLLOW_UP_FEASIBILITY_STUDY = "FollowUpFeasibilityStudy";
  public static final String TASK_RECEIVE_FEASIBILITY_DATA = "ReceiveFeasibilityData";
  public static final String TASK_REVIEW_DEVELOPMENT_PROPOSAL = "ReviewDevelopmentProposal";
  public static final String TASK_CONFIRM_TERMS_WITH_RESEARCHER = "ConfirmTermsWithResearcher";
  public static final String TASK_CONDUCT_DUE_DILIGENCE = "ConductDueDiligence";
  public static final String TASK_DRAFT_LICENSE_AGREEMENT = "DraftLicenseAgreement";
  public static final String TASK_CONFIRM_DRAFT_WITH_RESEARCHER = "ConfirmDraftWithResearcher";
  public static final String TASK_EXECUTE_LICENSE_AGREEMENT = "ExecuteLicenseAgreement";
  public static final String TASK_DECIDE_THEME_CONTINUATION = ThemeLifecycle.TASK_DECIDE_THEME_CONTINUATION;

  public static final String TASK_GRANT_DATA_ROOM_ACCESS = "Task_GrantDataRoomAccess";
  public static final String TASK_AWAIT_FEASIBILITY_STUDY = "Task_AwaitFeasibilityStudy";
  public static final String BOUNDARY_FEASIBILITY_STUDY_OVERDUE = "Boundary_FeasibilityStudyOverdue";
  public static final String TASK_RECORD_UPFRONT_PAYMENT_SPLIT = "Task_RecordUpfrontPaymentSplit";
  public static final String GATEWAY_JOIN_DRAFT = "Gateway_JoinDraft";
  public static final String END_EVENT_LICENSED = "EndEvent_Licensed";
  public static final String END_EVENT_RESOLICIT = "EndEvent_Resolicit";
  public static final String END_EVENT_CONTINUE_RESEARCH = "EndEvent_ContinueResearch";
  public static final String END_EVENT_NO_GO = "EndEvent_NoGo";

  public static final String MESSAGE_FEASIBILITY_STUDY_CONCLUDED = "FeasibilityStudyConcluded";

  /** Set by licensee-solicitation (LS-2, LS-5) and read here. */
  public static final String SELECTED_LICENSEE = ThemeLifecycle.SELECTED_LICENSEE;
  public static final String CONTRIBUTION_SHARES = ThemeLifecycle.CONTRIBUTION_SHARES;

  public static final String SECRECY_AGREEMENT_REFERENCE = "secrecyAgreementReference";
  public static final String FEASIBILITY_STUDY_DEADLINE = "feasibilityStudyDeadline";
  public static final String DATA_ROOM_ACCESS_GRANTED_TO = "dataRoomAccessGrantedTo";
  public static final String DATA_ROOM_ACCESS_GRANTED_AT = "dataRoomAccessGrantedAt";
  public static final String FS_DECISION = "fsDecision";
  public static final String FS_DATA_REFERENCE = "fsDataReference";
  public static final String FS_FOLLOW_UP = "fsFollowUp";
  public static final String FS_DATA_RECEIVED = "fsDataReceived";
  public static final String FS_DATA_MISSING_REASON = "fsDataMissingReason";
  public static final String DEVELOPMENT_STRATEGY = "developmentStrategy";
  public static final String PROPOSED_TERMS = "proposedTerms";
  public static final String CONSENSUS_REACHED = "consensusReached";
  public static final String RESEARCHER_AGREES = "researcherAgrees";
  public static final String DUE_DILIGENCE_PASSED = "dueDiligencePassed";
  public static final String DUE_DILIGENCE_FINDINGS = "dueDiligenceFindings";
  public static final String LICENSE_TYPE = "licenseType";
  public static final String DILIGENCE_OBLIGATION = "diligenceObligation";
  public static final String NON_COMPETE_CLAUSE = "nonCompeteClause";
  public static final String LICENSEE_BEARS_IP_COSTS = "licenseeBearsIpCosts";
  public static final String UPFRONT_PAYMENT = "upfrontPayment";
  public static final String CANDIDATE_COMPOUND_DETERMINED = "candidateCompoundDetermined";
  public static final String CLAUSE_REFERENCES = "clauseReferences";
  public static final String MILESTONES = LicenseMilestones.VARIABLE;
  public static final String RESEARCHER_APPROVES_DRAFT = "researcherApprovesDraft";
  public static final String RESEARCHER_COMMENT = "researcherComment";
  public static final String LICENSE_AGREEMENT_REFERENCE = ThemeLifecycle.LICENSE_AGREEMENT_REFERENCE;
  public static final String UPFRONT_PAYMENT_SPLIT = "upfrontPaymentSplit";
  public static final String DECISION_CONTEXT = ThemeLifecycle.DECISION_CONTEXT;
  public static final String CONTINUATION_DECISION = ThemeLifecycle.CONTINUATION_DECISION;


  /** The licensee's conclusion of the feasibility study (LO-1, LO-4). */
  public enum FsDecision { PROCEED, ABANDON }

  /** The strategy office's follow-up of a feasibility study past its deadline. */
  public enum FsFollowUp { EXTEND, TREAT_AS_ABANDONED }

  private Licensing() {
  }
}
