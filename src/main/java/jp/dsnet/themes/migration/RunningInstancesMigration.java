package jp.dsnet.themes.migration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.dsnet.themes.validation.InvalidInputException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.springframework.stereotype.Component;

/**
 * Moves every running instance of one process to its latest version with Camunda's migration
 * API: a plan per older version that maps equal activity ids and updates event triggers (timers,
 * messages), validated before anything moves. A dry run reports the plan; {@link #execute} runs
 * it, one transaction per older version, and leaves a version with a problem as it is. Runs with
 * the caller's authorizations (MIGRATE_INSTANCE on the definitions, READ on the instances).
 */
@Component
public class RunningInstancesMigration {

  private final RepositoryService repository;
  private final RuntimeService runtime;

  public RunningInstancesMigration(RepositoryService repository, RuntimeService runtime) {
    this.repository = repository;
    this.runtime = runtime;
  }

  public MigrationReport plan(String processKey) {
    return run(processKey, false);
  }

  public MigrationReport execute(String processKey) {
    return run(processKey, true);
  }

  private MigrationReport run(String processKey, boolean execute) {
    ProcessDefinition target = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().withoutTenantId().singleResult();
    if (target == null) {
      throw new InvalidInputException("processKey", "no deployed process has the key '" + processKey + "'");
    }
    List<MigrationReport.SourceVersion> sources = new ArrayList<>();
    for (ProcessDefinition source : repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .withoutTenantId().orderByProcessDefinitionVersion().asc().list()) {
      if (source.getVersion() < target.getVersion()) {
        List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).list();
        if (!instances.isEmpty()) {
          sources.add(migrate(source, target, instances, execute));
        }
      }
    }
    return new MigrationReport(processKey, target.getVersion(), target.getId(), execute, sources);
  }

  private MigrationReport.SourceVersion migrate(ProcessDefinition source, ProcessDefinition target, List<ProcessInstance> instances,
                                                boolean execute) {
    Map<String, Long> waitingAt = new TreeMap<>();
    for (ProcessInstance instance : instances) {
      ActivityInstance tree = runtime.getActivityInstance(instance.getId());
      if (tree != null) {
        countWaits(tree, waitingAt);
      }
    }
    List<String> instructions = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    MigrationPlan plan = null;
    try {
      plan = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().updateEventTriggers().build();
      Set<String> mapped = new HashSet<>();
      for (MigrationInstruction instruction : plan.getInstructions()) {
        mapped.add(instruction.getSourceActivityId());
        instructions.add(instruction.getSourceActivityId() + " -> " + instruction.getTargetActivityId());
      }
      waitingAt.keySet().stream().filter(a -> !mapped.contains(a))
          .forEach(a -> problems.add("instances wait at " + a + ", which the new version does not have (same id)"));
    } catch (MigrationPlanValidationException e) {
      e.getValidationReport().getInstructionReports().forEach(r -> problems.add(r.getMigrationInstruction() + ": " + r.getFailures()));
      if (problems.isEmpty()) {
        problems.add(e.getMessage());
      }
    }
    long migrated = 0;
    if (execute && problems.isEmpty()) {
      try {
        runtime.newMigration(plan).processInstanceIds(instances.stream().map(ProcessInstance::getId).toList()).execute();
        migrated = instances.size();
      } catch (MigratingProcessInstanceValidationException e) {
        e.getValidationReport().getActivityInstanceReports()
            .forEach(r -> problems.add("instance " + e.getValidationReport().getProcessInstanceId() + " at " + r.getSourceScopeId() + ": " + r.getFailures()));
        e.getValidationReport().getTransitionInstanceReports()
            .forEach(r -> problems.add("instance " + e.getValidationReport().getProcessInstanceId() + " at " + r.getSourceScopeId() + ": " + r.getFailures()));
        if (problems.isEmpty()) {
          problems.add(e.getMessage());
        }
      }
    }
    return new MigrationReport.SourceVersion(source.getId(), source.getVersion(), instances.size(), waitingAt,
        instructions, problems, migrated);
  }

  /** Every activity an instance is in (scopes and the waits inside them), and asynchronous continuations. */
  private static void countWaits(ActivityInstance scope, Map<String, Long> waitingAt) {
    for (ActivityInstance child : scope.getChildActivityInstances()) {
      waitingAt.merge(child.getActivityId(), 1L, Long::sum);
      countWaits(child, waitingAt);
    }
    for (TransitionInstance transition : scope.getChildTransitionInstances()) {
      waitingAt.merge(transition.getActivityId(), 1L, Long::sum);
    }
  }
}
