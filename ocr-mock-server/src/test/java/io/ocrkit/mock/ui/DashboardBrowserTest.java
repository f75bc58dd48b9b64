package io.ocrkit.mock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.testing.HandClient;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: headless Chromium driven by Selenium, against a running mock
 * that is scanned with the hand client. Skipped, saying so, only on a machine without Chromium and
 * its driver ({@code apt-get install chromium chromium-driver}; {@code .ci/run} installs them).
 */
@Tag("slow")
class DashboardBrowserTest {

  private static MockOcrServer server;
  private static WebDriver driver;

  @BeforeAll
  static void start() {
    Optional<Path> chromedriver = binary("CHROMEDRIVER", "chromedriver");
    Optional<Path> chromium = binary("CHROMIUM", "chromium", "chromium-browser", "google-chrome");
    Assumptions.assumeTrue(chromedriver.isPresent() && chromium.isPresent(),
        "DashboardBrowserTest needs Chromium and chromedriver on the PATH (Debian: apt-get install chromium "
            + "chromium-driver; or set CHROMIUM and CHROMEDRIVER); found chromedriver=" + chromedriver
            + ", chromium=" + chromium);
    server = MockOcrServer.builder().journalCapacity(10_000).build().start();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1440,1000", "--no-first-run", "--disable-extensions");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
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

  private static WebDriverWait waiting() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // The page replaces its tables as events arrive: an element read a moment ago may be gone.
    wait.ignoring(StaleElementReferenceException.class);
    wait.withMessage(() -> "the page shows: " + text("conn") + ", journal " + text("journal-count") + " "
        + journal().stream().limit(3).toList() + ", faults " + text("faults"));
    return wait;
  }

  private static Object script(String js) {
    return ((JavascriptExecutor) driver).executeScript(js);
  }

  private static String text(String id) {
    return (String) script("return document.getElementById('" + id + "').innerText;");
  }

  /** The journal rows' text, newest first, as the page shows them; read in one go. */
  @SuppressWarnings("unchecked")
  private static List<String> journal() {
    return (List<String>) script(
        "return Array.from(document.querySelectorAll('#journal tbody tr')).map(r => r.innerText);");
  }

  private static String currentCreditCardVersion() {
    return (String) script("const r = Array.from(document.querySelectorAll('#keys tbody tr'))"
        + ".find(r => r.innerText.includes('credit-card'));"
        + "return r ? r.querySelector('.current-version').innerText : '';");
  }

  @Test
  void scans_rotation_and_a_fault_appear_live_and_no_secret_is_on_the_page() throws Exception {
    HandClient client = new HandClient(server);
    server.reset();
    driver.get(server.baseUrl().resolve("/mock/ui").toString());
    waiting().until(d -> text("conn").equals("live"));

    // Scans through the emulated service appear without reloading.
    List<HandClient.Answer> answers = List.of(
        client.scan("credit-card", HandClient.png(40, 30, 1)),
        client.scan("credit-card", HandClient.png(40, 30, 2)),
        client.scan("credit-card", HandClient.png(40, 30, 3)));
    byte[] card = HandClient.png(40, 30, 4);
    server.registerFixture(KeyService.ID_CARD, card, DashboardRoutesTest.RESIDENT, true);
    HandClient.Answer idCard = client.scan("id-card", card);
    waiting().until(d -> journal().stream().filter(r -> r.contains("POST credit-card") && r.contains("OK 0 SUCCESS")).count() == 3);
    waiting().until(d -> text("live-keys").equals("(1 live)"));
    assertThat(journal().get(0)).contains("POST id-card").contains("v2.0").contains("png, ");

    // Rotating from the page: the new version shows, and a scan under the old one answers 4000301.
    HandClient.Key old = client.key("credit-card");
    waiting().until(d -> currentCreditCardVersion().equals(old.version()));
    driver.findElement(By.id("rotate-retire")).click();
    driver.findElement(By.id("rotate-button")).click();
    waiting().until(d -> !currentCreditCardVersion().equals(old.version()) && !currentCreditCardVersion().isEmpty());
    assertThat(currentCreditCardVersion()).isEqualTo(client.key("credit-card").version());
    assertThat(client.scan("credit-card", old, HandClient.png(40, 30, 5)).resultCode()).isEqualTo(4000301);
    waiting().until(d -> journal().get(0).contains("FAILED 4000301 INVALID_KEY_VERSION"));

    // A fault injected from the form: the next scan fails with it, and the journal says so.
    new Select(driver.findElement(By.id("fault-endpoint"))).selectByVisibleText("credit-card");
    driver.findElement(By.id("fault-code")).sendKeys("5000001");
    driver.findElement(By.id("fault-button")).click();
    waiting().until(d -> text("faults").contains("result code 5000001"));
    assertThat(client.scan("credit-card", HandClient.png(40, 30, 6)).resultCode()).isEqualTo(5000001);
    waiting().until(d -> journal().get(0).contains("FAILED 5000001") && journal().get(0).contains("result code 5000001"));
    waiting().until(d -> !text("faults").contains("5000001"));

    // A row's detail names its fields, the fault among them.
    driver.findElement(By.cssSelector("#journal tbody tr:first-child button.open-detail")).click();
    waiting().until(d -> text("detail").contains("fault") && text("detail").contains("result code 5000001")
        && text("detail").contains("INTERNAL_API_FAIL"));

    // The filter narrows the journal to one result code.
    new Select(driver.findElement(By.id("filter-code"))).selectByValue("4000301");
    waiting().until(d -> journal().size() == 1 && journal().get(0).contains("4000301"));
    new Select(driver.findElement(By.id("filter-code"))).selectByValue("");
    waiting().until(d -> journal().size() > 1);

    String page = driver.getPageSource();
    assertThat(page).doesNotContain(server.secretKey()).doesNotContain(server.secretAccessKey())
        .doesNotContain(idCard.requestKey()).doesNotContain("900101").doesNotContain("홍길동");
    for (HandClient.Answer a : answers) {
      assertThat(page).doesNotContain(Base64.getEncoder().encodeToString(a.symmetricKey()))
          .doesNotContain(HexFormat.of().formatHex(a.symmetricKey()));
    }

    Path shot = Path.of("target", "dashboard.png");
    Files.createDirectories(shot.getParent());
    Files.copy(((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), shot,
        StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }

  @Test
  void ten_thousand_entries_stay_one_page_of_rows_live_and_after_a_reload() throws Exception {
    HandClient client = new HandClient(server);
    server.reset();
    driver.get(server.baseUrl().resolve("/mock/ui").toString());
    waiting().until(d -> text("conn").equals("live"));
    // Cheap requests: each "URL not found" answer is a journal entry.
    ExecutorService senders = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> sent = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        String path = "/nothing-" + i;
        sent.add(senders.submit(() -> client.send(client.request(path).GET().build())));
      }
      for (Future<?> f : sent) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      senders.shutdownNow();
    }
    waiting().until(d -> text("journal-count").equals("(10000 shown of 10000)"));
    assertThat(journal()).hasSize(100);
    driver.findElement(By.id("page-next")).click();
    waiting().until(d -> text("page-info").equals("page 2 of 100"));
    assertThat(journal()).hasSize(100).allMatch(r -> r.contains("4041007"));
    driver.navigate().refresh();
    waiting().until(d -> text("journal-count").equals("(10000 shown of 10000)"));
    assertThat(journal()).hasSize(100);
    new Select(driver.findElement(By.id("filter-code"))).selectByValue("ok");
    waiting().until(d -> text("journal-count").equals("(0 shown of 10000)") && journal().isEmpty());
  }
}
