package jp.dsnet.themes.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import jp.dsnet.themes.identity.Groups;
import jp.dsnet.themes.income.IncomeSplitLedger;
import jp.dsnet.themes.income.IncomeSplitLedger.RecordedSplit;
import jp.dsnet.themes.lifecycle.ThemeRegistry;
import jp.dsnet.themes.validation.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * {@code GET /engine-rest/theme/{themeId}/income-splits}: LS-7, LS-5, IR-4, how each licence
 * payment of a theme was split among the institutions, oldest first. Read-only; for managers, the
 * strategy office, its head and administrators (403 for everyone else, 401 without credentials).
 */
@Component
@Path("/theme")
@Produces(MediaType.APPLICATION_JSON)
public class IncomeSplitResource {

  static final Set<String> READERS = ThemeResource.READERS;

  /** One payment and its parts, as the resource answers it. */
  public record IncomeSplitDto(String paymentKind, String milestoneName, String licensee, String licenseAgreementReference,
                               long paymentAmount, String recordedAt, List<PartDto> parts) {

    static IncomeSplitDto of(RecordedSplit split) {
      return new IncomeSplitDto(split.payment().kind().name(), split.payment().milestoneName(), split.payment().licensee(),
          split.payment().licenseAgreementReference(), split.payment().amount(), split.recordedAt().toString(),
          split.parts().stream().map(p -> new PartDto(p.institution(), p.sharePercent(), p.amount())).toList());
    }
  }

  /** One institution's part of a payment, in whole yen. */
  public record PartDto(String institution, BigDecimal sharePercent, long amount) {
  }

  private final IdentityService identity;
  private final IncomeSplitLedger ledger;

  public IncomeSplitResource(IdentityService identity, IncomeSplitLedger ledger) {
    this.identity = identity;
    this.ledger = ledger;
  }

  @GET
  @Path("/{themeId}/income-splits")
  public List<IncomeSplitDto> incomeSplits(@PathParam("themeId") String themeId) {
    Groups.requireAnyOf(identity.getCurrentAuthentication(), READERS,
        "The income splits of a theme (LS-7) are read by managers, the strategy office, its head and administrators only");
    if (!ThemeRegistry.THEME_ID.matcher(themeId).matches()) {
      throw new InvalidInputException("themeId", "must match " + ThemeRegistry.THEME_ID.pattern() + ", was '" + themeId + "'");
    }
    return ledger.of(themeId).stream().map(IncomeSplitDto::of).toList();
  }
}
