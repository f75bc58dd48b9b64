package io.ocrkit.contract.dashboard;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The mock's dashboard in headless Chromium, read as a person reads it: the text of its tables.
 * Starting it skips the test, saying why, only on a machine without Chromium and its driver
 * ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs them).
 */
final class DashboardPage implements AutoCloseable {

  final WebDriver driver;

  private DashboardPage(WebDriver driver) {
    this.driver = driver;
  }

  static DashboardPage start() {
    Optional<Path> chromedriver = binary("CHROMEDRIVER", "chromedriver");
    Optional<Path> chromium = binary("CHROMIUM", "chromium", "chromium-browser", "google-chrome");
    Assumptions.assumeTrue(chromedriver.isPresent() && chromium.isPresent(),
        "DashboardBrowserTest needs Chromium and chromedriver on the PATH (Debian: apt-get install chromium "
            + "chromium-driver; or set CHROMIUM and CHROMEDRIVER); found chromedriver=" + chromedriver
            + ", chromium=" + chromium);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1440,1100", "--no-first-run", "--disable-extensions");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
    return new DashboardPage(new ChromeDriver(service, options));
  }

  private static Optional<Path> binary(String env, String... names) {
    String given = System.getenv(env);
    if (given != null && Files.isExecutable(Path.of(given))) {
      return Optional.of(Path.of(given));
    }
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isEmpty())
        .flatMap(d -> Stream.of(names).map(n -> Path.of(d, n)))
        .filter(Files::isExecutable).findFirst();
  }

  @Override
  public void close() {
    driver.quit();
  }

  WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // The page replaces its tables as events arrive: an element read a moment ago may be gone.
    wait.ignoring(StaleElementReferenceException.class);
    wait.withMessage(() -> "the page shows: " + text("conn") + ", journal " + text("journal-count") + " "
        + journal().stream().limit(4).toList() + ", faults " + text("faults") + ", action " + text("action-result"));
    return wait;
  }

  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  String text(String id) {
    return (String) script("return document.getElementById(arguments[0]).innerText;", id);
  }

  /** The journal rows' text, newest first, as the page shows them; read in one go. */
  @SuppressWarnings("unchecked")
  List<String> journal() {
    return (List<String>) script(
        "return Array.from(document.querySelectorAll('#journal tbody tr')).map(r => r.innerText);");
  }

  /** The key version column of the newest rows, newest first. */
  @SuppressWarnings("unchecked")
  List<String> keyVersions() {
    return (List<String>) script("const i = Array.from(document.querySelectorAll('#journal thead th'))"
        + ".findIndex(h => h.innerText === 'Key version');"
        + "return Array.from(document.querySelectorAll('#journal tbody tr')).map(r => r.cells[i].innerText);");
  }

  String currentCreditCardVersion() {
    return (String) script("const r = Array.from(document.querySelectorAll('#keys tbody tr'))"
        + ".find(r => r.innerText.includes('credit-card'));"
        + "return r ? r.querySelector('.current-version').innerText : '';");
  }

  /** Opens the detail of the newest journal row whose text contains {@code text}. */
  void openDetail(String text) {
    script("const r = Array.from(document.querySelectorAll('#journal tbody tr')).find(r => r.innerText.includes(arguments[0]));"
        + "r.querySelector('button.open-detail').focus();", text);
    driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
  }

  void click(String id) {
    driver.findElement(By.id(id)).click();
  }
}
