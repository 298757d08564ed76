package jp.dsnet.themes.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged application ({@code java -jar}) started as the README runs it, with the JVM options
 * of the spring-boot-maven-plugin, on a free loopback port; its time to the first answer of
 * {@code /engine-rest} and its resident memory.
 */
final class PackagedApp implements AutoCloseable {

  private final Process process;
  private final int port;
  private final double startupSeconds;

  private PackagedApp(Process process, int port, double startupSeconds) {
    this.process = process;
    this.port = port;
    this.startupSeconds = startupSeconds;
  }

  static PackagedApp start(Path jar, List<String> jvmOptions, List<String> appArguments, Map<String, String> environment,
                           Path log, Duration maxStartup) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toString());
    command.add("--server.port=" + port);
    command.addAll(appArguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    long t0 = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command, e);
    }
    Http http = new Http(port);
    try {
      Awaitility.await("the application to answer").atMost(maxStartup).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
          .until(() -> answers(process, http, log));
    } catch (ConditionTimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException("The application did not answer within " + maxStartup + "; see " + log, e);
    }
    return new PackagedApp(process, port, (System.nanoTime() - t0) / 1e9);
  }

  private static boolean answers(Process process, Http http, Path log) {
    if (!process.isAlive()) {
      throw new IllegalStateException("The application stopped during startup (exit " + process.exitValue() + "); see " + log);
    }
    try {
      return http.send(http.get("admin", "/engine")).statusCode() == 200;
    } catch (IllegalStateException notListeningYet) {
      return false; // connection refused until the web server is up
    }
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  double startupSeconds() {
    return startupSeconds;
  }

  /** VmRSS (resident set) and VmHWM (its peak) from /proc, in MiB; -1 where /proc is absent. */
  double[] residentMemoryMb() {
    Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
    double rss = -1;
    double peak = -1;
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          rss = kilobytes(line) / 1024.0;
        } else if (line.startsWith("VmHWM:")) {
          peak = kilobytes(line) / 1024.0;
        }
      }
    } catch (IOException noProc) {
      // not Linux: reported as -1
    }
    return new double[] {rss, peak};
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static long kilobytes(String line) {
    return Long.parseLong(line.replaceAll("[^0-9]", ""));
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
