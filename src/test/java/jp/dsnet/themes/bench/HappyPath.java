package jp.dsnet.themes.bench;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The variables of a theme's happy path, from intake to the product on the market (実用化), by the
 * contract's task keys and message names (CONTRACT: user tasks, messages): every value is one the
 * application must accept. Dates are computed from the engine clock, so deadlines stay in the
 * future when the benchmark moves the clock.
 *
 * <p>Off-path tasks have values too (a decision that ends the theme), so a driver that meets one
 * never hangs; the benchmark reports the path it actually took.
 */
final class HappyPath {

  static final String LEAD_RESEARCHER = "researcher";
  static final String INSTITUTION = "Bench University (ベンチ大学)";
  static final String LICENSEE = "Bench Pharma (ベンチ製薬)";
  static final String LICENCE_MILESTONE = "Candidate compound selected";

  /** How often the happy path sends each message to one theme. */
  static final Map<String, Integer> MESSAGE_BUDGET = Map.of(
      "LicenseeApplicationReceived", 1,
      "FeasibilityStudyConcluded", 1,
      "ProgressReportSubmitted", 1,
      "ProductLaunched", 1);

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final Map<String, Supplier<Map<String, Object>>> tasks = new LinkedHashMap<>();
  private final Map<String, Supplier<Map<String, Object>>> messages = new LinkedHashMap<>();

  HappyPath() {
    // theme-intake (IN-1..3, IN-7)
    tasks.put("ReviewScope", () -> vars("inScope", true, "scopeComment", "In scope (SC-1)"));
    tasks.put("EvaluateSeed", () -> vars("scoreNovelty", 4L, "scoreMedicalNeed", 5L, "scoreIndustryNeed", 4L,
        "scoreIpPosition", 4L, "scoreFeasibility", 4L, "evaluationSummary", "Promising seed with a clear target"));
    tasks.put("DecideAdoption", () -> vars("adoptionDecision", "GO", "adoptionRationale", "Strong seed, adopted",
        "rewardGrade", "A"));
    tasks.put("DefineExitStrategy", () -> vars("exitStrategy", "License out after non-clinical proof of concept"));
    tasks.put("ConfirmRightsAndContact", () -> vars("rightsSettled", true, "rightsHolders", INSTITUTION,
        "singleContact", "tlo@bench.example.org"));
    tasks.put("DefineIpAndPublicationStrategy", () -> vars("ipStrategy", "File a composition-of-matter patent first",
        "publicationStrategy", "Publish after filing", "patentApplicationReference", "JP-BENCH-001"));
    tasks.put("SignSupportAgreement", () -> vars("supportAgreementReference", "SA-BENCH-001"));
    // applied-research (AR-1..3)
    tasks.put("PlanSupportResearch", () -> vars("supportTypes", "HTS", "milestoneName", "Hit compounds confirmed",
        "milestoneDueDate", inDays(180)));
    tasks.put("ReportSupportResults", () -> vars("resultSummary", "Screening finished: 12 confirmed hits",
        "supportInstitute", "RIKEN"));
    tasks.put("ReviewMilestone", () -> vars("milestoneAchieved", true, "industryAlignmentConfirmed", true,
        "milestoneDecision", "READY_FOR_LICENSING", "rewardGrade", "B"));
    // licensee-solicitation (LS-1..3, LS-5)
    tasks.put("AllocateContributionShares", () -> vars("contributionShares",
        json("[{\"institution\":\"" + INSTITUTION + "\",\"sharePercent\":80},{\"institution\":\"RIKEN\",\"sharePercent\":20}]")));
    tasks.put("PublishLicenseeCall", () -> vars("callDeadline", inDays(30)));
    tasks.put("ChooseTenderMethod", () -> vars("tenderMethod", "COMPETITIVE", "bidDeadline", inDays(45)));
    tasks.put("RecordResearcherPreference", () -> vars("preferredBidder", LICENSEE));
    tasks.put("ConfirmAward", () -> vars("awardConfirmed", true));
    // licensing (LO-1..5, LS-4, LS-7)
    tasks.put("ExecuteSecrecyAgreement", () -> vars("secrecyAgreementReference", "NDA-BENCH-001",
        "feasibilityStudyDeadline", inDays(90)));
    tasks.put("ReceiveFeasibilityData", () -> vars("fsDataReceived", true));
    tasks.put("ReviewDevelopmentProposal", () -> vars("developmentStrategy", "Oncology first, Phase I in 2029",
        "proposedTerms", "Upfront and milestone payments", "consensusReached", true));
    tasks.put("ConfirmTermsWithResearcher", () -> vars("researcherAgrees", true));
    tasks.put("ConductDueDiligence", () -> vars("dueDiligencePassed", true, "dueDiligenceFindings", "No issue found"));
    tasks.put("DraftLicenseAgreement", () -> vars("licenseType", "EXCLUSIVE_LICENSE", "diligenceObligation", true,
        "nonCompeteClause", true, "licenseeBearsIpCosts", true, "upfrontPayment", 100_000_000L,
        "candidateCompoundDetermined", false,
        "milestones", json("[{\"name\":\"" + LICENCE_MILESTONE + "\",\"dueDate\":\"" + inDays(365) + "\",\"payment\":50000000}]")));
    tasks.put("ConfirmDraftWithResearcher", () -> vars("researcherApprovesDraft", true));
    tasks.put("ExecuteLicenseAgreement", () -> vars("licenseAgreementReference", "LA-BENCH-001"));
    // post-licensing (LO-5, AL-1..3, IR-4)
    tasks.put("ReviewProgressReport", () -> vars("reportAccepted", true));
    tasks.put("ConfirmMarketLaunch", () -> vars("launchConfirmed", true));
    // off the happy path: decisions that end the theme, so a driver never hangs on them
    tasks.put("DecideThemeContinuation", () -> vars("continuationDecision", "NO_GO"));
    tasks.put("DecideReacquisition", () -> vars("reacquisitionDecision", "CLOSE"));
    tasks.put("DisposeIntellectualProperty", () -> vars("ipDisposition", "MAINTAIN"));
    tasks.put(ThemeLifecycle.TASK_CONSENT_TO_WITHDRAWAL, () -> vars(ThemeLifecycle.WITHDRAWAL_CONSENTED, false));

    messages.put("LicenseeApplicationReceived", () -> vars("applicantCompany", LICENSEE));
    messages.put("FeasibilityStudyConcluded", () -> vars("fsDecision", "PROCEED", "fsDataReference", "FS-BENCH-001"));
    messages.put("ProgressReportSubmitted", () -> vars("milestoneName", LICENCE_MILESTONE, "milestoneAchieved", true,
        "progressReport", "Candidate compound selected on schedule"));
    // sent after the milestone's report: the driver sends messages in this order
    messages.put("ProductLaunched", () -> vars("productName", "Benchinib tablets", "launchDate", inDays(-1)));
  }

  /** The start variables of theme-lifecycle (CONTRACT): an in-scope small-molecule theme. */
  Map<String, Object> startVariables(String title) {
    return vars(ThemeLifecycle.THEME_TITLE, title, ThemeLifecycle.LEAD_RESEARCHER, LEAD_RESEARCHER,
        ThemeLifecycle.INSTITUTION, INSTITUTION, ThemeLifecycle.DISEASE_AREA, "CANCER",
        ThemeLifecycle.MODALITY, "SMALL_MOLECULE", ThemeLifecycle.RESEARCH_STAGE, "LEAD_OPTIMIZATION",
        ThemeLifecycle.SUMMARY, "A kinase inhibitor series from a university laboratory");
  }

  /** Start variables of a theme that eligibility (SC-3) turns away at once: basic research. */
  Map<String, Object> outOfScopeStartVariables(String title) {
    Map<String, Object> variables = startVariables(title);
    variables.put(ThemeLifecycle.RESEARCH_STAGE, "BASIC");
    return variables;
  }

  static String contractKey(String taskKey) {
    return taskKey.startsWith(BaselineModel.TASK_PREFIX)
        ? taskKey.substring(BaselineModel.TASK_PREFIX.length()).replaceFirst("_\\d+$", "")
        : taskKey;
  }

  /**
   * The values that complete a task: by its contract key, or by the id of the baseline's task that
   * mirrors it ({@code Task_EvaluateSeed}, {@code Task_ReportSupportResults_2}).
   */
  Map<String, Object> taskVariables(String taskKey) {
    if (StubStages.isStubTask(contractKey(taskKey))) {
      return StubStages.completion(contractKey(taskKey));
    }
    Supplier<Map<String, Object>> values = tasks.get(contractKey(taskKey));
    if (values == null) {
      throw new IllegalStateException("The benchmark has no happy-path values for task '" + taskKey
          + "': add them to " + HappyPath.class.getName());
    }
    return values.get();
  }

  boolean sends(String messageName) {
    return messages.containsKey(messageName);
  }

  /** The messages the happy path sends, in the order it prefers when several are awaited at once. */
  List<String> messageNames() {
    return List.copyOf(messages.keySet());
  }

  Map<String, Object> messageVariables(String messageName) {
    return messages.get(messageName).get();
  }

  static String inDays(int days) {
    return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.ofHours(9))
        .plusDays(days).truncatedTo(ChronoUnit.SECONDS).format(ISO);
  }

  /** A Json variable, as a portal sends it over REST ({@code "type": "Json"}). */
  static Object json(String value) {
    return org.camunda.spin.plugin.variable.SpinValues.jsonValue(value).create();
  }

  static Map<String, Object> vars(Object... namesAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }

  List<String> taskKeys() {
    return List.copyOf(tasks.keySet());
  }
}
