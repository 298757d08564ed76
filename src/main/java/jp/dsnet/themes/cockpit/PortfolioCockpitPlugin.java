package jp.dsnet.themes.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The portfolio in Cockpit for managers (CONTRACT: portfolio for managers), registered through
 * Camunda's plugin SPI (META-INF/services). Cockpit then loads the plugin's front end
 * ({@code plugin-webapp/theme-portfolio/app/plugin.js}, built from {@code cockpit-plugin/}) on its
 * own, and serves {@link PortfolioCockpitRootResource} under
 * {@code /camunda/api/cockpit/plugin/theme-portfolio/}, where the Cockpit session authenticates.
 */
public class PortfolioCockpitPlugin extends AbstractCockpitPlugin {

  public static final String ID = "theme-portfolio";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(PortfolioCockpitRootResource.class);
  }
}
