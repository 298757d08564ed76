package jp.dsnet.themes.infra.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, as a person uses the Camunda webapps:
 * log in, open a page, wait for what they would see, take a screenshot of it.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  static final String MISSING = "The browser tests need Debian's Chromium and its driver at " + CHROMIUM + " and " + CHROMEDRIVER
      + ". Run the whole suite with `bash .ci/run` (it installs them), or `apt-get install chromium chromium-driver`, "
      + "or leave these tests out knowingly with -DexcludedTestGroups=browser (see docs/testing.md).";

  private final String baseUrl;
  private final Path profile;
  private final WebDriver driver;
  private final WebDriverWait wait;

  Browser(String baseUrl) {
    this(baseUrl, "en-US");
  }

  /**
   * A browser whose language is {@code language} (a BCP 47 tag such as ja-JP): Chromium's UI
   * language and the first of its Accept-Language, which the webapps read as navigator.languages[0].
   */
  Browser(String baseUrl, String language) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(MISSING);
    }
    this.baseUrl = baseUrl;
    try {
      this.profile = Files.createTempDirectory("themes-chromium-");
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=" + language);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    this.driver = new ChromeDriver(options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(45));
  }

  /** Logs in to one of the webapps (tasklist, cockpit, admin) as a demo user (password demo). */
  void logIn(String app, String user) {
    driver.manage().deleteAllCookies();
    driver.get(baseUrl + "/camunda/app/" + app + "/default/#/login");
    visible(By.cssSelector("input[ng-model=username]")).sendKeys(user);
    driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys("demo");
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(d -> !d.getCurrentUrl().contains("/login"));
  }

  void open(String app, String route) {
    driver.get(baseUrl + "/camunda/app/" + app + "/default/#" + route);
  }

  WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** The form-js field of a Camunda Form whose key is this variable (ids end in -Field_&lt;key&gt;). */
  WebElement field(String key) {
    return visible(By.cssSelector("[id$='-Field_" + key + "']"));
  }

  WebElement fieldError(String key) {
    return visible(By.cssSelector("[id$='-Field_" + key + "-error-message']"));
  }

  void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    wait.until(condition);
  }

  WebDriver driver() {
    return driver;
  }

  void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
  }

  /** Saves what the page shows now to target/screenshots/NAME.png; returns the file. */
  Path screenshot(String name) {
    Path file = SCREENSHOTS.resolve(name + ".png");
    try {
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temporary profile; the OS cleans /tmp
      }
    }
  }
}
