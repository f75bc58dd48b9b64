package io.ocrkit.mock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.internal.Json;
import io.ocrkit.mock.internal.Sha256;
import io.ocrkit.mock.testing.HandClient;
import io.ocrkit.mock.testing.RawHttp;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the dashboard reads besides the event stream: a request's detail, fixtures with thumbnails, the upload. */
class DashboardDetailTest {

  private static final String CARD = """
      {"cardNums": [{"value": "4111", "conf": 0.99}, {"value": "1111", "conf": 0.99},
        {"value": "1111", "conf": 0.99}, {"value": "1234", "conf": 0.99}],
       "totalCardNum": "4111111111111234", "validThru": {"value": "12/30", "conf": 0.98}}""";

  private static MockOcrServer server;
  private HandClient client;

  @BeforeAll
  static void start() {
    server = MockOcrServer.builder().build().start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void fresh() {
    server.reset();
    client = new HandClient(server);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HandClient.HTTP.send(HttpRequest.newBuilder(server.baseUrl().resolve(path)).timeout(Duration.ofSeconds(10))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<byte[]> getBytes(String path) throws Exception {
    return HandClient.HTTP.send(HttpRequest.newBuilder(server.baseUrl().resolve(path)).timeout(Duration.ofSeconds(10))
        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
    return HandClient.HTTP.send(HttpRequest.newBuilder(server.baseUrl().resolve(path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> upload(String service, byte[] image, String result) throws Exception {
    return post("/mock/v1/fixtures/image", "application/json", "{\"service\":\"" + service + "\",\"image\":\""
        + Base64.getEncoder().encodeToString(image) + "\",\"result\":" + result + "}");
  }

  /** The journal's rows as the event stream's snapshot gives them, oldest first. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(server.baseUrl().resolve("/mock/v1/events")).GET().build();
    HttpResponse<InputStream> stream = HandClient.HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.startsWith("data: ")) {
          return (List<Map<String, Object>>) Json.readObject("{\"rows\":" + line.substring(6) + "}").get("rows");
        }
      }
    }
    throw new AssertionError("no snapshot");
  }

  private static long seqOf(String operation) throws Exception {
    return rows().stream().filter(r -> operation.equals(r.get("operation")))
        .map(r -> ((Number) r.get("seq")).longValue()).reduce((a, b) -> b).orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> fixtureList() throws Exception {
    return (List<Map<String, Object>>) Json.readObject(get("/mock/v1/state").body()).get("fixtureList");
  }

  @Test
  void a_request_detail_holds_the_answer_masked_and_no_journal_surface_holds_an_unmasked_value() throws Exception {
    byte[] card = HandClient.png(40, 30, 11);
    server.registerFixture(KeyService.ID_CARD, card, DashboardRoutesTest.RESIDENT, true);
    HandClient.Answer scan = client.scan("id-card", card);
    assertThat(scan.keyValues()).containsEntry("residentNumber", "900101-1234568");

    String detail = get("/mock/v1/requests/" + seqOf("id-card")).body();

    assertThat(detail).contains("\"resolution\":\"40x30\"").contains("\"imageType\":\"png\"").contains("\"latencyMs\":")
        .contains("\"value\":\"******-*******\"").contains("\"value\":\"서울특별시 종로구청장\"")
        .contains("\"fileType\":\"png\"").contains("\"idType\":\"resident\"");
    String journal = get("/mock/v1/requests").body();
    String events = Json.write(rows());
    for (String surface : List.of(detail, journal, events)) {
      assertThat(surface).doesNotContain("900101").doesNotContain("1234568").doesNotContain("홍길동")
          .doesNotContain(scan.requestKey()).doesNotContain(server.secretKey());
    }
    // The rows stay small with a full journal: the answer is read one request at a time.
    assertThat(events).doesNotContain("answer").doesNotContain("keyValues");
  }

  @Test
  void a_card_answer_in_the_detail_keeps_the_last_four_digits_only() throws Exception {
    byte[] image = HandClient.png(40, 30, 12);
    server.registerFixture(KeyService.CREDIT_CARD, image, CARD, true);
    assertThat(client.scan("credit-card", image).resultCode()).isZero();

    String detail = get("/mock/v1/requests/" + seqOf("credit-card")).body();

    assertThat(detail).contains("\"totalCardNum\":\"************1234\"").contains("\"value\":\"**/**\"")
        .doesNotContain("4111").doesNotContain("12/30");
  }

  @Test
  void a_fixture_uploaded_with_its_image_answers_its_result_and_has_a_small_same_origin_thumbnail() throws Exception {
    byte[] image = HandClient.png(400, 252, 13);
    HttpResponse<String> registered = upload("credit-card", image, CARD);
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    assertThat(registered.body()).contains(Sha256.hex(image));

    HandClient.Answer scan = client.scan("credit-card", image);
    assertThat(scan.decrypt(scan.result().get("totalCardNum"))).isEqualTo("4111111111111234");
    assertThat(fixtureList()).singleElement().satisfies(f -> assertThat(f)
        .containsEntry("sha256", Sha256.hex(image)).containsEntry("thumbnail", true));
    HttpResponse<byte[]> thumb = getBytes("/mock/v1/fixtures/credit-card/" + Sha256.hex(image) + "/thumbnail");
    assertThat(thumb.statusCode()).isEqualTo(200);
    assertThat(thumb.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(thumb.headers().firstValue("Cross-Origin-Resource-Policy")).hasValue("same-origin");
    BufferedImage small = ImageIO.read(new ByteArrayInputStream(thumb.body()));
    assertThat(small.getWidth()).isEqualTo(96);
  }

  @Test
  void a_fixture_registered_by_hash_gets_its_thumbnail_when_first_scanned_and_another_scan_leaves_none() throws Exception {
    byte[] image = HandClient.png(40, 30, 14);
    byte[] other = HandClient.png(40, 30, 15);
    server.registerFixture(KeyService.CREDIT_CARD, Sha256.hex(image), CARD, true);
    assertThat(fixtureList()).singleElement().satisfies(f -> assertThat(f).containsEntry("thumbnail", false));
    String path = "/mock/v1/fixtures/credit-card/" + Sha256.hex(image) + "/thumbnail";
    assertThat(get(path).statusCode()).isEqualTo(404);

    client.scan("credit-card", image);
    client.scan("credit-card", other);

    assertThat(fixtureList()).singleElement().satisfies(f -> assertThat(f).containsEntry("thumbnail", true));
    assertThat(get(path).statusCode()).isEqualTo(200);
    assertThat(get("/mock/v1/fixtures/credit-card/" + Sha256.hex(other) + "/thumbnail").statusCode()).isEqualTo(404);
  }

  @Test
  void an_upload_that_is_not_a_fixture_image_is_refused_naming_what_is_wrong() throws Exception {
    byte[] image = HandClient.png(40, 30, 16);
    assertThat(post("/mock/v1/fixtures/image", "application/json", "{\"service\":\"credit-card\",\"result\":{}}").body())
        .contains("'image' must be");
    assertThat(post("/mock/v1/fixtures/image", "application/json",
        "{\"service\":\"credit-card\",\"image\":\"not base64!\",\"result\":{}}").body()).contains("'image' must be");
    assertThat(upload("credit-card", "GIF89a".getBytes(StandardCharsets.US_ASCII), CARD).body())
        .contains("'image' must be a PNG or JPEG image");
    HttpResponse<String> wrongHash = post("/mock/v1/fixtures/image", "application/json", "{\"service\":\"credit-card\","
        + "\"sha256\":\"" + "ab".repeat(32) + "\",\"image\":\"" + Base64.getEncoder().encodeToString(image)
        + "\",\"result\":" + CARD + "}");
    assertThat(wrongHash.statusCode()).isEqualTo(400);
    assertThat(wrongHash.body()).contains("'sha256' is not the SHA-256 of the image");
    HttpResponse<String> tooLarge = post("/mock/v1/fixtures/image", "application/json",
        "{\"service\":\"credit-card\",\"image\":\"" + "A".repeat(12 * 1024 * 1024) + "\"}");
    assertThat(tooLarge.statusCode()).isEqualTo(400);
    assertThat(tooLarge.body()).contains("the body is over");
    assertThat(post("/mock/v1/fixtures/image", "text/plain", "{}").statusCode()).isEqualTo(415);
    assertThat(fixtureList()).isEmpty();
  }

  @Test
  void an_unknown_request_or_thumbnail_is_not_found_and_both_refuse_a_foreign_host() throws Exception {
    assertThat(get("/mock/v1/requests/999999").statusCode()).isEqualTo(404);
    assertThat(get("/mock/v1/requests/abc").statusCode()).isEqualTo(404);
    assertThat(get("/mock/v1/fixtures/credit-card/" + "ab".repeat(32) + "/thumbnail").statusCode()).isEqualTo(404);
    assertThat(get("/mock/v1/fixtures/passport/" + "ab".repeat(32) + "/thumbnail").statusCode()).isEqualTo(400);
    for (String path : List.of("/mock/v1/requests/0", "/mock/v1/fixtures/credit-card/" + "ab".repeat(32) + "/thumbnail")) {
      String head = "GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n";
      assertThat(RawHttp.exchange(server.port(), head, new byte[0])).as(path).startsWith("HTTP/1.1 403");
    }
  }
}
