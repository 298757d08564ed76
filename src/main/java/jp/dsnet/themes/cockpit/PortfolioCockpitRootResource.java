package jp.dsnet.themes.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response.Status;
import jp.dsnet.themes.rest.ThemePortfolioResource;
import jp.dsnet.themes.rest.ThemeResource;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The portfolio's REST resources for Cockpit's front end, with the Cockpit session instead of
 * HTTP Basic: {@code /camunda/api/cockpit/plugin/theme-portfolio/{engine}/theme},
 * {@code .../theme/{themeId}} and {@code .../theme-portfolio}. Cockpit's JAX-RS application is not
 * Spring's, so the locators hand over the very beans that answer under {@code /engine-rest}: one
 * implementation, one group check (the webapp sets the session's user on the engine).
 */
@Path("plugin/" + PortfolioCockpitPlugin.ID)
public class PortfolioCockpitRootResource extends AbstractCockpitPluginRootResource {

  public PortfolioCockpitRootResource() {
    super(PortfolioCockpitPlugin.ID);
  }

  @Path("{engineName}/theme")
  public ThemeResource themes(@PathParam("engineName") String engineName) {
    return bean(engineName, ThemeResource.class);
  }

  @Path("{engineName}/theme-portfolio")
  public ThemePortfolioResource figures(@PathParam("engineName") String engineName) {
    return bean(engineName, ThemePortfolioResource.class);
  }

  private <T> T bean(String engineName, Class<T> type) {
    var context = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    if (!context.getBean(ProcessEngine.class).getName().equals(engineName)) {
      throw new InvalidRequestException(Status.NOT_FOUND, "No process engine '" + engineName + "'");
    }
    return context.getBean(type);
  }
}
