package jp.dsnet.themes.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Calls {@code /engine-rest} on loopback with HTTP Basic as the contract's demo users. */
final class Http {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String DEMO_PASSWORD = "demo";

  private final HttpClient client;
  private final String baseUrl;

  Http(int port) {
    this.baseUrl = "http://127.0.0.1:" + port + "/engine-rest";
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  HttpRequest.Builder request(String user, String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", basic(user)).header("Accept", "application/json");
  }

  HttpRequest get(String user, String path) {
    return request(user, path).GET().build();
  }

  HttpRequest post(String user, String path, Object body) {
    return request(user, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(body))).build();
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends and insists on a 2xx answer. */
  String call(HttpRequest request) {
    HttpResponse<String> response = send(request);
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** POST /deployment/create with one resource, as multipart/form-data. */
  String deploy(String user, String name, String fileName, String content) {
    String boundary = "bench" + UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    for (String[] field : new String[][] {{"deployment-name", name}, {"deploy-changed-only", "true"}, {"deployment-source", "benchmark"}}) {
      body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
          .append("\"\r\n\r\n").append(field[1]).append("\r\n");
    }
    body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileName)
        .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        .append(content).append("\r\n--").append(boundary).append("--\r\n");
    return call(request(user, "/deployment/create").header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build());
  }

  /** Variables in Camunda's REST format, as a portal sends them. */
  static Map<String, Object> restVariables(Map<String, Object> variables) {
    Map<String, Object> out = new LinkedHashMap<>();
    variables.forEach((name, value) -> {
      Map<String, Object> typed = new LinkedHashMap<>();
      typed.put("value", value);
      typed.put("type", value instanceof Boolean ? "Boolean" : value instanceof Long ? "Long" : "String");
      out.put(name, typed);
    });
    return out;
  }

  static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }
}
