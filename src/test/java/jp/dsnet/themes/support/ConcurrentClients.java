package jp.dsnet.themes.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Many portals at once: one thread and one connection per client, all released by one gate so the
 * requests reach the server in the same instant. Each client sends one POST to {@code /engine-rest}.
 */
public final class ConcurrentClients {

  /** One client's answer. */
  public record Answer(int status, String body, long millis) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private ConcurrentClients() {
  }

  /**
   * @param baseUrls the {@code /engine-rest} URLs of the nodes; client i uses node i modulo their number (round-robin)
   * @param bodyOf the JSON body of client i
   */
  public static List<Answer> post(List<String> baseUrls, String path, String user, int clients, IntFunction<Object> bodyOf) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    CountDownLatch gate = new CountDownLatch(1);
    List<Future<Answer>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < clients; i++) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrls.get(i % baseUrls.size()) + path))
            .timeout(Duration.ofSeconds(150)).header("Authorization", auth).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(bodyOf.apply(i)))).build();
        answers.add(threads.submit(() -> {
          gate.await();
          long t0 = System.nanoTime();
          HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
          return new Answer(response.statusCode(), response.body(), (System.nanoTime() - t0) / 1_000_000);
        }));
      }
      gate.countDown();
      List<Answer> result = new ArrayList<>();
      for (Future<Answer> answer : answers) {
        result.add(answer.get(180, TimeUnit.SECONDS));
      }
      return result;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (Exception e) {
      throw new IllegalStateException("A client did not get an answer", e);
    } finally {
      threads.shutdownNow();
    }
  }

  /** The body of {@code POST /message} for a theme, in Camunda's REST format. */
  public static Map<String, Object> message(String messageName, String themeId, Map<String, Object> variables) {
    return Map.of("messageName", messageName, "businessKey", themeId, "processVariables", RestClient.toRest(variables));
  }

  /** How many answers had each status, e.g. {204=100}. */
  public static Map<Integer, Long> statuses(List<Answer> answers) {
    Map<Integer, Long> counts = new TreeMap<>();
    answers.forEach(a -> counts.merge(a.status(), 1L, Long::sum));
    return counts;
  }

  /** A line for the test's output: how many answers of each status, and how long they took. */
  public static String summary(String what, List<Answer> answers) {
    long[] millis = answers.stream().mapToLong(Answer::millis).sorted().toArray();
    return what + ": " + statuses(answers) + ", p50 " + millis[millis.length / 2] + " ms, slowest " + millis[millis.length - 1] + " ms";
  }

  /** The slowest answer's time. */
  public static long slowestMillis(List<Answer> answers) {
    return answers.stream().mapToLong(Answer::millis).max().orElse(0);
  }
}
