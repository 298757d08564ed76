package jp.dsnet.themes.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gate reads Camunda's command classes by field name and recognises the administrators'
 * commands by class name: both must exist in the engine version in use, or an upgrade would open
 * the gate without a word.
 */
class SubmissionGateCommandsTest {

  @ParameterizedTest(name = "{0}.{1}")
  @CsvSource({"CompleteTaskCmd, taskId", "CompleteTaskCmd, variables", "SubmitTaskFormCmd, taskId",
      "SubmitTaskFormCmd, properties", "StartProcessInstanceCmd, instantiationBuilder",
      "StartProcessInstanceAtActivitiesCmd, instantiationBuilder", "SubmitStartFormCmd, processDefinitionId",
      "SubmitStartFormCmd, variables", "AbstractCorrelateMessageCmd, builder", "AbstractCorrelateMessageCmd, variablesInResultEnabled"})
  void everyFieldTheGateReads_exists(String command, String field) {
    Class<?> type = switch (command) {
      case "CompleteTaskCmd" -> CompleteTaskCmd.class;
      case "SubmitTaskFormCmd" -> SubmitTaskFormCmd.class;
      case "StartProcessInstanceCmd" -> StartProcessInstanceCmd.class;
      case "StartProcessInstanceAtActivitiesCmd" -> StartProcessInstanceAtActivitiesCmd.class;
      case "SubmitStartFormCmd" -> SubmitStartFormCmd.class;
      default -> AbstractCorrelateMessageCmd.class;
    };
    assertThatCode(() -> CommandFields.find(type, field)).doesNotThrowAnyException();
  }

  @Test
  void everyAdministratorsOnlyCommand_isACommandOfTheEngine() throws IOException, URISyntaxException {
    Path jar = Path.of(CompleteTaskCmd.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> engineCommands;
    try (JarFile file = new JarFile(jar.toFile())) {
      engineCommands = file.stream().map(e -> e.getName()).filter(n -> n.endsWith("Cmd.class"))
          .map(n -> n.substring(n.lastIndexOf('/') + 1, n.length() - ".class".length())).collect(Collectors.toSet());
    }
    assertThat(engineCommands).containsAll(SubmissionGate.ADMINISTRATORS_ONLY);
  }
}
