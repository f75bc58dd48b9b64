package io.ocrkit.contract.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.CardNumber;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.http.OcrClient;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleFixtures;
import io.ocrkit.mock.samples.SampleImages;
import io.ocrkit.mock.testing.HandClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;

/**
 * The mock's dashboard in a real browser (headless Chromium driven by Selenium) against a running
 * mock, scanned with the SDK's {@link OcrClient} and with the hand client where a test needs a
 * request the SDK would never send (a scan under a retired key). It lives here rather than in the
 * mock's module because the mock's tests cannot see the SDK, whose own tests use the mock.
 */
@Tag("slow")
class DashboardBrowserTest {

  static final String RESIDENT = """
      {"idType": "resident", "keyValues": [
        {"key": "name", "value": "홍길동", "conf": 0.99},
        {"key": "residentNumber", "value": "900101-1234568", "conf": 0.98},
        {"key": "issueDate", "value": "2015.03.02", "conf": 0.97},
        {"key": "issuer", "value": "서울특별시 종로구청장", "conf": 0.96}]}""";
  // A clearly fake card of the sample kit, so that the screenshot shows a card; it passes the SDK's checks.
  private static final CreditCardSample SAMPLE = SampleData.creditCard(7);

  private static MockOcrServer server;
  private static DashboardPage page;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    page = DashboardPage.start();
    server = MockOcrServer.builder().journalCapacity(10_000).build().start();
  }

  @AfterAll
  static void stop() {
    if (page != null) {
      page.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static OcrClient sdk() {
    return OcrClient.builder().baseUrl(server.baseUrl()).appKey(server.appKey()).secretKey(server.secretKey()).build();
  }

  private static void open() {
    server.reset();
    page.driver.get(server.baseUrl().resolve("/mock/ui").toString());
    page.waiting().until(d -> page.text("conn").equals("live"));
  }

  @Test
  void the_sdk_recovers_from_a_rotation_made_on_the_page_and_a_fixture_uploaded_there_answers_its_next_scan()
      throws Exception {
    open();
    try (OcrClient sdk = sdk()) {
      sdk.scanCreditCard(ImageSource.of(HandClient.png(40, 30, 21)));
      page.waiting().until(d -> page.journal().stream().anyMatch(r -> r.contains("POST credit-card") && r.contains("OK 0")));
      String old = page.currentCreditCardVersion();

      // Rotated from the page, the previous version retired: the SDK's next scan, sealed under the
      // version it holds, answers 4000301; it fetches the new key and the re-sealed scan succeeds.
      page.click("rotate-retire");
      page.click("rotate-button");
      page.waiting().until(d -> !page.currentCreditCardVersion().equals(old) && !page.currentCreditCardVersion().isEmpty());
      String rotated = page.currentCreditCardVersion();
      sdk.scanCreditCard(ImageSource.of(HandClient.png(40, 30, 22)));
      page.waiting().until(d -> page.journal().size() >= 5 && page.journal().get(0).contains("POST credit-card"));
      List<String> rows = page.journal();
      assertThat(rows.get(0)).contains("OK 0 SUCCESS").contains("png, ").contains("40×30").containsPattern("[0-9.]+ ms");
      assertThat(rows.get(1)).contains("GET public-keys").contains("OK 0");
      assertThat(rows.get(2)).contains("POST credit-card").contains("FAILED 4000301 INVALID_KEY_VERSION");
      assertThat(page.keyVersions().subList(0, 3)).containsExactly(rotated, rotated, old);

      // A fixture registered from the upload form: the SDK's next scan of that image reads its result.
      byte[] image = SampleImages.render(SAMPLE, SampleImages.Size.LOW, SampleImages.ImageFormat.PNG);
      Path file = Files.write(dir.resolve("card.png"), image);
      new Select(page.driver.findElement(By.id("fixture-service"))).selectByValue("credit-card");
      page.driver.findElement(By.id("fixture-image")).sendKeys(file.toString());
      page.driver.findElement(By.id("fixture-result")).clear();
      page.driver.findElement(By.id("fixture-result")).sendKeys(SampleFixtures.resultJson(SAMPLE));
      page.click("fixture-button");
      String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(image));
      page.waiting().until(d -> page.text("action-result").contains(sha));
      page.waiting().until(d -> Boolean.TRUE.equals(page.script("const i = document.querySelector('#fixture-list img.thumbnail');"
          + "return i != null && i.complete && i.naturalWidth > 0 && i.naturalWidth <= 96;")));
      CreditCard card = sdk.scanCreditCard(ImageSource.of(file));
      String number = SAMPLE.number().replaceAll("[^0-9]", "");
      assertThat(card.number()).hasValueSatisfying(n -> assertThat(n.digits()).isEqualTo(number));
      page.waiting().until(d -> page.journal().get(0).contains("506×319") && page.journal().get(0).contains("OK 0"));

      // Its detail, opened from the keyboard: the answer masked, and nothing on the page unmasked.
      page.openDetail("506×319");
      String masked = CardNumber.of(SAMPLE.number()).masked();
      page.waiting().until(d -> page.text("detail-answer").contains(masked));
      assertThat(page.text("detail-answer")).contains("\"validThru\"").contains("**/**").contains("\"resolution\"");
      assertThat(page.text("detail")).contains("latencyMs").contains("506x319");
      String source = page.driver.getPageSource();
      assertThat(source).doesNotContain(number).doesNotContain(SAMPLE.number()).doesNotContain(SAMPLE.validThru())
          .doesNotContain(SAMPLE.holder()).doesNotContain(server.secretKey()).doesNotContain(server.secretAccessKey());
      assertThat(source.replaceAll("[^0-9]", "")).doesNotContain(number.substring(0, 12));
      // Escape closes it and gives the focus back to the row's button.
      page.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
      page.waiting().until(d -> Boolean.TRUE.equals(page.script("return document.getElementById('detail').hidden;")));
      assertThat(page.driver.switchTo().activeElement().getAttribute("class")).isEqualTo("open-detail");
      screenshot();
    }
  }

  @Test
  void scans_rotation_and_a_fault_appear_live_and_no_secret_is_on_the_page() throws Exception {
    HandClient client = new HandClient(server);
    open();

    // Scans through the emulated service appear without reloading.
    List<HandClient.Answer> answers = List.of(
        client.scan("credit-card", HandClient.png(40, 30, 1)),
        client.scan("credit-card", HandClient.png(40, 30, 2)),
        client.scan("credit-card", HandClient.png(40, 30, 3)));
    byte[] card = HandClient.png(40, 30, 4);
    server.registerFixture(KeyService.ID_CARD, card, RESIDENT, true);
    HandClient.Answer idCard = client.scan("id-card", card);
    page.waiting().until(d -> page.journal().stream().filter(r -> r.contains("POST credit-card") && r.contains("OK 0 SUCCESS")).count() == 3);
    page.waiting().until(d -> page.text("live-keys").equals("(1 live)"));
    assertThat(page.journal().get(0)).contains("POST id-card").contains("v2.0").contains("png, ");

    // Rotating from the page: the new version shows, and a scan under the old one answers 4000301.
    HandClient.Key old = client.key("credit-card");
    page.waiting().until(d -> page.currentCreditCardVersion().equals(old.version()));
    page.click("rotate-retire");
    page.click("rotate-button");
    page.waiting().until(d -> !page.currentCreditCardVersion().equals(old.version()) && !page.currentCreditCardVersion().isEmpty());
    assertThat(page.currentCreditCardVersion()).isEqualTo(client.key("credit-card").version());
    assertThat(client.scan("credit-card", old, HandClient.png(40, 30, 5)).resultCode()).isEqualTo(4000301);
    page.waiting().until(d -> page.journal().get(0).contains("FAILED 4000301 INVALID_KEY_VERSION"));

    // A fault injected from the form: the next scan fails with it, and the journal says so.
    new Select(page.driver.findElement(By.id("fault-endpoint"))).selectByVisibleText("credit-card");
    page.driver.findElement(By.id("fault-code")).sendKeys("5000001");
    page.click("fault-button");
    page.waiting().until(d -> page.text("faults").contains("result code 5000001"));
    assertThat(client.scan("credit-card", HandClient.png(40, 30, 6)).resultCode()).isEqualTo(5000001);
    page.waiting().until(d -> page.journal().get(0).contains("FAILED 5000001") && page.journal().get(0).contains("result code 5000001"));
    page.waiting().until(d -> !page.text("faults").contains("5000001"));

    // A row's detail names its fields, the fault among them.
    page.driver.findElement(By.cssSelector("#journal tbody tr:first-child button.open-detail")).click();
    page.waiting().until(d -> page.text("detail").contains("fault") && page.text("detail").contains("result code 5000001")
        && page.text("detail").contains("INTERNAL_API_FAIL"));

    // The filter narrows the journal to one result code.
    new Select(page.driver.findElement(By.id("filter-code"))).selectByValue("4000301");
    page.waiting().until(d -> page.journal().size() == 1 && page.journal().get(0).contains("4000301"));
    new Select(page.driver.findElement(By.id("filter-code"))).selectByValue("");
    page.waiting().until(d -> page.journal().size() > 1);

    // The ID card's detail: its answer masked, the issuer (not personal) as read.
    page.openDetail("POST id-card");
    page.waiting().until(d -> page.text("detail-answer").contains("******-*******"));
    assertThat(page.text("detail-answer")).contains("서울특별시 종로구청장").contains("\"***\"");

    String source = page.driver.getPageSource();
    assertThat(source).doesNotContain(server.secretKey()).doesNotContain(server.secretAccessKey())
        .doesNotContain(idCard.requestKey()).doesNotContain("900101").doesNotContain("1234568").doesNotContain("홍길동");
    for (HandClient.Answer a : answers) {
      assertThat(source).doesNotContain(Base64.getEncoder().encodeToString(a.symmetricKey()))
          .doesNotContain(HexFormat.of().formatHex(a.symmetricKey()));
    }
  }

  @Test
  void ten_thousand_entries_stay_one_page_of_rows_live_and_after_a_reload() throws Exception {
    HandClient client = new HandClient(server);
    open();
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
    page.waiting().until(d -> page.text("journal-count").equals("(10000 shown of 10000)"));
    assertThat(page.journal()).hasSize(100);
    page.click("page-next");
    page.waiting().until(d -> page.text("page-info").equals("page 2 of 100"));
    assertThat(page.journal()).hasSize(100).allMatch(r -> r.contains("4041007"));
    page.driver.navigate().refresh();
    page.waiting().until(d -> page.text("journal-count").equals("(10000 shown of 10000)"));
    assertThat(page.journal()).hasSize(100);
    new Select(page.driver.findElement(By.id("filter-code"))).selectByValue("ok");
    page.waiting().until(d -> page.text("journal-count").equals("(0 shown of 10000)") && page.journal().isEmpty());
  }

  private static void screenshot() throws Exception {
    Path shot = Path.of("target", "dashboard.png");
    Files.createDirectories(shot.getParent());
    Files.copy(((TakesScreenshot) page.driver).getScreenshotAs(OutputType.FILE).toPath(), shot,
        StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }
}
