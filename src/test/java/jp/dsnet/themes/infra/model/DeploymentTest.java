package jp.dsnet.themes.infra.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.dsnet.themes.support.ProcessTestSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The process application (META-INF/processes.xml) deploys every BPMN, DMN and Camunda Form of
 * {@code processes/} and {@code forms/} as they are in the repository, in one deployment: a form
 * left out would leave its user task without a form in Tasklist (formRefBinding = deployment).
 */
class DeploymentTest extends ProcessTestSupport {

  @Autowired
  RepositoryService repository;

  private static Stream<Path> repositoryFiles() throws IOException {
    return Stream.of(ModelValidationTest.bpmnFiles(), ModelValidationTest.dmnFiles(), ModelValidationTest.formFiles())
        .flatMap(s -> s);
  }

  private Deployment applicationDeployment() {
    List<Deployment> deployments = repository.createDeploymentQuery().deploymentName("drug-discovery-themes")
        .orderByDeploymentTime().desc().list();
    assertThat(deployments).as("deployments of the process application").isNotEmpty();
    return deployments.get(0);
  }

  @Test
  @DisplayName("Every BPMN, DMN and form file of the repository is a resource of the application's deployment")
  void everyModelAndForm_isDeployed() throws IOException {
    Deployment deployment = applicationDeployment();
    Set<String> resources = new HashSet<>(repository.getDeploymentResourceNames(deployment.getId()));

    List<String> expected = repositoryFiles().map(p -> p.getParent().getFileName() + "/" + p.getFileName()).toList();
    assertThat(expected).isNotEmpty();
    assertThat(resources).as("resources of deployment %s", deployment.getName()).containsAll(expected);
  }

  @Test
  @DisplayName("Every process and decision of the repository is deployed as a definition of that deployment")
  void everyProcessAndDecision_isADefinition() throws IOException {
    Deployment deployment = applicationDeployment();
    Set<String> processKeys = new HashSet<>();
    repository.createProcessDefinitionQuery().latestVersion().list().forEach(d -> processKeys.add(d.getKey()));
    Set<String> decisionKeys = new HashSet<>();
    repository.createDecisionDefinitionQuery().latestVersion().list().forEach(d -> decisionKeys.add(d.getKey()));

    for (Path bpmn : ModelValidationTest.bpmnFiles().toList()) {
      Bpmn.readModelFromFile(bpmn.toFile()).getModelElementsByType(Process.class).stream().filter(Process::isExecutable)
          .forEach(p -> assertThat(processKeys).as("process definitions").contains(p.getId()));
    }
    for (Path dmn : ModelValidationTest.dmnFiles().toList()) {
      Dmn.readModelFromFile(dmn.toFile()).getModelElementsByType(Decision.class)
          .forEach(d -> assertThat(decisionKeys).as("decision definitions").contains(d.getId()));
    }
    assertThat(repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).count())
        .as("process definitions in the application's latest deployment").isPositive();
  }
}
