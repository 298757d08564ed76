package jp.dsnet.themes.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the benchmark runs on and how much, from system properties ({@code -Dbench.themes=...}),
 * with defaults sized to finish within 10 minutes on 2 cores.
 */
record BenchSettings(
    String database,
    Path projectDir,
    Path outDir,
    Path jar,
    List<String> jvmOptions,
    int lifecycleThemesPerRound,
    int lifecycleRounds,
    int lifecycleWarmup,
    double restSeconds,
    int restRounds,
    int[] concurrency,
    int querySmall,
    int queryLarge,
    double openShare,
    int queryRepeats,
    int cleanupThemes,
    boolean writeBaseline,
    List<String> appArguments) {

  static final String H2 = "h2";
  static final String POSTGRESQL = "postgresql";

  static BenchSettings fromSystemProperties() {
    String database = System.getProperty("bench.database", H2).toLowerCase();
    if (database.equals("postgres")) {
      database = POSTGRESQL;
    }
    if (!database.equals(H2) && !database.equals(POSTGRESQL)) {
      throw new IllegalArgumentException("bench.database must be h2 or postgresql, was " + database);
    }
    Path project = Path.of(System.getProperty("bench.projectDir", ".")).toAbsolutePath().normalize();
    Path out = project.resolve("target/bench");
    String jar = System.getProperty("bench.jar");
    return new BenchSettings(database, project, out,
        jar != null ? Path.of(jar) : findJar(project.resolve("target")),
        jvmOptions(project.resolve("pom.xml")),
        integer("bench.themes", 15), integer("bench.rounds", 4), integer("bench.warmup", 10),
        Double.parseDouble(System.getProperty("bench.restSeconds", "5")), integer("bench.restRounds", 2),
        Arrays.stream(System.getProperty("bench.concurrency", "1,4,16").split(",")).mapToInt(Integer::parseInt).toArray(),
        integer("bench.querySmall", 1000), integer("bench.queryLarge", 10000),
        Double.parseDouble(System.getProperty("bench.openShare", "0.2")), integer("bench.queryRepeats", 40),
        integer("bench.cleanupThemes", 20), Boolean.getBoolean("bench.writeBaseline"),
        // e.g. -Dbench.appArgs=--camunda.bpm.history-level=audit: an experiment, given to both the
        // application in process and the packaged one (comma or space separated)
        System.getProperty("bench.appArgs", "").isBlank() ? List.of()
            : List.of(System.getProperty("bench.appArgs").trim().split("[,\\s]+")));
  }

  boolean postgres() {
    return POSTGRESQL.equals(database);
  }

  /** The README's JVM options: the jvmArguments of the spring-boot-maven-plugin in pom.xml. */
  static List<String> jvmOptions(Path pom) {
    String override = System.getProperty("bench.jvmOptions");
    if (override != null) {
      return List.of(override.trim().split("\\s+"));
    }
    try {
      Matcher matcher = Pattern.compile("<jvmArguments>([^<]*)</jvmArguments>").matcher(Files.readString(pom));
      return matcher.find() ? List.of(matcher.group(1).trim().split("\\s+")) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path findJar(Path target) {
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".jar") && !p.getFileName().toString().endsWith("-plain.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException("No packaged jar in " + target + ": run mvn package first"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int integer(String name, int defaultValue) {
    return Integer.parseInt(System.getProperty(name, String.valueOf(defaultValue)));
  }
}
