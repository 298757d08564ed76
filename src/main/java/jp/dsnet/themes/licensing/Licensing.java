package jp.dsnet.themes.licensing;

import java.util.List;

/** Names of {@code licensing} (processes/licensing.bpmn): licensing the theme out (導出時, LO-1..5, LS-4, LS-7, AL-1). */
public final class Licensing {

  public static final String PROCESS_KEY = "licensing";

  public static final String TASK_EXECUTE_SECRECY_AGREEMENT = "ExecuteSecrecyAgreement";
  public static final String TASK_FOLLOW_UP_FEASIBILITY_STUDY = "FollowUpFeasibilityStudy";
  public static final String TASK_RECEIVE_FEASIBILITY_DATA = "ReceiveFeasibilityData";
  public static final String TASK_REVIEW_DEVELOPMENT_PROPOSAL = "ReviewDevelopmentProposal";
  public static final String TASK_CONFIRM_TERMS_WITH_RESEARCHER = "ConfirmTermsWithResearcher";
  public static final String TASK_CONDUCT_DUE_DILIGENCE = "ConductDueDiligence";
  public static final String TASK_DRAFT_LICENSE_AGREEMENT = "DraftLicenseAgreement";
  public static final String TASK_CONFIRM_DRAFT_WITH_RESEARCHER = "ConfirmDraftWithResearcher";
  public static final String TASK_EXECUTE_LICENSE_AGREEMENT = "ExecuteLicenseAgreement";
  public static final String TASK_DECIDE_THEME_CONTINUATION = "DecideThemeContinuation";

  public static final String ACTIVITY_GRANT_DATA_ROOM_ACCESS = "Task_GrantDataRoomAccess";
  public static final String ACTIVITY_AWAIT_FEASIBILITY_STUDY = "Task_AwaitFeasibilityStudy";
  public static final String BOUNDARY_FEASIBILITY_STUDY_OVERDUE = "Boundary_FeasibilityStudyOverdue";
  public static final String ACTIVITY_RECORD_UPFRONT_PAYMENT_SPLIT = "Task_RecordUpfrontPaymentSplit";
  public static final String GATEWAY_JOIN_DRAFT = "Gateway_JoinDraft";
  public static final String END_LICENSED = "EndEvent_Licensed";
  public static final String END_RESOLICIT = "EndEvent_Resolicit";
  public static final String END_CONTINUE_RESEARCH = "EndEvent_ContinueResearch";
  public static final String END_NO_GO = "EndEvent_NoGo";

  public static final String MESSAGE_FEASIBILITY_STUDY_CONCLUDED = "FeasibilityStudyConcluded";

  /** Set by licensee-solicitation (LS-2, LS-5) and read here. */
  public static final String SELECTED_LICENSEE = "selectedLicensee";
  public static final String CONTRIBUTION_SHARES = "contributionShares";

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
  public static final String LICENSE_AGREEMENT_REFERENCE = "licenseAgreementReference";
  public static final String UPFRONT_PAYMENT_SPLIT = "upfrontPaymentSplit";
  public static final String DECISION_CONTEXT = "decisionContext";
  public static final String CONTINUATION_DECISION = "continuationDecision";


  /** What one licensing round decides; forgotten when a theme is licensed again. */
  public static final List<String> ROUND_VARIABLES = List.of(SECRECY_AGREEMENT_REFERENCE, FEASIBILITY_STUDY_DEADLINE,
      DATA_ROOM_ACCESS_GRANTED_TO, DATA_ROOM_ACCESS_GRANTED_AT, FS_DECISION, FS_DATA_REFERENCE, FS_FOLLOW_UP, FS_DATA_RECEIVED,
      FS_DATA_MISSING_REASON, DEVELOPMENT_STRATEGY, PROPOSED_TERMS, CONSENSUS_REACHED, RESEARCHER_AGREES, DUE_DILIGENCE_PASSED, DUE_DILIGENCE_FINDINGS,
      LICENSE_TYPE, DILIGENCE_OBLIGATION, NON_COMPETE_CLAUSE, LICENSEE_BEARS_IP_COSTS, UPFRONT_PAYMENT,
      CANDIDATE_COMPOUND_DETERMINED, CLAUSE_REFERENCES, MILESTONES, RESEARCHER_APPROVES_DRAFT, RESEARCHER_COMMENT,
      LICENSE_AGREEMENT_REFERENCE, UPFRONT_PAYMENT_SPLIT, DECISION_CONTEXT,
      CONTINUATION_DECISION);

  /** The licensee's conclusion of the feasibility study (LO-1, LO-4). */
  public enum FsDecision { PROCEED, ABANDON }

  /** The strategy office's follow-up of a feasibility study past its deadline. */
  public enum FsFollowUp { EXTEND, TREAT_AS_ABANDONED }

  /**
   * Why licensing asks the head to decide on the theme in {@code DecideThemeContinuation}
   * (CONTRACT; licensee-solicitation has its own contexts).
   */
  public enum DecisionContext { FS_ABANDONED, NO_AGREEMENT }

  private Licensing() {
  }
}
