package jp.dsnet.themes.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the REST integration tests ({@code *IT}, run by failsafe in {@code mvn verify}): the
 * whole application on a random port with the demo users and the job executor on; tests act over
 * {@code /engine-rest} with HTTP Basic as the contract's users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "it"})
public abstract class RestIntegrationTest {

  @Autowired
  protected TestRestTemplate rest;
  @LocalServerPort
  protected int port;

  /** Task mails go to the test JVM's SMTP server (TaskMailIT reads them). */
  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", TestMailServer::port);
  }

  /** A client acting as one of the demo users (password {@code demo}). */
  protected RestClient as(String user) {
    return new RestClient(rest, "http://localhost:" + port + "/engine-rest", user, "demo");
  }

  protected RestClient anonymous() {
    return new RestClient(rest, "http://localhost:" + port + "/engine-rest", null, null);
  }

  protected static String newThemeId() {
    return "IT-" + java.util.UUID.randomUUID().toString().substring(0, 13).toUpperCase();
  }
}
