package jp.dsnet.themes.rest;

import jakarta.ws.rs.ApplicationPath;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API at {@code /engine-rest}, with Camunda's three catch-all exception mappers
 * replaced by {@link ClientErrorExceptionMapper}, and the application's own read-only resources.
 */
@Component
@ApplicationPath("/engine-rest")
public class ThemesJerseyConfig extends CamundaJerseyResourceConfig {

  private static final Set<Class<?>> REPLACED =
      Set.of(ExceptionHandler.class, ProcessEngineExceptionHandler.class, RestExceptionHandler.class);

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    registerClasses(CamundaRestResources.getConfigurationClasses().stream()
        .filter(c -> !REPLACED.contains(c)).collect(Collectors.toSet()));
    register(JacksonFeature.class);
    register(ClientErrorExceptionMapper.class);
    register(IncomeSplitResource.class);
    register(VariablesInResponseFilter.class);
    register(ThemeBidsResource.class);
    register(ThemeResource.class);
    register(ThemePortfolioResource.class);
    register(MigrationResource.class);
  }
}
