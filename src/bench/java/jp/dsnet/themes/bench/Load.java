package jp.dsnet.themes.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * A closed-loop load: {@code clients} threads each send one request after the other for a fixed
 * time (and at most {@code maxPerClient} requests), on loopback; latencies are measured per
 * request on the client.
 */
final class Load {

  private Load() {
  }

  record Result(int clients, int requests, int errors, double seconds, double p50Ms, double p99Ms, double meanMs,
                String firstError, long[] latenciesNanos) {

    double perSecond() {
      return requests / seconds;
    }

    Result plus(Result other) {
      long[] all = Arrays.copyOf(latenciesNanos, latenciesNanos.length + other.latenciesNanos.length);
      System.arraycopy(other.latenciesNanos, 0, all, latenciesNanos.length, other.latenciesNanos.length);
      return of(clients, errors + other.errors, seconds + other.seconds, firstError != null ? firstError : other.firstError, all);
    }

    Map<String, Object> json() {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("p50_ms", Report.round(p50Ms));
      json.put("p99_ms", Report.round(p99Ms));
      json.put("per_s", Report.round(perSecond()));
      json.put("mean_ms", Report.round(meanMs));
      json.put("requests", requests);
      json.put("errors", errors);
      return json;
    }

    static Result of(int clients, int errors, double seconds, String firstError, long[] latencies) {
      long[] sorted = latencies.clone();
      Arrays.sort(sorted);
      double mean = sorted.length == 0 ? 0 : Arrays.stream(sorted).average().orElse(0) / 1e6;
      return new Result(clients, sorted.length, errors, seconds, percentile(sorted, 0.50), percentile(sorted, 0.99), mean,
          firstError, sorted);
    }
  }

  /**
   * @param requestFor builds the n-th request (n counts over all clients)
   */
  static Result run(Http http, int clients, double seconds, int maxPerClient, IntFunction<HttpRequest> requestFor) {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger counter = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    List<Future<long[]>> futures = new ArrayList<>();
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        long[] latencies = new long[maxPerClient];
        int n = 0;
        while (n < maxPerClient && System.nanoTime() < end) {
          HttpRequest request = requestFor.apply(counter.getAndIncrement());
          long t0 = System.nanoTime();
          HttpResponse<String> response = http.send(request);
          latencies[n++] = System.nanoTime() - t0;
          if (response.statusCode() / 100 != 2) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, response.statusCode() + " " + response.body());
          }
        }
        return Arrays.copyOf(latencies, n);
      }));
    }
    List<long[]> perClient = new ArrayList<>();
    try {
      for (Future<long[]> future : futures) {
        perClient.add(future.get(Math.round(seconds) + 120, TimeUnit.SECONDS));
      }
    } catch (Exception e) {
      throw new IllegalStateException("Load with " + clients + " clients failed", e);
    } finally {
      pool.shutdownNow();
    }
    double wall = (System.nanoTime() - start) / 1e9;
    long[] all = perClient.stream().flatMapToLong(Arrays::stream).toArray();
    return Result.of(clients, errors.get(), wall, firstError.get(), all);
  }

  static double percentile(long[] sortedNanos, double p) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
  }
}
