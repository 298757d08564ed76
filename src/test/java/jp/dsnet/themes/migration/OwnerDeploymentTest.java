package jp.dsnet.themes.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.dsnet.themes.identity.Groups;
import jp.dsnet.themes.lifecycle.ThemeLifecycle;
import jp.dsnet.themes.postlicensing.ThemeReacquisition;
import jp.dsnet.themes.support.ProcessTestSupport;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * ADR 0010: a process owner deploys a changed BPMN alone, as Camunda Modeler does, and every task
 * and start form of the new version still finds its Camunda Form (bound to the latest deployed
 * form, since the deployment has none); models deployed with their forms keep them.
 */
class OwnerDeploymentTest extends ProcessTestSupport {

  @Autowired
  RepositoryService repository;
  @Autowired
  FormService forms;
  @Autowired
  IdentityService identity;

  private final List<String> deployments = new ArrayList<>();

  /** The process tests share one engine: the owner's versions must not outlive this test. */
  @AfterEach
  void undeployOwnerVersions() {
    identity.clearAuthentication();
    deployments.forEach(id -> repository.deleteDeployment(id, true, true));
  }

  private ProcessDefinition deployAsOwner(String processKey, BpmnModelInstance model) {
    identity.setAuthentication("owner", List.of(Groups.PROCESS_OWNERS));
    try {
      var deployment = repository.createDeployment().name("Modeler deployment of " + processKey).source("Camunda Modeler")
          .addModelInstance(processKey + ".bpmn", model).deployWithResult();
      deployments.add(deployment.getId());
      return deployment.getDeployedProcessDefinitions().get(0);
    } finally {
      identity.clearAuthentication();
    }
  }

  private BpmnModelInstance relabelled(String processKey) {
    ProcessDefinition deployed = repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult();
    return ModelVariants.of(repository.getBpmnModelInstance(deployed.getId())).relabelAll(UserTask.class).model();
  }

  @Test
  @DisplayName("A BPMN deployed by the owner without forms: new instances use it and every task shows its form")
  void bpmnAlone_newVersionUsed_andTasksFindTheirForms() throws Exception {
    ProcessDefinition changed = deployAsOwner(ThemeReacquisition.PROCESS_KEY, relabelled(ThemeReacquisition.PROCESS_KEY));

    ProcessInstance reacquisition = start(ThemeReacquisition.PROCESS_KEY, newThemeId(), Map.of("themeTitle", "Selective KRAS G12D inhibitor",
        "selectedLicensee", "Kansai Pharma", "abandonmentReason", "Portfolio change."));

    assertThat(reacquisition.getProcessDefinitionId()).isEqualTo(changed.getId());
    var task = taskService.createTaskQuery().processInstanceId(reacquisition.getId()).singleResult();
    assertThat(task.getName()).endsWith("revised (改訂)");
    var formRef = forms.getTaskFormData(task.getId()).getCamundaFormRef();
    assertThat(formRef.getKey()).isEqualTo("decide-reacquisition");
    assertThat(formRef.getBinding()).isEqualTo("latest");
    try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
      assertThat(new String(form.readAllBytes())).contains("\"id\": \"decide-reacquisition\"");
    }
  }

  @Test
  @DisplayName("The lifecycle deployed alone keeps its start form (propose-theme) for Tasklist's Start process")
  void lifecycleAlone_keepsItsStartForm() throws Exception {
    ProcessDefinition changed = deployAsOwner(ThemeLifecycle.PROCESS_KEY, relabelled(ThemeLifecycle.PROCESS_KEY));

    assertThat(forms.getStartFormData(changed.getId()).getCamundaFormRef().getBinding()).isEqualTo("latest");
    try (InputStream form = forms.getDeployedStartForm(changed.getId())) {
      assertThat(new String(form.readAllBytes())).contains("\"id\": \"propose-theme\"");
    }
  }

  @Test
  @DisplayName("The application's own deployment, forms included, keeps formRefBinding deployment")
  void applicationDeployment_keepsDeploymentBinding() {
    ProcessInstance reacquisition = start(ThemeReacquisition.PROCESS_KEY, newThemeId(), Map.of("themeTitle", "Selective KRAS G12D inhibitor",
        "selectedLicensee", "Kansai Pharma", "abandonmentReason", "Portfolio change."));
    var task = taskService.createTaskQuery().processInstanceId(reacquisition.getId()).singleResult();

    assertThat(forms.getTaskFormData(task.getId()).getCamundaFormRef().getBinding()).isEqualTo("deployment");
  }
}
