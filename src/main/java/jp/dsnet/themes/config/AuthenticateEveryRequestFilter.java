package jp.dsnet.themes.config;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's filter lets the list of engines ({@code /engine-rest/engine}) through without
 * credentials; the contract wants no anonymous access at all.
 */
public class AuthenticateEveryRequestFilter extends ProcessEngineAuthenticationFilter {

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }
}
