package jp.dsnet.themes.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.dsnet.themes.validation.FormCatalog;
import jp.dsnet.themes.validation.FormRules;
import jp.dsnet.themes.validation.InvalidInputException;
import jp.dsnet.themes.validation.MessageVariables;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The one gate that every submission passes, whichever way it comes in ({@code /engine-rest}, the
 * webapps' engine API behind Tasklist and Cockpit, or the Java API on behalf of a user): an engine
 * command interceptor that looks at a command before the engine runs it (ADR 0007).
 *
 * <p>For a command run on behalf of an authenticated user (the engine's own nested commands, its
 * job executor and the application's code run on behalf of nobody and pass):
 * <ul>
 *   <li>every submitted value has a type of the contract and holds no control character
 *       ({@link SubmittedValues}), for administrators too;</li>
 *   <li>a task completion ({@code complete}, {@code submit-form}, {@code resolve}) carries only the
 *       fields of the task's form, read-only ones unchanged; a start only its start form's fields; a
 *       message only its row of {@link MessageVariables}, names its theme by business key and asks
 *       for no variables back; anything else is refused with 400 naming the variable;</li>
 *   <li>the commands that change a theme's variables or its path any other way (variables, local
 *       variables, modification, restart, signals, triggering a subscription, suspension, jobs) are
 *       the administrators' only: 403.</li>
 * </ul>
 * Administrators (Camunda's admin groups and users) keep every command, with checked values.
 * For such a user, a refusal and every {@link InvalidInputException} of the validation listeners
 * leave the gate as a {@link RefusedSubmissionException} (HTTP 400 on both REST APIs); nothing has
 * changed.
 */
public class SubmissionGate extends CommandInterceptor {

  /** Commands that change a running theme other than through its forms and messages. */
  static final Set<String> ADMINISTRATORS_ONLY = Set.of(
      "SetTaskVariablesCmd", "SetExecutionVariablesCmd", "RemoveTaskVariablesCmd", "RemoveExecutionVariablesCmd",
      "PatchTaskVariablesCmd", "PatchExecutionVariablesCmd", "SetVariablesToProcessInstancesBatchCmd",
      "ModifyProcessInstanceCmd", "ModifyProcessInstanceAsyncCmd", "ProcessInstanceModificationCmd",
      "ProcessInstanceModificationBatchCmd", "RestartProcessInstancesCmd", "RestartProcessInstancesBatchCmd",
      "MessageEventReceivedCmd", "SignalCmd", "SignalEventReceivedCmd", "CorrelateAllMessageBatchCmd",
      "EvaluateStartConditionCmd", "CompleteExternalTaskCmd", "HandleExternalTaskFailureCmd", "HandleExternalTaskBpmnErrorCmd",
      "SuspendProcessInstanceCmd", "ActivateProcessInstanceCmd", "UpdateProcessInstancesSuspendStateCmd",
      "UpdateProcessInstancesSuspendStateBatchCmd", "ExecuteJobsCmd", "SetJobDuedateCmd", "SetJobRetriesCmd",
      "RecalculateJobDuedateCmd");

  private final ProcessEngineConfigurationImpl configuration;
  private final FormCatalog forms;

  public SubmissionGate(ProcessEngineConfigurationImpl configuration, FormCatalog forms) {
    this.configuration = configuration;
    this.forms = forms;
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() != null) {
      return next.execute(command); // nested: issued by the engine or by the application's own code
    }
    Authentication user = configuration.getIdentityService().getCurrentAuthentication();
    if (user == null) {
      return next.execute(command); // the application's own code, its tests, the job executor
    }
    try {
      inspect(command, isAdministrator(user));
      return next.execute(command);
    } catch (RefusedSubmissionException | AuthorizationException refused) {
      throw refused;
    } catch (RuntimeException failure) {
      InvalidInputException invalid = invalidInputIn(failure);
      throw invalid == null ? failure : new RefusedSubmissionException(invalid);
    }
  }

  private void inspect(Command<?> command, boolean administrator) {
    if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
      String taskId = CommandFields.read(command, "taskId");
      Map<String, ?> variables = command instanceof SubmitTaskFormCmd
          ? CommandFields.read(command, "properties") : CommandFields.read(command, "variables");
      SubmittedValues.check(variables);
      if (!administrator && variables != null && !variables.isEmpty()) {
        checkTask(taskId, variables);
      }
    } else if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
      ProcessInstantiationBuilderImpl builder = CommandFields.read(command, "instantiationBuilder");
      SubmittedValues.check(builder.getVariables());
      if (!administrator) {
        checkStart(builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(), builder.getVariables());
      }
    } else if (command instanceof SubmitStartFormCmd) {
      Map<String, ?> variables = CommandFields.read(command, "variables");
      SubmittedValues.check(variables);
      if (!administrator) {
        checkStart(CommandFields.read(command, "processDefinitionId"), null, variables);
      }
    } else if (command instanceof AbstractCorrelateMessageCmd) {
      checkMessage(command, administrator);
    } else if (!administrator && ADMINISTRATORS_ONLY.contains(command.getClass().getSimpleName())) {
      throw new AuthorizationException(command.getClass().getSimpleName().replaceFirst("Cmd$", "")
          + " changes a theme other than through its forms and messages: administrators only (docs/security.md)");
    }
  }

  private void checkTask(String taskId, Map<String, ?> submitted) {
    TaskForm form = lookUp(context -> TaskForm.of(context, taskId, forms));
    if (form == null) {
      return; // no such task: the command itself answers 404
    }
    for (Map.Entry<String, ?> variable : submitted.entrySet()) {
      String name = variable.getKey();
      if (!form.rules().keys().contains(name)) {
        throw refused(name, "is not a field of the form of " + form.taskKey() + ", which carries only " + editable(form.rules()));
      }
      if (form.rules().readOnlyKeys().contains(name) && !UnchangedValue.same(variable.getValue(), form.readOnlyValues().get(name))) {
        throw refused(name, "is shown read-only in " + form.taskKey() + " and cannot be changed");
      }
    }
  }

  private void checkStart(String processDefinitionId, String processKey, Map<String, ?> submitted) {
    StartForm start = lookUp(context -> StartForm.of(context, processDefinitionId, processKey));
    if (start == null) {
      return; // no such process: the command itself answers 404
    }
    Set<String> allowed = start.formId() == null ? Set.of()
        : forms.find(start.formId()).map(FormRules::keys).orElse(Set.of());
    for (String name : submitted == null ? Set.<String>of() : submitted.keySet()) {
      if (!allowed.contains(name)) {
        throw refused(name, "is not a start variable of " + start.processKey() + ", which takes only " + new TreeSet<>(allowed));
      }
    }
  }

  private void checkMessage(Command<?> command, boolean administrator) {
    MessageCorrelationBuilderImpl builder = CommandFields.read(command, "builder");
    Map<String, Map<String, ?>> payload = new LinkedHashMap<>();
    payload.put("processVariables", builder.getPayloadProcessInstanceVariables());
    payload.put("processVariablesLocal", builder.getPayloadProcessInstanceVariablesLocal());
    payload.put("processVariablesToTriggeredScope", builder.getPayloadProcessInstanceVariablesToTriggeredScope());
    payload.values().forEach(SubmittedValues::check);
    if (administrator) {
      return;
    }
    String messageName = builder.getMessageName();
    Set<String> allowed = MessageVariables.of(messageName).orElseThrow(() ->
        refused("messageName", "'" + messageName + "' is none of the network's messages " + new TreeSet<>(MessageVariables.messageNames())));
    if (command instanceof CorrelateAllMessageCmd) {
      throw refused("all", "a message is correlated with the one theme its businessKey names, never with all");
    }
    if (builder.getProcessInstanceId() != null) {
      throw refused("processInstanceId", "a message names its theme by businessKey, not by process instance");
    }
    if (builder.getBusinessKey() == null || builder.getBusinessKey().isBlank()) {
      throw refused("businessKey", "is required: a message names its theme");
    }
    if (Boolean.TRUE.equals(CommandFields.read(command, "variablesInResultEnabled"))) {
      throw refused("variablesInResultEnabled", "only administrators may have process variables returned");
    }
    for (Map<String, ?> variables : payload.values()) {
      for (String name : variables == null ? Set.<String>of() : variables.keySet()) {
        if (!allowed.contains(name)) {
          throw refused(name, messageName + " carries only " + new TreeSet<>(allowed));
        }
      }
    }
  }

  /** Runs a read of the engine's state in a command of its own, without the user's authorizations. */
  private <T> T lookUp(Command<T> read) {
    try {
      return next.execute(context -> {
        context.disableAuthorizationCheck();
        try {
          return read.execute(context);
        } finally {
          context.enableAuthorizationCheck();
        }
      });
    } catch (ProcessEngineException unknown) {
      return null; // an unknown task or process: the command itself answers as Camunda does
    }
  }

  private boolean isAdministrator(Authentication user) {
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    List<String> adminGroups = configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups();
    List<String> adminUsers = configuration.getAdminUsers() == null ? List.of() : configuration.getAdminUsers();
    return adminUsers.contains(user.getUserId()) || groups.stream().anyMatch(adminGroups::contains);
  }

  private static List<String> editable(FormRules rules) {
    List<String> editable = new ArrayList<>(rules.keys());
    editable.removeAll(rules.readOnlyKeys());
    return editable;
  }

  private static RefusedSubmissionException refused(String variable, String problem) {
    return new RefusedSubmissionException(new InvalidInputException(variable, problem));
  }

  private static InvalidInputException invalidInputIn(Throwable failure) {
    for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        return invalid;
      }
    }
    return null;
  }

  private static String text(Expression expression) {
    return expression == null ? null : expression.getExpressionText();
  }

  /** A task's key, its form and the current values of the form's read-only fields. */
  record TaskForm(String taskKey, FormRules rules, Map<String, Object> readOnlyValues) {

    static TaskForm of(CommandContext context, String taskId, FormCatalog forms) {
      TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        return null;
      }
      FormDefinition form = task.getTaskDefinition() == null ? null : task.getTaskDefinition().getFormDefinition();
      String formId = form == null ? null : text(form.getCamundaFormDefinitionKey());
      FormRules rules = formId == null ? null : forms.find(formId).orElse(null);
      if (rules == null) {
        return new TaskForm(task.getTaskDefinitionKey(), FormRules.none(), Map.of());
      }
      Map<String, Object> readOnly = new LinkedHashMap<>();
      for (String name : rules.readOnlyKeys()) {
        readOnly.put(name, task.getVariable(name));
      }
      return new TaskForm(task.getTaskDefinitionKey(), rules, readOnly);
    }
  }

  /** A process's key and the id of its start form (null without one). */
  record StartForm(String processKey, String formId) {

    static StartForm of(CommandContext context, String processDefinitionId, String processKey) {
      ProcessDefinitionEntity definition = processDefinitionId != null
          ? context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(processDefinitionId)
          : context.getProcessEngineConfiguration().getDeploymentCache().findDeployedLatestProcessDefinitionByKey(processKey);
      if (definition == null) {
        return null;
      }
      FormDefinition form = definition.getStartFormDefinition();
      return new StartForm(definition.getKey(), form == null ? null : text(form.getCamundaFormDefinitionKey()));
    }
  }
}
