package jp.dsnet.themes.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import jp.dsnet.themes.identity.Groups;
import jp.dsnet.themes.migration.MigrationReport;
import jp.dsnet.themes.migration.RunningInstancesMigration;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * {@code /engine-rest/theme-migration/{processKey}}: the project's migration tool for process
 * owners (docs/process-owners.md). GET plans and validates the move of every running instance of
 * the process to its latest version and changes nothing; POST does it. JSON, or the report as
 * text with {@code Accept: text/plain} (tools/migrate/migrate.sh). Process owners and
 * administrators only; the engine checks MIGRATE_INSTANCE as for its own migration API.
 */
@Component
@Path("/theme-migration")
public class MigrationResource {

  static final Set<String> MIGRATORS = Set.of(Groups.PROCESS_OWNERS, Groups.ADMINS);

  private final IdentityService identity;
  private final RunningInstancesMigration migration;

  public MigrationResource(IdentityService identity, RunningInstancesMigration migration) {
    this.identity = identity;
    this.migration = migration;
  }

  @GET
  @Path("/{processKey}")
  @Produces(MediaType.APPLICATION_JSON)
  public MigrationReport plan(@PathParam("processKey") String processKey) {
    allowed();
    return migration.plan(processKey);
  }

  @GET
  @Path("/{processKey}")
  @Produces(MediaType.TEXT_PLAIN)
  public String planAsText(@PathParam("processKey") String processKey) {
    return plan(processKey).toText();
  }

  @POST
  @Path("/{processKey}")
  @Produces(MediaType.APPLICATION_JSON)
  public MigrationReport execute(@PathParam("processKey") String processKey) {
    allowed();
    return migration.execute(processKey);
  }

  @POST
  @Path("/{processKey}")
  @Produces(MediaType.TEXT_PLAIN)
  public String executeAsText(@PathParam("processKey") String processKey) {
    return execute(processKey).toText();
  }

  private void allowed() {
    Groups.requireAnyOf(identity.getCurrentAuthentication(), MIGRATORS,
        "Running themes are migrated by process owners and administrators only");
  }
}
