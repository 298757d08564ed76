package jp.dsnet.themes.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.dsnet.themes.identity.Groups;
import jp.dsnet.themes.lifecycle.ThemeStage;
import jp.dsnet.themes.lifecycle.ThemeStatus;
import jp.dsnet.themes.portfolio.ThemeDossiers;
import jp.dsnet.themes.portfolio.ThemeDossiers.Dossier;
import jp.dsnet.themes.portfolio.ThemeSummaries;
import jp.dsnet.themes.portfolio.ThemeSummaries.Filter;
import jp.dsnet.themes.portfolio.ThemeSummaries.Summary;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * The portfolio for managers (read-only): {@code GET /engine-rest/theme} lists every theme, running
 * and ended, newest first (JSON, or CSV with {@code Accept: text/csv}); {@code GET
 * /engine-rest/theme/{themeId}} is a theme's dossier. For managers, the strategy office, its head
 * and administrators; 403 for everyone else. The same bean answers in Cockpit
 * ({@link jp.dsnet.themes.cockpit.PortfolioCockpitPlugin}).
 */
@Component
@Path("/theme")
public class ThemeResource {

  /** CONTRACT: who reads the portfolio. */
  public static final Set<String> READERS = Set.of(Groups.MANAGERS, Groups.STRATEGY_OFFICE, Groups.STRATEGY_OFFICE_HEAD, Groups.ADMINS);

  static final String TEXT_CSV = "text/csv";
  static final List<String> LIST_FIELDS = List.of("themeId", "themeTitle", "institution", "themeStage", "themeStatus", "startedAt",
      "endedAt", "stageSince", "nextDeadline", "selectedLicensee");

  private final IdentityService identity;
  private final ThemeSummaries summaries;
  private final ThemeDossiers dossiers;

  public ThemeResource(IdentityService identity, ThemeSummaries summaries, ThemeDossiers dossiers) {
    this.identity = identity;
    this.summaries = summaries;
    this.dossiers = dossiers;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<Map<String, Object>> list(@QueryParam("stage") String stage, @QueryParam("status") String status,
                                        @QueryParam("running") String running, @QueryParam("firstResult") Integer firstResult,
                                        @QueryParam("maxResults") Integer maxResults) {
    requireReader(identity.getCurrentAuthentication(), "The theme list");
    return summaries.list(filter(stage, status, running, firstResult, maxResults)).stream().map(ThemeResource::row).toList();
  }

  /** The same rows as CSV with a header line, for spreadsheets (RFC 4180 quoting). */
  @GET
  @Produces(TEXT_CSV + ";qs=0.5")
  public Response csv(@QueryParam("stage") String stage, @QueryParam("status") String status,
                      @QueryParam("running") String running, @QueryParam("firstResult") Integer firstResult,
                      @QueryParam("maxResults") Integer maxResults) {
    StringBuilder csv = new StringBuilder(String.join(",", LIST_FIELDS)).append("\r\n");
    for (Map<String, Object> row : list(stage, status, running, firstResult, maxResults)) {
      csv.append(LIST_FIELDS.stream().map(f -> csvCell(row.get(f))).collect(Collectors.joining(","))).append("\r\n");
    }
    return Response.ok(csv.toString(), TEXT_CSV + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"themes.csv\"").build();
  }

  @GET
  @Path("/{themeId}")
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> dossier(@PathParam("themeId") String themeId) {
    requireReader(identity.getCurrentAuthentication(), "A theme's dossier");
    Dossier dossier = dossiers.of(themeId)
        .orElseThrow(() -> new InvalidRequestException(Status.NOT_FOUND, "themeId: no theme '" + themeId + "'"));
    Map<String, Object> answer = row(dossier.summary());
    answer.put("stages", dossier.stages().stream().map(s -> {
      Map<String, Object> stage = new LinkedHashMap<>();
      stage.put("stage", s.stage());
      stage.put("from", text(s.from()));
      stage.put("to", text(s.to()));
      stage.put("outcome", s.outcome());
      return stage;
    }).toList());
    answer.put("decisions", dossier.decisions().stream().map(d -> {
      Map<String, Object> decision = new LinkedHashMap<>();
      decision.put("taskKey", d.taskKey());
      decision.put("taskName", d.taskName());
      decision.put("completedBy", d.completedBy());
      decision.put("completedAt", text(d.completedAt()));
      decision.put("values", d.values());
      return decision;
    }).toList());
    answer.put("payments", dossier.payments().stream().map(IncomeSplitResource.IncomeSplitDto::of).toList());
    answer.put("rewards", dossier.rewards().stream().map(r -> {
      Map<String, Object> reward = new LinkedHashMap<>();
      reward.put("kind", r.kind().name());
      reward.put("milestone", r.milestone());
      reward.put("recipient", r.recipient());
      reward.put("institution", r.institution());
      reward.put("recordedAt", text(r.recordedAt()));
      return reward;
    }).toList());
    return answer;
  }

  static void requireReader(Authentication user, String what) {
    Groups.requireAnyOf(user, READERS, what + " is read by managers, the strategy office, its head and administrators only");
  }

  private static Filter filter(String stage, String status, String running, Integer firstResult, Integer maxResults) {
    return new Filter(oneOf("stage", stage, ThemeStage.values()), oneOf("status", status, ThemeStatus.values()),
        running == null ? null : Boolean.valueOf(oneOf("running", running, new String[] {"true", "false"})),
        atLeast("firstResult", firstResult, 0), atLeast("maxResults", maxResults, 0));
  }

  private static String oneOf(String parameter, String value, Object[] allowed) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    List<String> names = Arrays.stream(allowed).map(String::valueOf).toList();
    if (!names.contains(value)) {
      throw new InvalidRequestException(Status.BAD_REQUEST, parameter + ": must be one of " + names + ", was '" + value + "'");
    }
    return value;
  }

  private static Integer atLeast(String parameter, Integer value, int min) {
    if (value != null && value < min) {
      throw new InvalidRequestException(Status.BAD_REQUEST, parameter + ": must be " + min + " or more, was " + value);
    }
    return value;
  }

  private static Map<String, Object> row(Summary s) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("themeId", s.themeId());
    row.put("themeTitle", s.themeTitle());
    row.put("institution", s.institution());
    row.put("themeStage", s.themeStage());
    row.put("themeStatus", s.themeStatus());
    row.put("startedAt", text(s.startedAt()));
    row.put("endedAt", text(s.endedAt()));
    row.put("stageSince", text(s.stageSince()));
    row.put("nextDeadline", text(s.nextDeadline()));
    row.put("selectedLicensee", s.selectedLicensee());
    return row;
  }

  /** UTC with milliseconds always written, so the texts sort as the times do (also in a CSV). */
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSX").withZone(ZoneOffset.UTC);

  static String text(Instant at) {
    return at == null ? null : UTC.format(at);
  }

  static String csvCell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    return text.matches("(?s).*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
