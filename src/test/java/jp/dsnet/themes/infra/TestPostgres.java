package jp.dsnet.themes.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server of the tests tagged {@code postgres}, named by
 * {@code THEMES_TEST_POSTGRES_URL} ({@code jdbc:postgresql://host:port/db}),
 * {@code THEMES_TEST_POSTGRES_USER} and {@code THEMES_TEST_POSTGRES_PASSWORD}; {@code .ci/run}
 * starts one and sets them. Without it those tests fail with {@link #MISSING}, never skip.
 */
public final class TestPostgres {

  public static final String URL_VARIABLE = "THEMES_TEST_POSTGRES_URL";

  public static final String MISSING = "No PostgreSQL server for the tests: " + URL_VARIABLE + " is not set. "
      + "Run the whole suite with `bash .ci/run` (it installs and starts PostgreSQL 15 and sets "
      + URL_VARIABLE + ", THEMES_TEST_POSTGRES_USER and THEMES_TEST_POSTGRES_PASSWORD), or set them to a server "
      + "of your own (jdbc:postgresql://host:port/db, a user with CREATEDB), or leave the PostgreSQL tests out "
      + "knowingly with -DexcludedTestGroups=postgres (see docs/testing.md).";

  /** Connection settings of one database. */
  public record Database(String url, String user, String password, String name) {

    public Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    /** The environment that points a packaged application at this database (Spring Boot's own names). */
    public java.util.Map<String, String> springDatasourceEnvironment() {
      return java.util.Map.of("SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", user,
          "SPRING_DATASOURCE_PASSWORD", password);
    }
  }

  private TestPostgres() {
  }

  /** The configured server's database, or an {@link IllegalStateException} saying how to get one. */
  public static Database require() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(MISSING);
    }
    if (!url.startsWith("jdbc:postgresql://")) {
      throw new IllegalStateException(URL_VARIABLE + " must be a jdbc:postgresql:// URL, was " + url);
    }
    String user = env("THEMES_TEST_POSTGRES_USER", "themes");
    String password = env("THEMES_TEST_POSTGRES_PASSWORD", "themes");
    return new Database(url, user, password, databaseName(url));
  }

  /**
   * A new, empty database on the configured server for one test (a cluster or a crash needs a
   * database no other test writes to); {@link #drop(Database)} removes it.
   */
  public static Database freshDatabase(String purpose) {
    Database server = require();
    String name = ("themes_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    try (Connection connection = server.connect(); Statement sql = connection.createStatement()) {
      sql.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the test database " + name + " on " + server.url()
          + " as " + server.user() + " (the user needs CREATEDB, as .ci/run gives it): " + e.getMessage(), e);
    }
    return new Database(withDatabase(server.url(), name), server.user(), server.password(), name);
  }

  public static void drop(Database database) {
    Database server = require();
    try (Connection connection = server.connect(); Statement sql = connection.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not drop the test database " + database.name() + ": " + e.getMessage(), e);
    }
  }

  static String databaseName(String url) {
    String rest = url.substring("jdbc:postgresql://".length());
    int slash = rest.indexOf('/');
    if (slash < 0) {
      return "postgres";
    }
    int query = rest.indexOf('?', slash);
    return query < 0 ? rest.substring(slash + 1) : rest.substring(slash + 1, query);
  }

  static String withDatabase(String url, String database) {
    String prefix = "jdbc:postgresql://";
    String rest = url.substring(prefix.length());
    int slash = rest.indexOf('/');
    String hostPort = slash < 0 ? rest.split("\\?", 2)[0] : rest.substring(0, slash);
    int query = rest.indexOf('?');
    return prefix + hostPort + "/" + database + (query < 0 ? "" : rest.substring(query));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
