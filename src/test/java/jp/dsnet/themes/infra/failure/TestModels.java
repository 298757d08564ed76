package jp.dsnet.themes.infra.failure;

import org.camunda.bpm.engine.RepositoryService;

/** The test-only models of src/test/resources/infra/ that fail on purpose. */
public final class TestModels {

  private TestModels() {
  }

  /** Deploys infra-half-way and infra-incident (once: unchanged resources are filtered out). */
  public static void deploy(RepositoryService repository) {
    repository.createDeployment().name("infra-failure-tests").enableDuplicateFiltering(true)
        .addClasspathResource("infra/infra-half-way.bpmn").addClasspathResource("infra/infra-incident.bpmn").deploy();
  }
}
