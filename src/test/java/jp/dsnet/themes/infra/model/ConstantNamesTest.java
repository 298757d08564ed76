package jp.dsnet.themes.infra.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The naming scheme of constants (docs/architecture.md, "Names in Java"): a constant that holds a
 * model element id is that id in upper snake case, its prefix included ({@code "EndEvent_NoGo"} is
 * {@code END_EVENT_NO_GO}, {@code "Task_OpenBids"} is {@code TASK_OPEN_BIDS}); a user task's id is
 * its contract key without a prefix, so its constant adds {@code TASK_} ({@code "EvaluateSeed"} is
 * {@code TASK_EVALUATE_SEED}); a message's constant is {@code MESSAGE_} and its name.
 */
class ConstantNamesTest {

  private static final Pattern CONSTANT = Pattern.compile("static final String ([A-Z][A-Z0-9_]*) = \"([A-Za-z][A-Za-z0-9_]*)\";");
  private static final Pattern PREFIXED_ID = Pattern.compile("[A-Z][a-z][A-Za-z0-9]*_[A-Z][A-Za-z0-9]*");
  private static final Pattern USER_TASK = Pattern.compile("<bpmn:userTask id=\"([A-Za-z0-9_]+)\"");

  static String upperSnake(String id) {
    return id.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2").toUpperCase();
  }

  private static Stream<Path> files(String dir, String suffix) throws IOException {
    return Files.walk(Path.of(dir)).filter(p -> p.toString().endsWith(suffix));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("a constant holding an element id or message name is named after it (user task keys with TASK_)")
  void constantsAreNamedAfterTheIdTheyHold() throws IOException {
    Set<String> userTasks;
    try (Stream<Path> models = files("processes", ".bpmn")) {
      userTasks = models.flatMap(m -> USER_TASK.matcher(read(m)).results().map(r -> r.group(1))).collect(Collectors.toSet());
    }
    assertThat(userTasks).as("user tasks found in processes/").isNotEmpty();
    Set<String> misnamed = new TreeSet<>();
    int checked = 0;
    try (Stream<Path> sources = files("src", ".java")) {
      for (Path source : sources.toList()) {
        Matcher constant = CONSTANT.matcher(read(source));
        while (constant.find()) {
          String name = constant.group(1);
          String value = constant.group(2);
          String expected = PREFIXED_ID.matcher(value).matches() ? upperSnake(value)
              : userTasks.contains(value) ? "TASK_" + upperSnake(value)
              : name.startsWith("MESSAGE_") ? "MESSAGE_" + upperSnake(value) : null;
          if (expected != null) {
            checked++;
            if (!expected.equals(name)) {
              misnamed.add(source.getFileName() + ": " + name + " = \"" + value + "\" should be " + expected);
            }
          }
        }
      }
    }
    assertThat(checked).as("constants holding element ids").isGreaterThan(50);
    assertThat(misnamed).isEmpty();
  }
}
