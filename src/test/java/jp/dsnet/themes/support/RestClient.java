package jp.dsnet.themes.support;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Talks to {@code /engine-rest} as one user with HTTP Basic, the way an external portal or a
 * Tasklist user would. Variables are sent in Camunda's REST format; types are inferred
 * (String, Boolean, Long for whole numbers, Json for lists and maps).
 */
public final class RestClient {

  private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  private final TestRestTemplate rest;
  private final String baseUrl;
  private final String user;
  private final String password;

  public RestClient(TestRestTemplate rest, String baseUrl, String user, String password) {
    this.rest = rest;
    this.baseUrl = baseUrl;
    this.user = user;
    this.password = password;
  }

  public ResponseEntity<Map<String, Object>> post(String path, Object body) {
    return rest.exchange(baseUrl + path, HttpMethod.POST, new HttpEntity<>(body, headers()), MAP);
  }

  /** PUT, answering the status (Camunda's PUTs answer 204 without a body). */
  public int put(String path, Object body) {
    return rest.exchange(baseUrl + path, HttpMethod.PUT, new HttpEntity<>(body, headers()), String.class).getStatusCode().value();
  }

  public ResponseEntity<Map<String, Object>> getObject(String path) {
    return rest.exchange(baseUrl + path, HttpMethod.GET, new HttpEntity<>(headers()), MAP);
  }

  public ResponseEntity<List<Map<String, Object>>> getList(String path) {
    return rest.exchange(baseUrl + path, HttpMethod.GET, new HttpEntity<>(headers()), LIST);
  }

  public ResponseEntity<String> get(String path) {
    return rest.exchange(baseUrl + path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
  }

  /** POST /process-definition/key/{key}/start with a business key. */
  public ResponseEntity<Map<String, Object>> startTheme(String processKey, String themeId, Map<String, Object> variables) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("businessKey", themeId);
    body.put("variables", toRest(variables));
    return post("/process-definition/key/" + processKey + "/start", body);
  }

  /** POST /message correlating by business key. */
  public ResponseEntity<Map<String, Object>> message(String messageName, String themeId, Map<String, Object> variables) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messageName", messageName);
    body.put("businessKey", themeId);
    body.put("processVariables", toRest(variables));
    return post("/message", body);
  }

  /** The open tasks of a theme that this user may see. */
  public List<Map<String, Object>> tasks(String themeId) {
    return getList("/task?processInstanceBusinessKey=" + themeId).getBody();
  }

  /** The id of the theme's open task with this key, waiting (bounded) for it to appear. */
  public String awaitTask(String themeId, String taskKey) {
    return await(() -> getList("/task?processInstanceBusinessKey=" + themeId + "&taskDefinitionKey=" + taskKey).getBody()
        .stream().map(t -> (String) t.get("id")).findFirst().orElse(null), "task " + taskKey + " of " + themeId);
  }

  public ResponseEntity<Map<String, Object>> complete(String taskId, Map<String, Object> variables) {
    return post("/task/" + taskId + "/complete", Map.of("variables", toRest(variables)));
  }

  /** Polls until the supplier gives a non-null value, for at most 30 seconds. */
  public static <T> T await(Supplier<T> probe, String what) {
    return Awaitility.await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
        .until(probe::get, Objects::nonNull);
  }

  public static Map<String, Object> toRest(Map<String, Object> variables) {
    Map<String, Object> out = new LinkedHashMap<>();
    variables.forEach((name, value) -> {
      Map<String, Object> v = new LinkedHashMap<>();
      if (value instanceof List<?> || value instanceof Map<?, ?>) {
        v.put("value", Json.write(value));
        v.put("type", "Json");
      } else {
        v.put("value", value);
        if (value instanceof Long || value instanceof Integer) {
          v.put("type", "Long");
        } else if (value instanceof Boolean) {
          v.put("type", "Boolean");
        } else if (value instanceof String) {
          v.put("type", "String");
        }
      }
      out.put(name, v);
    });
    return out;
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, password);
    }
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    return headers;
  }

  /** Minimal JSON writing for Json variables. */
  static final class Json {
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    static String write(Object value) {
      try {
        return MAPPER.writeValueAsString(value);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalArgumentException(e);
      }
    }
  }
}
