package jp.dsnet.themes.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Talks to the webapps' own engine API ({@code /camunda/api/engine/engine/default/...}) exactly as
 * Tasklist does in the browser: a real login at {@code /camunda/api/admin/auth/user/default/login/{app}},
 * the session cookie, and Camunda's XSRF token sent back in the {@code X-XSRF-TOKEN} header.
 * None of the {@code /engine-rest} request filters sees this path.
 */
public final class WebappClient {

  /** An answer: status and body (JSON parsed to a map where it is an object). */
  public record Answer(int status, String body) {
    public Map<String, Object> json() {
      try {
        return body == null || body.isBlank() ? Map.of() : JSON.readValue(body, new TypeReference<>() {});
      } catch (IOException notAnObject) {
        return Map.of("raw", body);
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;

  private WebappClient(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Logs in to one of the webapps ({@code tasklist}, {@code cockpit}) as a demo user (password {@code demo}). */
  public static WebappClient logIn(int port, String app, String user) {
    WebappClient client = new WebappClient("http://localhost:" + port + "/camunda");
    client.send(HttpRequest.newBuilder(URI.create(client.base + "/app/" + app + "/default/")).GET()); // XSRF-TOKEN cookie
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
    Answer login = client.send(client.withToken(HttpRequest.newBuilder(URI.create(client.base + "/api/admin/auth/user/default/login/" + app)))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.status() != 200) {
      throw new AssertionError("Login of " + user + " to " + app + " failed: " + login);
    }
    // The login opens a new session with a token of its own, which the next read hands out, as in the browser.
    client.send(HttpRequest.newBuilder(URI.create(client.base + "/api/admin/auth/user/default")).GET());
    return client;
  }

  /** POST to the engine API, e.g. {@code post("/task/" + id + "/submit-form", body)}. */
  public Answer post(String enginePath, Object body) {
    try {
      return send(withToken(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default" + enginePath)))
          .header("Content-Type", "application/json").header("Accept", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public Answer put(String enginePath, Object body) {
    try {
      return send(withToken(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default" + enginePath)))
          .header("Content-Type", "application/json").header("Accept", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public Answer get(String enginePath) {
    return send(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default" + enginePath)).header("Accept", "application/json").GET());
  }

  private HttpRequest.Builder withToken(HttpRequest.Builder request) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
        .reduce((first, second) -> second).map(token -> request.header("X-XSRF-TOKEN", token)).orElse(request);
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
