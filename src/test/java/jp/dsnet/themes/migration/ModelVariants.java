package jp.dsnet.themes.migration;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;

/**
 * The changes process owners make, applied with the model API to a copy of a model as it is
 * deployed, so migration tests follow the real models as they change: a relabelled task, an
 * added reminder, an added optional review.
 */
public final class ModelVariants {

  private final BpmnModelInstance model;

  private ModelVariants(BpmnModelInstance model) {
    this.model = model;
  }

  public static ModelVariants of(BpmnModelInstance deployed) {
    byte[] xml = Bpmn.convertToString(deployed).getBytes(StandardCharsets.UTF_8);
    return new ModelVariants(Bpmn.readModelFromStream(new ByteArrayInputStream(xml)));
  }

  public BpmnModelInstance model() {
    return model;
  }

  /** A new label on every element of this type, as an owner edits a name in Modeler. */
  public ModelVariants relabelAll(Class<? extends FlowElement> type) {
    model.getModelElementsByType(type).forEach(e -> e.setName(e.getName() + " - revised (改訂)"));
    return this;
  }

  /** A non-interrupting timer on the task that ends in "Reminder sent" (a reminder that does not stop the work). */
  public ModelVariants addReminder(String userTaskId, String duration) {
    UserTask task = model.getModelElementById(userTaskId);
    task.builder().boundaryEvent("Boundary_Reminder_" + userTaskId).name("Reminder (督促)").cancelActivity(false)
        .timerWithDuration(duration).endEvent("EndEvent_Reminded_" + userTaskId).name("Reminder sent");
    return this;
  }

  /**
   * A review the office may ask for after the node: when {@code reviewWanted} is true the theme
   * waits in user task {@code reviewTaskId}, otherwise it goes on as before (the default flow).
   */
  public ModelVariants addOptionalReview(String afterNodeId, String reviewTaskId) {
    FlowNode after = model.getModelElementById(afterNodeId);
    SequenceFlow next = after.getOutgoing().iterator().next();
    FlowNode target = next.getTarget();
    ExclusiveGateway gateway = model.newInstance(ExclusiveGateway.class);
    gateway.setId("Gateway_ReviewWanted_" + reviewTaskId);
    gateway.setName("Review wanted?");
    ((BaseElement) after.getParentElement()).addChildElement(gateway);
    placeBelow(after, gateway);
    next.setTarget(gateway);
    gateway.getIncoming().add(next);
    target.getIncoming().remove(next);
    gateway.builder().condition("Review wanted", "${execution.getVariable('reviewWanted') == true}")
        .userTask(reviewTaskId).name("Optional review (任意の確認)").connectTo(target.getId())
        .moveToNode(gateway.getId()).sequenceFlowId("Flow_NoReview_" + reviewTaskId).connectTo(target.getId());
    gateway.setDefault(model.getModelElementById("Flow_NoReview_" + reviewTaskId));
    return this;
  }

  /** A diagram shape for a new node, so the model API lays out what it builds from it. */
  private void placeBelow(FlowNode anchor, FlowNode node) {
    BpmnShape anchorShape = (BpmnShape) anchor.getDiagramElement();
    if (anchorShape == null) {
      return;
    }
    BpmnShape shape = model.newInstance(BpmnShape.class);
    shape.setId(node.getId() + "_di");
    shape.setBpmnElement(node);
    Bounds bounds = model.newInstance(Bounds.class);
    bounds.setX(anchorShape.getBounds().getX());
    bounds.setY(anchorShape.getBounds().getY() + 150);
    bounds.setWidth(50);
    bounds.setHeight(50);
    shape.setBounds(bounds);
    anchorShape.getParentElement().addChildElement(shape);
  }
}
