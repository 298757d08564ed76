package jp.dsnet.themes.infra.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A clone of the repository alone explains itself: every relative link of the Markdown docs points
 * at a file of the repository, and every rule ID cited in models, forms, code and docs is defined
 * in docs/requirements.md.
 */
class DocumentationLinksTest {

  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
  private static final Pattern RULE_ID = Pattern.compile("\\b(SC|IN|AR|LS|LO|AL|IR|SR)-(\\d+)\\b");

  private static Stream<Path> files(String... suffixes) throws IOException {
    return Files.walk(ROOT)
        .filter(p -> !ROOT.relativize(p).toString().matches("(target|\\.git|.*node_modules)(/.*)?"))
        .filter(p -> Stream.of(suffixes).anyMatch(s -> p.toString().endsWith(s)));
  }

  @Test
  @DisplayName("every relative link of the docs resolves inside the repository")
  void relativeLinksResolveInsideTheRepository() throws IOException {
    List<String> broken = new ArrayList<>();
    try (Stream<Path> docs = files(".md")) {
      docs.forEach(doc -> {
        Matcher link = LINK.matcher(read(doc));
        while (link.find()) {
          String target = link.group(1);
          if (target.matches("^[a-z]+:.*")) {
            continue; // http:, mailto: ... are not files of the repository
          }
          Path resolved = doc.getParent().resolve(target).normalize();
          if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
            broken.add(ROOT.relativize(doc) + " -> " + target);
          }
        }
      });
    }
    assertThat(broken).as("links that leave the repository or point at nothing").isEmpty();
  }

  @Test
  @DisplayName("every rule ID cited anywhere is defined in docs/requirements.md")
  void everyCitedRuleIdIsDefined() throws IOException {
    Set<String> defined = new TreeSet<>();
    Matcher definition = Pattern.compile("\\*\\*((SC|IN|AR|LS|LO|AL|IR|SR)-\\d+)\\*\\*")
        .matcher(read(ROOT.resolve("docs/requirements.md")));
    while (definition.find()) {
      defined.add(definition.group(1));
    }
    assertThat(defined).as("rules defined in docs/requirements.md").hasSizeGreaterThan(40);
    Set<String> undefined = new TreeSet<>();
    try (Stream<Path> sources = files(".bpmn", ".dmn", ".form", ".java", ".md")) {
      sources.forEach(file -> {
        Matcher cited = RULE_ID.matcher(read(file));
        while (cited.find()) {
          String id = cited.group(1) + "-" + cited.group(2);
          if (!defined.contains(id)) {
            undefined.add(id + " in " + ROOT.relativize(file));
          }
        }
      });
    }
    assertThat(undefined).as("rule IDs cited but not defined").isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(file.toString(), e);
    }
  }
}
