package jp.dsnet.themes.infra.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.dsnet.themes.lifecycle.StageOutcome;
import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import jp.dsnet.themes.validation.FormRules;
import jp.dsnet.themes.validation.InputCheck;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The rules the Java relies on, checked on a model as Modeler saved it; every problem names the
 * file and the element ({@code theme-intake.bpmn#EndEvent_X: ...}) so an owner finds it at once.
 * Used by {@link ModelSafetyNetTest} on the repository's models and on deliberately broken copies.
 */
final class ModelRules {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  /** {@code ${bean}} or {@code ${bean.method(}}: the bean an expression names, and its method. */
  static final Pattern BEAN_EXPRESSION = Pattern.compile("^[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\.\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\()?");
  private static final Pattern STAGE_OUTCOME_LISTENER =
      Pattern.compile("^\\$\\{themeVariables\\.stageOutcome\\(execution, '([A-Z_]+)'\\)}$");
  private static final Pattern LITERAL = Pattern.compile("'([A-Z_]+)'");
  private static final Pattern BOOLEAN_CONDITION = Pattern.compile("^\\$\\{\\s*(!?)\\s*([A-Za-z][A-Za-z0-9]*)\\s*}$");
  private static final Pattern EQUALS_CONDITION =
      Pattern.compile("^\\$\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*==\\s*'([^']+)'(\\s*\\|\\|\\s*\\1\\s*==\\s*'[^']+')*\\s*}$");
  private static final Pattern EQUALS_TERM = Pattern.compile("==\\s*'([^']+)'");

  /** A bean of the application context, and whether it has a public method of that name. */
  interface Beans {
    boolean exists(String bean);

    boolean hasMethod(String bean, String method);
  }

  private final Beans beans;
  private final Function<String, Optional<FormRules>> forms;

  ModelRules(Beans beans, Function<String, Optional<FormRules>> forms) {
    this.beans = beans;
    this.forms = forms;
  }

  /** Every rule that one model must keep on its own. */
  List<String> problems(String file, BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    problems.addAll(beanProblems(file, model));
    problems.addAll(stageOutcomeProblems(file, model));
    problems.addAll(formProblems(file, model));
    problems.addAll(gatewayProblems(file, model));
    return problems;
  }

  // --- every delegate expression and listener names a bean (and its method) ---------------

  /** Every bean expression of the model with the element it belongs to: service tasks, execution and task listeners. */
  static Map<String, List<String>> beanExpressions(BpmnModelInstance model) {
    Map<String, List<String>> byElement = new HashMap<>();
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      String delegate = element.getAttributeValueNs(CAMUNDA_NS, "delegateExpression");
      if (delegate != null) {
        byElement.computeIfAbsent(element.getId(), k -> new ArrayList<>()).add(delegate);
      }
    }
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      add(byElement, owner(listener), listener.getCamundaExpression(), listener.getCamundaDelegateExpression());
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      add(byElement, owner(listener), listener.getCamundaExpression(), listener.getCamundaDelegateExpression());
    }
    return byElement;
  }

  private static void add(Map<String, List<String>> byElement, String element, String... expressions) {
    for (String expression : expressions) {
      if (expression != null) {
        byElement.computeIfAbsent(element, k -> new ArrayList<>()).add(expression);
      }
    }
  }

  /** A listener sits in extensionElements of its element (or of the process). */
  private static String owner(ModelElementInstance listener) {
    ModelElementInstance owner = listener.getParentElement().getParentElement();
    return owner instanceof BaseElement base ? base.getId() : "?";
  }

  List<String> beanProblems(String file, BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    beanExpressions(model).forEach((element, expressions) -> expressions.forEach(expression -> {
      String problem = beanProblem(expression);
      if (problem != null) {
        problems.add(file + "#" + element + ": " + problem);
      }
    }));
    return problems;
  }

  /** Null when the expression names an existing bean (and method); else what is wrong. */
  String beanProblem(String expression) {
    Matcher m = BEAN_EXPRESSION.matcher(expression);
    if (!m.find()) {
      return "expression " + expression + " names no bean (use an element template)";
    }
    if (!beans.exists(m.group(1))) {
      return "expression " + expression + " names no Spring bean '" + m.group(1) + "' (use an element template)";
    }
    if (m.group(2) != null && !beans.hasMethod(m.group(1), m.group(2))) {
      return "expression " + expression + ": bean '" + m.group(1) + "' has no method " + m.group(2);
    }
    return null;
  }

  // --- every end event of a stage sets a stageOutcome the stage may report ----------------

  List<String> stageOutcomeProblems(String file, BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      String key = process.getId();
      if (key.equals(ThemeLifecycle.PROCESS_KEY) || !StageOutcome.processes().contains(key)) {
        continue;
      }
      Set<String> allowed = names(StageOutcome.of(key));
      for (EndEvent end : model.getModelElementsByType(EndEvent.class)) {
        List<String> outcomes = new ArrayList<>();
        for (CamundaExecutionListener listener : end.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.ExtensionElements.class)
            .stream().flatMap(e -> e.getChildElementsByType(CamundaExecutionListener.class).stream()).toList()) {
          Matcher m = STAGE_OUTCOME_LISTENER.matcher(String.valueOf(listener.getCamundaExpression()));
          if (m.matches()) {
            outcomes.add(m.group(1));
          }
        }
        if (outcomes.isEmpty() && endsTheProcess(end)) {
          problems.add(file + "#" + end.getId() + ": ends " + key + " without setting stageOutcome; apply one of the"
              + " element templates 'Stage ends: ...' (allowed here: " + new TreeSet<>(allowed) + ")");
        }
        for (String outcome : outcomes) {
          if (!allowed.contains(outcome)) {
            problems.add(file + "#" + end.getId() + ": stageOutcome '" + outcome + "' is not one " + key
                + " may report (allowed: " + new TreeSet<>(allowed) + "; StageOutcome)");
          }
        }
      }
    }
    return problems;
  }

  /**
   * An end event at the process level, or in an interrupting event subprocess of it; not one that
   * ends a branch running beside another after a parallel split (the other branch ends the process).
   */
  static boolean endsTheProcess(EndEvent end) {
    ModelElementInstance parent = end.getParentElement();
    if (end.getEventDefinitions().stream().anyMatch(d -> d instanceof TerminateEventDefinition)) {
      return parent instanceof Process;
    }
    if (parent instanceof Process) {
      return !afterParallelSplit(end);
    }
    if (parent instanceof SubProcess sub && sub.triggeredByEvent() && sub.getParentElement() instanceof Process) {
      return sub.getChildElementsByType(StartEvent.class).stream().anyMatch(StartEvent::isInterrupting);
    }
    return false;
  }

  /** Walks back from the node; a parallel join ends a path (the branches met again), a parallel split answers yes. */
  private static boolean afterParallelSplit(FlowNode node) {
    Deque<FlowNode> todo = new ArrayDeque<>(List.of(node));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      FlowNode current = todo.pop();
      if (!seen.add(current.getId())) {
        continue;
      }
      if (current instanceof ParallelGateway && current != node) {
        if (current.getOutgoing().size() > 1) {
          return true;
        }
        continue;
      }
      current.getIncoming().forEach(f -> todo.add(f.getSource()));
    }
    return false;
  }

  private static Set<String> names(Collection<StageOutcome> outcomes) {
    Set<String> names = new LinkedHashSet<>();
    outcomes.forEach(o -> names.add(o.name()));
    return names;
  }

  // --- the lifecycle routes every outcome of every stage it calls -------------------------

  List<String> routingProblems(String file, BpmnModelInstance lifecycle) {
    List<String> problems = new ArrayList<>();
    for (CallActivity call : lifecycle.getModelElementsByType(CallActivity.class)) {
      String stage = call.getCalledElement();
      ExclusiveGateway router = firstDecidingGateway(call);
      if (router == null) {
        problems.add(file + "#" + call.getId() + ": no gateway after the call reads the stageOutcome of " + stage);
        continue;
      }
      Set<String> routed = new HashSet<>();
      for (SequenceFlow flow : router.getOutgoing()) {
        if (flow.getConditionExpression() != null && flow.getConditionExpression().getTextContent().contains("stageOutcome")) {
          Matcher m = LITERAL.matcher(flow.getConditionExpression().getTextContent());
          while (m.find()) {
            routed.add(m.group(1));
          }
        }
      }
      for (String outcome : names(StageOutcome.of(stage))) {
        if (!routed.contains(outcome)) {
          problems.add(file + "#" + router.getId() + ": does not route stageOutcome '" + outcome + "' of " + stage
              + " (" + call.getId() + ")");
        }
      }
    }
    return problems;
  }

  /** Follows the flow after a call through joins to the first gateway with conditions. */
  private static ExclusiveGateway firstDecidingGateway(FlowNode from) {
    Deque<FlowNode> todo = new ArrayDeque<>(List.of(from));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      FlowNode node = todo.pop();
      if (!seen.add(node.getId())) {
        continue;
      }
      if (node != from && node instanceof ExclusiveGateway gateway
          && gateway.getOutgoing().stream().anyMatch(f -> f.getConditionExpression() != null)) {
        return gateway;
      }
      node.getOutgoing().forEach(f -> todo.add(f.getTarget()));
    }
    return null;
  }

  // --- every formRef names a form the validation knows ------------------------------------

  List<String> formProblems(String file, BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      String formRef = element.getAttributeValueNs(CAMUNDA_NS, "formRef");
      if (formRef != null && forms.apply(formRef).isEmpty()) {
        problems.add(file + "#" + element.getId() + ": formRef '" + formRef + "' names no form in forms/, so Tasklist"
            + " shows no form and the form's rules are not checked");
      }
    }
    return problems;
  }

  // --- every deciding gateway has a default or a flow for each outcome --------------------

  List<String> gatewayProblems(String file, BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
      List<String> conditions = gateway.getOutgoing().stream().filter(f -> f.getConditionExpression() != null)
          .map(f -> f.getConditionExpression().getTextContent().trim()).toList();
      if (conditions.isEmpty() || gateway.getDefault() != null) {
        continue;
      }
      String missing = uncovered(conditions);
      if (missing != null) {
        problems.add(file + "#" + gateway.getId() + ": has no default flow and no flow for " + missing);
      }
    }
    return problems;
  }

  /** What the conditions leave out, as far as it can be known: a boolean's other value, a select's options. */
  private String uncovered(List<String> conditions) {
    Map<String, Set<String>> booleans = new HashMap<>();
    Map<String, Set<String>> values = new HashMap<>();
    for (String condition : conditions) {
      Matcher b = BOOLEAN_CONDITION.matcher(condition);
      Matcher e = EQUALS_CONDITION.matcher(condition);
      if (b.matches()) {
        booleans.computeIfAbsent(b.group(2), k -> new HashSet<>()).add(b.group(1).isEmpty() ? "true" : "false");
      } else if (e.matches()) {
        Matcher term = EQUALS_TERM.matcher(condition);
        while (term.find()) {
          values.computeIfAbsent(e.group(1), k -> new HashSet<>()).add(term.group(1));
        }
      } else {
        return null; // counts, DMN results, compound rules: not judged here
      }
    }
    if (conditions.size() == 1) {
      return "the case its only condition " + conditions.get(0) + " is false";
    }
    for (var entry : booleans.entrySet()) {
      if (entry.getValue().size() < 2) {
        return entry.getKey() + " = " + (entry.getValue().contains("true") ? "false" : "true");
      }
    }
    for (var entry : values.entrySet()) {
      Set<String> options = options(entry.getKey());
      options.removeAll(entry.getValue());
      if (!options.isEmpty() && !entry.getKey().equals(ThemeLifecycle.STAGE_OUTCOME)) {
        return entry.getKey() + " = " + new TreeSet<>(options);
      }
    }
    return null;
  }

  private final Map<String, Set<String>> optionsCache = new HashMap<>();
  private Collection<String> allFormIds = List.of();

  /** The form ids to read select options from (all forms of forms/). */
  ModelRules withForms(Collection<String> formIds) {
    this.allFormIds = formIds;
    return this;
  }

  private Set<String> options(String variable) {
    return new HashSet<>(optionsCache.computeIfAbsent(variable, v -> {
      Set<String> options = new HashSet<>();
      for (String id : allFormIds) {
        forms.apply(id).ifPresent(rules -> rules.fields().stream().filter(f -> f.key().equals(v))
            .forEach(f -> options.addAll(f.options())));
      }
      return options;
    }));
  }

  // --- every InputCheck names an existing task, message or process ------------------------

  static List<String> appliesToProblems(Collection<InputCheck> checks, Collection<BpmnModelInstance> models) {
    Set<String> keys = new HashSet<>();
    for (BpmnModelInstance model : models) {
      model.getModelElementsByType(UserTask.class).forEach(t -> keys.add(t.getId()));
      model.getModelElementsByType(Message.class).forEach(m -> keys.add(m.getName()));
      model.getModelElementsByType(Process.class).forEach(p -> keys.add(p.getId()));
    }
    List<String> problems = new ArrayList<>();
    for (InputCheck check : checks) {
      for (String key : check.appliesTo()) {
        if (!keys.contains(key)) {
          problems.add(check.getClass().getSimpleName() + ".appliesTo(): '" + key + "' names no user task, message or"
              + " process in processes/, so its checks never run");
        }
      }
    }
    return problems;
  }
}
