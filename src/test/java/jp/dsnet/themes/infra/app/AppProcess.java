package jp.dsnet.themes.infra.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.dsnet.themes.infra.app.probe.ProbeStep;
import jp.dsnet.themes.support.RestClient;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The packaged application ({@code target/drug-discovery-themes-*.jar}, built by {@code mvn
 * package} before the integration tests) as a separate JVM on a free port: what an operator runs.
 * It can be killed with SIGKILL ({@link #kill()}) to play a crash. The test-only classes of
 * {@code jp.dsnet.themes.infra.app.probe} are added with Spring Boot's {@code loader.path}
 * (PropertiesLauncher), so a test model can call them; the jar itself is not changed.
 */
public final class AppProcess implements AutoCloseable {

  private static final Duration STARTUP = Duration.ofMinutes(4);

  private final String name;
  private final Process process;
  private final int port;
  private final Path log;

  private AppProcess(String name, Process process, int port, Path log) {
    this.name = name;
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** The application jar that {@code mvn package} built. */
  public static Path jar() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("drug-discovery-themes-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("No target/drug-discovery-themes-*.jar: these tests run the packaged "
              + "application; run them with `mvn verify` (which packages first), not with failsafe alone"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts the packaged application and waits until it reports UP.
   *
   * @param name a name for the node, also recorded by the probe steps
   * @param workDir where its log (and whatever else the test puts there) goes
   * @param env environment variables, e.g. THEMES_DATA_DIR or SPRING_DATASOURCE_URL
   * @param args Spring Boot arguments ({@code --spring.profiles.active=...}); the port is chosen here
   */
  public static AppProcess start(String name, Path workDir, Map<String, String> env, Map<String, String> systemProperties,
      List<String> args) {
    int port = freePort();
    Path log = workDir.resolve(name + "-" + port + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
    command.add("-Dinfra.probe.node=" + name);
    command.add("-Dloader.path=" + probeClasses(workDir));
    systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(List.of("-cp", jar().toAbsolutePath().toString(), "org.springframework.boot.loader.launch.PropertiesLauncher"));
    command.add("--server.port=" + port);
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    try {
      AppProcess app = new AppProcess(name, builder.start(), port, log);
      app.awaitUp();
      return app;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies only the probe classes into a directory for loader.path (not all test classes). */
  private static Path probeClasses(Path workDir) {
    try {
      Path source = Path.of(ProbeStep.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      String packagePath = ProbeStep.class.getPackageName().replace('.', '/');
      Path target = workDir.resolve("probe-classes");
      Files.createDirectories(target.resolve(packagePath));
      try (Stream<Path> classes = Files.list(source.resolve(packagePath))) {
        for (Path file : classes.filter(p -> p.toString().endsWith(".class")).toList()) {
          Files.copy(file, target.resolve(packagePath).resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return target.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitUp() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    try {
      Awaitility.await(name + " reports UP").atMost(STARTUP).pollInterval(Duration.ofMillis(500))
          .ignoreExceptionsMatching(e -> e instanceof IOException || e.getCause() instanceof IOException).until(() -> {
            if (!process.isAlive()) {
              throw new AssertionError(name + " exited with " + process.exitValue() + " while starting:\n" + logTail());
            }
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
          });
    } catch (ConditionTimeoutException notUp) {
      kill();
      throw new AssertionError(name + " did not report UP within " + STARTUP + ":\n" + logTail(), notUp);
    }
  }


  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  /** A client of this node's /engine-rest as one of the demo users. */
  public RestClient as(String user) {
    return new RestClient(new TestRestTemplate(), baseUrl() + "/engine-rest", user, "demo");
  }

  /** Deploys a test model over REST as the administrator (the engine keeps it in the database). */
  public void deploy(String resourceName, byte[] content) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "infra-test-" + resourceName);
    parts.add("enable-duplicate-filtering", "true");
    parts.add("deploy-changed-only", "true");
    parts.add("data", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return resourceName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("admin", "demo");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> answer = new TestRestTemplate().postForEntity(baseUrl() + "/engine-rest/deployment/create",
        new HttpEntity<>(parts, headers), String.class);
    assertThat(answer.getStatusCode().is2xxSuccessful()).as("deployment of %s: %s", resourceName, answer.getBody()).isTrue();
  }

  /** PUT on /engine-rest as the administrator (RestClient has no PUT); returns the HTTP status. */
  public int putAsAdmin(String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("admin", "demo");
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new TestRestTemplate().exchange(baseUrl() + "/engine-rest" + path, org.springframework.http.HttpMethod.PUT,
        new HttpEntity<>(body, headers), String.class).getStatusCode().value();
  }

  /** Makes a timer job due now, so the job executor runs it (Camunda's REST date format). */
  public void makeDueNow(String jobId) {
    String now = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
        .format(java.time.OffsetDateTime.now().minusSeconds(1));
    assertThat(putAsAdmin("/job/" + jobId + "/duedate", Map.of("duedate", now))).as("due date of job %s", jobId).isEqualTo(204);
  }

  /** SIGKILL: no shutdown hook, no graceful stop; locks and open transactions are left as they are. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  /** Arguments common to the test nodes: demo users, a quick job executor, little logging. */
  public static List<String> commonArgs(String profiles, Map<String, String> more) {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("spring.profiles.active", profiles);
    args.put("camunda.bpm.job-execution.wait-time-in-millis", "200");
    args.put("camunda.bpm.job-execution.max-wait", "1000");
    args.put("logging.level.root", "WARN");
    args.put("logging.level.org.camunda.bpm.engine.context", "ERROR");
    args.putAll(more);
    List<String> list = new ArrayList<>();
    args.forEach((key, value) -> list.add("--" + key + "=" + value));
    return list;
  }
}
