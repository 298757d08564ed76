package jp.dsnet.themes.migration;

import java.util.List;
import java.util.Map;

/**
 * What {@link RunningInstancesMigration} will do, or did, for the running instances of one
 * process: one entry per older version that still has instances.
 */
public record MigrationReport(String processKey, int targetVersion, String targetDefinitionId, boolean executed,
                              List<SourceVersion> sources) {

  /**
   * @param waitingAt how many instances wait at each activity
   * @param instructions the activity mapping, {@code source -> target}
   * @param problems why these instances cannot be moved (unmapped waits, an invalid plan, a refused instance); empty when they can
   * @param migrated instances moved by this run (0 in a dry run)
   */
  public record SourceVersion(String definitionId, int version, long instances, Map<String, Long> waitingAt,
                              List<String> instructions, List<String> problems, long migrated) {

    public boolean canMigrate() {
      return problems.isEmpty();
    }
  }

  public boolean complete() {
    return sources.stream().allMatch(SourceVersion::canMigrate);
  }

  /** The report as the owner reads it in a terminal (tools/migrate/migrate.sh). */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(executed ? "Migrated" : "Dry run (nothing changed): would migrate").append(" running instances of ")
        .append(processKey).append(" to version ").append(targetVersion).append(" (").append(targetDefinitionId).append(")\n");
    if (sources.isEmpty()) {
      out.append("  No instance runs on an older version.\n");
    }
    for (SourceVersion source : sources) {
      out.append("\nversion ").append(source.version()).append(" (").append(source.definitionId()).append("): ")
          .append(source.instances()).append(" instance(s)");
      if (executed) {
        out.append(", migrated ").append(source.migrated());
      }
      out.append('\n');
      source.waitingAt().forEach((activity, count) -> out.append("  waiting at ").append(activity).append(": ").append(count).append('\n'));
      source.instructions().forEach(i -> out.append("  map ").append(i).append('\n'));
      source.problems().forEach(p -> out.append("  CANNOT MIGRATE: ").append(p).append('\n'));
    }
    if (!executed && !sources.isEmpty()) {
      out.append(complete() ? "\nThe plan is valid. Run again with --execute to migrate.\n"
          : "\nFix the problems above (a developer's change, see docs/process-owners.md); versions with problems are left as they are.\n");
    }
    return out.toString();
  }
}
