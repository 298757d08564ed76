package jp.dsnet.themes.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.dsnet.themes.identity.Groups;
import jp.dsnet.themes.solicitation.SealedBids;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * LS-2: the bids of a theme's tenders, read-only, for the strategy office and its head (and the
 * administrator), once they have been opened at the bid deadline:
 * {@code GET /engine-rest/theme/{themeId}/bids}. Everyone else gets 403 (portals, researchers,
 * partner institutes, managers: "sealed bids excepted"); while the latest tender is still sealed
 * the answer is 409 and shows no bid.
 */
@Component
@Path("/theme")
@Produces(MediaType.APPLICATION_JSON)
public class ThemeBidsResource {

  static final Set<String> READERS = Set.of(Groups.STRATEGY_OFFICE, Groups.STRATEGY_OFFICE_HEAD, Groups.ADMINS);

  private final ProcessEngine engine;
  private final SealedBids bids;

  public ThemeBidsResource(ProcessEngine engine, SealedBids bids) {
    this.engine = engine;
    this.bids = bids;
  }

  @GET
  @Path("/{themeId}/bids")
  public Map<String, Object> bids(@PathParam("themeId") String themeId) {
    Groups.requireAnyOf(engine.getIdentityService().getCurrentAuthentication(), READERS,
        "Only the strategy office and its head read bids (LS-2)");
    List<SealedBids.Tender> tenders = bids.tendersOf(themeId);
    if (tenders.isEmpty()) {
      throw new InvalidRequestException(Status.NOT_FOUND, "Theme '" + themeId + "' has had no tender (入札)");
    }
    SealedBids.Tender latest = tenders.get(0);
    if (!latest.isOpened()) {
      throw new InvalidRequestException(Status.CONFLICT, "The bids of theme '" + themeId + "' are sealed until the bid deadline "
          + latest.bidDeadline() + " has passed and the bids have been opened (LS-2)");
    }
    List<Map<String, Object>> opened = new ArrayList<>();
    for (SealedBids.OpenedTender tender : bids.openedTendersOf(themeId)) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("solicitationInstanceId", tender.tender().solicitationInstanceId());
      t.put("tenderMethod", tender.tender().tenderMethod().name());
      t.put("bidDeadline", tender.tender().bidDeadline());
      t.put("openedAt", tender.tender().openedAt().toString());
      t.put("bids", tender.bids().stream().map(ThemeBidsResource::bid).toList());
      opened.add(t);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("themeId", themeId);
    answer.put("tenders", opened);
    return answer;
  }

  private static Map<String, Object> bid(SealedBids.Bid bid) {
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("sequence", bid.sequence());
    b.put("bidderCompany", bid.bidderCompany());
    b.put("bidAmount", bid.bidAmount());
    b.put("bidTerms", bid.bidTerms());
    b.put("submittedAt", bid.submittedAt().toString());
    return b;
  }
}
