package jp.dsnet.themes.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives one theme (or one baseline instance) through the Java API as the people and portals of
 * the contract would: it completes the open user task with the happy path's values, runs the
 * asynchronous continuations the job executor would run at once, correlates the message a waiting
 * event expects (by business key, in the happy path's order), and fires the earliest timer.
 *
 * <p>{@link #discover} finds each step by looking at the instance; {@link #replay} repeats a
 * recorded path with one look-up per step (the task or job to act on), the way a client that
 * knows the process works. Both are bounded.
 */
final class ThemeDriver {

  static final int MAX_STEPS = 400;

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final HistoryService history;
  private final org.camunda.bpm.engine.RepositoryService repository;
  private final HappyPath happyPath;

  ThemeDriver(ProcessEngine engine, HappyPath happyPath) {
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
    this.history = engine.getHistoryService();
    this.repository = engine.getRepositoryService();
    this.happyPath = happyPath;
  }

  /**
   * Starts the first process of the chain and follows the theme to its end, finding each step;
   * after each process of the chain ends, the next one starts with the business key and the
   * variables the previous one ended with (as theme-lifecycle's call activities pass them).
   *
   * @return the steps taken, in order
   */
  List<Step> discover(List<String> chain, String businessKey, Map<String, Object> startVariables) {
    List<Step> steps = new ArrayList<>();
    Map<String, Integer> sent = new HashMap<>();
    Map<String, Object> carried = new LinkedHashMap<>(startVariables);
    for (String processKey : chain) {
      if (processKey != chain.get(0)) {
        steps.add(new Step(Step.Kind.START, processKey));
      }
      String root = runtime.startProcessInstanceByKey(processKey, businessKey, carried).getId();
      follow(root, businessKey, steps, sent);
      carried = endVariables(root);
    }
    return steps;
  }

  private void follow(String root, String businessKey, List<Step> steps, Map<String, Integer> sent) {
    for (int i = 0; i < MAX_STEPS; i++) {
      List<ProcessInstance> open = runtime.createProcessInstanceQuery().rootProcessInstanceId(root).list();
      if (open.isEmpty()) {
        return;
      }
      List<Task> openTasks = tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
          .orderByTaskCreateTime().asc().listPage(0, 1);
      if (!openTasks.isEmpty()) {
        Task task = openTasks.get(0);
        steps.add(new Step(Step.Kind.TASK, task.getTaskDefinitionKey(), processKey(task.getProcessDefinitionId())));
        tasks.complete(task.getId(), happyPath.taskVariables(task.getTaskDefinitionKey()));
        continue;
      }
      // Asynchronous continuations run before the portal's next message, as the job executor runs
      // them at once: a milestone is paid before the launch the licensee reports next.
      List<Job> jobs = management.createJobQuery().rootProcessInstanceId(root).messages().listPage(0, 1);
      if (!jobs.isEmpty()) {
        Job job = jobs.get(0);
        steps.add(new Step(Step.Kind.JOB, activityOf(job), job.getProcessDefinitionKey()));
        management.executeJob(job.getId());
        continue;
      }
      String message = awaitedMessage(open, sent);
      if (message != null) {
        steps.add(new Step(Step.Kind.MESSAGE, message, messageProcess(open, message)));
        sent.merge(message, 1, Integer::sum);
        correlate(message, businessKey);
        continue;
      }
      jobs = management.createJobQuery().rootProcessInstanceId(root).timers().orderByJobDuedate().asc().listPage(0, 1);
      if (!jobs.isEmpty()) {
        Job job = jobs.get(0);
        steps.add(new Step(Step.Kind.TIMER, activityOf(job), job.getProcessDefinitionKey()));
        management.executeJob(job.getId());
        continue;
      }
      throw new IllegalStateException("Theme " + businessKey + " waits for something the benchmark cannot give after "
          + steps + ": open instances " + open.stream().map(ProcessInstance::getProcessDefinitionId).toList()
          + ", message subscriptions " + subscriptions(open) + ", jobs " + management.createJobQuery().processInstanceId(root).list()
          + ", activities " + open.stream().map(p -> runtime.getActiveActivityIds(p.getId())).toList());
    }
    throw new IllegalStateException("Theme " + businessKey + " did not end within " + MAX_STEPS + " steps: " + steps);
  }

  /**
   * Repeats a discovered path for a new theme.
   *
   * @return the id of the first process instance started
   */
  String replay(List<String> chain, List<Step> path, String businessKey, Map<String, Object> startVariables) {
    long t0 = System.nanoTime();
    String first = runtime.startProcessInstanceByKey(chain.get(0), businessKey, startVariables).getId();
    String root = first;
    time("START " + chain.get(0), t0);
    for (Step step : path) {
      long start = System.nanoTime();
      switch (step.kind()) {
        case START -> root = runtime.startProcessInstanceByKey(step.name(), businessKey, endVariables(root)).getId();
        case TASK -> {
          List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
              .taskDefinitionKey(step.name()).listPage(0, 1);
          if (open.isEmpty()) {
            throw new IllegalStateException("Theme " + businessKey + " has no open task " + step.name());
          }
          tasks.complete(open.get(0).getId(), happyPath.taskVariables(step.name()));
        }
        case MESSAGE -> correlate(step.name(), businessKey);
        case JOB, TIMER -> {
          var query = management.createJobQuery().rootProcessInstanceId(root);
          List<Job> jobs = (step.kind() == Step.Kind.TIMER ? query.timers().orderByJobDuedate().asc() : query.messages())
              .listPage(0, 1);
          if (jobs.isEmpty()) {
            throw new IllegalStateException("Theme " + businessKey + " has no " + step);
          }
          management.executeJob(jobs.get(0).getId());
        }
      }
      time(step.toString(), start);
    }
    return first;
  }

  /** Time spent per step of the replayed paths (look-up and command), since the last reset. */
  private final Map<String, long[]> stepNanos = new LinkedHashMap<>();

  private void time(String step, long startNanos) {
    long[] sumAndCount = stepNanos.computeIfAbsent(step, s -> new long[2]);
    sumAndCount[0] += System.nanoTime() - startNanos;
    sumAndCount[1]++;
  }

  /** Mean milliseconds per step, and resets. */
  Map<String, Double> takeStepTimes() {
    Map<String, Double> means = new LinkedHashMap<>();
    stepNanos.forEach((step, sumAndCount) -> means.put(step, Report.round(sumAndCount[0] / 1e6 / sumAndCount[1])));
    stepNanos.clear();
    return means;
  }

  /** True when every process instance of the theme's chain has ended. */
  boolean ended(String businessKey) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() == 0
        && history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0;
  }

  private void correlate(String message, String businessKey) {
    runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey)
        .setVariables(happyPath.messageVariables(message)).correlate();
  }

  private String awaitedMessage(List<ProcessInstance> open, Map<String, Integer> sent) {
    List<String> awaited = subscriptions(open);
    for (String name : happyPath.messageNames()) {
      if (awaited.contains(name) && sent.getOrDefault(name, 0) < HappyPath.MESSAGE_BUDGET.getOrDefault(name, 1)) {
        return name;
      }
    }
    return null;
  }

  private String processKey(String processDefinitionId) {
    return repository.getProcessDefinition(processDefinitionId).getKey();
  }

  /** The key of the process whose instance waits for the message. */
  private String messageProcess(List<ProcessInstance> open, String messageName) {
    for (ProcessInstance instance : open) {
      if (runtime.createEventSubscriptionQuery().processInstanceId(instance.getId()).eventType("message")
          .eventName(messageName).count() > 0) {
        return processKey(instance.getProcessDefinitionId());
      }
    }
    return null;
  }

  private List<String> subscriptions(List<ProcessInstance> open) {
    List<String> names = new ArrayList<>();
    for (ProcessInstance instance : open) {
      for (EventSubscription subscription : runtime.createEventSubscriptionQuery()
          .processInstanceId(instance.getId()).eventType("message").list()) {
        names.add(subscription.getEventName());
      }
    }
    return names;
  }

  private Map<String, Object> endVariables(String processInstanceId) {
    HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    if (ended == null || ended.getEndTime() == null) {
      throw new IllegalStateException("Process instance " + processInstanceId + " has not ended");
    }
    return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list().stream()
        .filter(v -> v.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> b, LinkedHashMap::new));
  }

  private String activityOf(Job job) {
    var definition = job.getJobDefinitionId() == null ? null
        : management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
    return definition != null ? definition.getActivityId() + " (" + definition.getJobType() + ")" : job.getId();
  }
}
