package jp.dsnet.themes.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * ADR 0010: a {@code camunda:formRef} with {@code formRefBinding="deployment"} whose form is not
 * in the model's own deployment is bound to the latest deployed version of that form instead.
 * That happens when a process owner deploys a BPMN from Modeler without its forms, and when the
 * process application deploys a changed BPMN alone (deploy-changed-only). Forms that are in the
 * deployment stay bound to it, as the models say.
 */
class FormBindingFallback extends AbstractBpmnParseListener {

  static final String DEPLOYMENT = "deployment";
  static final String LATEST = "latest";

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Deployments never change, so the form ids found in one can be kept. */
  private final Map<String, Set<String>> formIdsByDeployment = new ConcurrentHashMap<>();

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    FormDefinition form = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition().getFormDefinition();
    bindToLatestIfMissing(form, (ProcessDefinitionEntity) activity.getProcessDefinition());
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    bindToLatestIfMissing(processDefinition.getStartFormDefinition(), processDefinition);
  }

  private void bindToLatestIfMissing(FormDefinition form, ProcessDefinitionEntity process) {
    if (form == null || form.getCamundaFormDefinitionKey() == null || !DEPLOYMENT.equals(form.getCamundaFormDefinitionBinding())) {
      return;
    }
    String formId = form.getCamundaFormDefinitionKey().getExpressionText();
    if (!formIdsOf(process.getDeploymentId()).contains(formId)) {
      form.setCamundaFormDefinitionBinding(LATEST);
    }
  }

  private Set<String> formIdsOf(String deploymentId) {
    if (deploymentId == null) {
      return Set.of();
    }
    return formIdsByDeployment.computeIfAbsent(deploymentId, FormBindingFallback::readFormIds);
  }

  /** The ids of the Camunda Forms among the deployment's resources (being deployed or stored). */
  private static Set<String> readFormIds(String deploymentId) {
    CommandContext commandContext = Context.getCommandContext();
    DeploymentEntity deployment = commandContext.getDbEntityManager().getCachedEntity(DeploymentEntity.class, deploymentId);
    if (deployment == null) {
      deployment = commandContext.getDeploymentManager().findDeploymentById(deploymentId);
    }
    Set<String> ids = new HashSet<>();
    if (deployment == null || deployment.getResources() == null) {
      return ids;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (resource.getName().endsWith(".form") && resource.getBytes() != null) {
        try {
          ids.add(JSON.readTree(resource.getBytes()).path("id").asText());
        } catch (IOException e) {
          // not a readable form: the engine's own form deployer reports it
        }
      }
    }
    return ids;
  }
}
