package jp.dsnet.themes.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The raw-engine baseline: one flat process with the same user tasks, message catch events and
 * timers, in the same order, as the application's happy path, and nothing else: no delegate, no
 * listener, no form, no decision, no call activity, no asynchronous continuation. It is written
 * from a recorded path ({@link #write}) and read back as the path it mirrors ({@link #mirrored}).
 */
final class BaselineModel {

  /** Every benchmark baseline's process key starts so; the application's guards are taken off them. */
  static final String KEY_PREFIX = "bench-";
  static final String PROCESS_KEY = KEY_PREFIX + "baseline";
  static final String RESOURCE = "bench/bench-baseline.bpmn";
  static final String TASK_PREFIX = "Task_";
  static final String TIMER_DURATION = "P30D";

  private BaselineModel() {
  }

  /** A flat model mirroring the user tasks, messages and timers of {@code path}, with diagram layout. */
  static String write(List<Step> path) {
    List<Step> mirrored = path.stream().filter(Step::mirroredByBaseline).toList();
    List<String[]> nodes = new ArrayList<>(); // id, kind, name
    Map<String, Integer> seen = new HashMap<>();
    Set<String> messages = new LinkedHashSet<>();
    nodes.add(new String[] {"StartEvent_Started", "start", "Started"});
    int timers = 0;
    for (Step step : mirrored) {
      switch (step.kind()) {
        case TASK -> {
          int n = seen.merge(step.name(), 1, Integer::sum);
          nodes.add(new String[] {TASK_PREFIX + step.name() + (n > 1 ? "_" + n : ""), "task", step.name()});
        }
        case MESSAGE -> {
          int n = seen.merge("Message " + step.name(), 1, Integer::sum);
          messages.add(step.name());
          nodes.add(new String[] {"Event_" + step.name() + (n > 1 ? "_" + n : ""), "message", step.name()});
        }
        case TIMER -> nodes.add(new String[] {"Event_Timer" + (++timers), "timer", "Timer " + timers + " (" + step.name() + ")"});
        default -> throw new IllegalArgumentException(step.toString());
      }
    }
    nodes.add(new String[] {"EndEvent_Ended", "end", "Ended"});

    StringBuilder process = new StringBuilder();
    StringBuilder diagram = new StringBuilder();
    int x = 160;
    int[] centers = new int[nodes.size()];
    for (int i = 0; i < nodes.size(); i++) {
      String[] node = nodes.get(i);
      String in = i > 0 ? "      <bpmn:incoming>" + flowId(i) + "</bpmn:incoming>\n" : "";
      String out = i < nodes.size() - 1 ? "      <bpmn:outgoing>" + flowId(i + 1) + "</bpmn:outgoing>\n" : "";
      String name = escape(node[2]);
      boolean task = node[1].equals("task");
      switch (node[1]) {
        case "start" -> process.append("    <bpmn:startEvent id=\"").append(node[0]).append("\" name=\"").append(name).append("\">\n")
            .append(out).append("    </bpmn:startEvent>\n");
        case "end" -> process.append("    <bpmn:endEvent id=\"").append(node[0]).append("\" name=\"").append(name).append("\">\n")
            .append(in).append("    </bpmn:endEvent>\n");
        case "task" -> process.append("    <bpmn:userTask id=\"").append(node[0]).append("\" name=\"").append(name)
            .append("\" camunda:candidateGroups=\"strategy-office\">\n").append(in).append(out).append("    </bpmn:userTask>\n");
        case "message" -> process.append("    <bpmn:intermediateCatchEvent id=\"").append(node[0]).append("\" name=\"").append(name).append("\">\n")
            .append(in).append(out).append("      <bpmn:messageEventDefinition id=\"MessageEventDefinition_").append(node[0])
            .append("\" messageRef=\"Message_").append(node[2]).append("\" />\n    </bpmn:intermediateCatchEvent>\n");
        case "timer" -> process.append("    <bpmn:intermediateCatchEvent id=\"").append(node[0]).append("\" name=\"").append(name).append("\">\n")
            .append(in).append(out).append("      <bpmn:timerEventDefinition id=\"TimerEventDefinition_").append(node[0]).append("\">\n")
            .append("        <bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">").append(TIMER_DURATION).append("</bpmn:timeDuration>\n")
            .append("      </bpmn:timerEventDefinition>\n    </bpmn:intermediateCatchEvent>\n");
        default -> throw new IllegalStateException(node[1]);
      }
      int width = task ? 100 : 36;
      int height = task ? 80 : 36;
      centers[i] = x + width / 2;
      diagram.append("      <bpmndi:BPMNShape id=\"").append(node[0]).append("_di\" bpmnElement=\"").append(node[0]).append("\">\n")
          .append("        <dc:Bounds x=\"").append(x).append("\" y=\"").append(120 - height / 2).append("\" width=\"").append(width)
          .append("\" height=\"").append(height).append("\" />\n");
      if (!task) {
        diagram.append("        <bpmndi:BPMNLabel>\n          <dc:Bounds x=\"").append(x - 22).append("\" y=\"145\" width=\"80\" height=\"40\" />\n")
            .append("        </bpmndi:BPMNLabel>\n");
      }
      diagram.append("      </bpmndi:BPMNShape>\n");
      x += width + 50;
    }
    for (int i = 1; i < nodes.size(); i++) {
      process.append("    <bpmn:sequenceFlow id=\"").append(flowId(i)).append("\" sourceRef=\"").append(nodes.get(i - 1)[0])
          .append("\" targetRef=\"").append(nodes.get(i)[0]).append("\" />\n");
      int from = centers[i - 1] + (nodes.get(i - 1)[1].equals("task") ? 50 : 18);
      int to = centers[i] - (nodes.get(i)[1].equals("task") ? 50 : 18);
      diagram.append("      <bpmndi:BPMNEdge id=\"").append(flowId(i)).append("_di\" bpmnElement=\"").append(flowId(i)).append("\">\n")
          .append("        <di:waypoint x=\"").append(from).append("\" y=\"120\" />\n")
          .append("        <di:waypoint x=\"").append(to).append("\" y=\"120\" />\n")
          .append("      </bpmndi:BPMNEdge>\n");
    }
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"")
        .append(" xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\"")
        .append(" xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        .append(" xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" xmlns:modeler=\"http://camunda.org/schema/modeler/1.0\"")
        .append(" id=\"Definitions_BenchBaseline\" targetNamespace=\"http://bpmn.io/schema/bpmn\" exporter=\"Camunda Modeler\"")
        .append(" exporterVersion=\"5.31.0\" modeler:executionPlatform=\"Camunda Platform\" modeler:executionPlatformVersion=\"7.24.0\">\n")
        .append("  <bpmn:process id=\"").append(PROCESS_KEY).append("\" name=\"Benchmark baseline: the raw engine\" isExecutable=\"true\"")
        .append(" camunda:historyTimeToLive=\"P3650D\">\n")
        .append("    <bpmn:documentation>Benchmark only, never deployed by the application: the user tasks, messages and timers of")
        .append(" the theme's happy path (").append(mirrored.size()).append(" steps), in order, without delegates, listeners, forms,")
        .append(" decisions, call activities or asynchronous continuations. Written by jp.dsnet.themes.bench.BaselineModel.</bpmn:documentation>\n")
        .append(process)
        .append("  </bpmn:process>\n");
    for (String message : messages) {
      xml.append("  <bpmn:message id=\"Message_").append(message).append("\" name=\"").append(message).append("\" />\n");
    }
    xml.append("  <bpmndi:BPMNDiagram id=\"BPMNDiagram_BenchBaseline\">\n")
        .append("    <bpmndi:BPMNPlane id=\"BPMNPlane_BenchBaseline\" bpmnElement=\"").append(PROCESS_KEY).append("\">\n")
        .append(diagram)
        .append("    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n");
    return xml.toString();
  }

  /** The user tasks, messages and timers of a flat model, in flow order. */
  static List<Step> mirrored(String xml) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    FlowNode node = model.getModelElementsByType(StartEvent.class).iterator().next();
    List<Step> steps = new ArrayList<>();
    for (int guard = 0; guard < BenchDriver.MAX_STEPS && !(node instanceof EndEvent); guard++) {
      node = node.getOutgoing().iterator().next().getTarget();
      if (node instanceof UserTask task) {
        steps.add(new Step(Step.Kind.TASK, HappyPath.contractKey(task.getId())));
      } else if (node instanceof IntermediateCatchEvent event) {
        if (!event.getChildElementsByType(MessageEventDefinition.class).isEmpty()) {
          steps.add(new Step(Step.Kind.MESSAGE, event.getChildElementsByType(MessageEventDefinition.class).iterator().next().getMessage().getName()));
        } else if (!event.getChildElementsByType(TimerEventDefinition.class).isEmpty()) {
          steps.add(new Step(Step.Kind.TIMER, event.getId()));
        }
      }
    }
    return steps;
  }

  /** Counts of user tasks, timers and each message: what the baseline must have as many of as the path. */
  static Map<String, Integer> signature(List<Step> path) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Step step : path) {
      if (step.mirroredByBaseline()) {
        String key = switch (step.kind()) {
          case TASK -> "userTasks";
          case TIMER -> "timers";
          default -> "message " + step.name();
        };
        counts.merge(key, 1, Integer::sum);
      }
    }
    return counts;
  }

  private static String flowId(int i) {
    return String.format("Flow_%02d", i);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }
}
