package jp.dsnet.themes.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.dsnet.themes.portfolio.PortfolioFigures;
import jp.dsnet.themes.portfolio.PortfolioFigures.Figures;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * {@code GET /engine-rest/theme-portfolio}: the network's figures for the council (themes by stage
 * and status, adoption rate, median days in stage, licences, income), read-only, for the same
 * readers as {@link ThemeResource}.
 */
@Component
@Path("/theme-portfolio")
@Produces(MediaType.APPLICATION_JSON)
public class ThemePortfolioResource {

  private final IdentityService identity;
  private final PortfolioFigures figures;

  public ThemePortfolioResource(IdentityService identity, PortfolioFigures figures) {
    this.identity = identity;
    this.figures = figures;
  }

  @GET
  public Figures figures() {
    ThemeResource.requireReader(identity.getCurrentAuthentication(), "The portfolio's figures");
    return figures.figures();
  }
}
