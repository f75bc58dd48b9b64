package io.ocrkit.mock;

import io.ocrkit.core.internal.Loopback;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.mock.testing.HandClient;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.internal.AdminApi;
import io.ocrkit.mock.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AdminApiTest {

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension(b -> b.journalCapacity(5));

  private final HandClient client = new HandClient(mock.server());

  private HttpResponse<String> post(String path, String json) {
    return client.send(client.request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  private HttpResponse<String> get(String path) {
    return client.send(client.request(path).GET().build());
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> journal() {
    return (List<Map<String, Object>>) Json.readObject("{\"j\":" + get("/mock/v1/requests").body() + "}").get("j");
  }

  @Test
  void a_fault_with_a_result_code_answers_it_the_given_number_of_times() {
    assertThat(post("/mock/v1/faults", "{\"endpoint\": \"public-keys\", \"times\": 2, \"resultCode\": 5000503}")
        .statusCode()).isEqualTo(201);
    assertThat(client.publicKeyAnswer("credit-card").resultCode()).isEqualTo(5000503);
    assertThat(client.publicKeyAnswer("credit-card").resultCode()).isEqualTo(5000503);
    assertThat(client.publicKeyAnswer("credit-card").resultCode()).isZero();
  }

  @Test
  void a_fault_only_hits_its_endpoint() {
    mock.injectFault("credit-card", 1, 4000111);
    assertThat(client.scan("id-card/stand-alone", HandClient.png(40, 30, 1)).resultCode()).isZero();
    assertThat(client.scan("credit-card", HandClient.png(40, 30, 1)).resultCode()).isEqualTo(4000111);
  }

  @Test
  void an_empty_response_fault_answers_http_200_without_a_body() {
    post("/mock/v1/faults", "{\"endpoint\": \"public-keys\", \"times\": 1, \"kind\": \"EMPTY_RESPONSE\"}");
    HandClient.Answer answer = client.publicKeyAnswer("id-card");
    assertThat(answer.response().statusCode()).isEqualTo(200);
    assertThat(answer.response().body()).isEmpty();
  }

  @Test
  void a_malformed_json_fault_answers_json_cut_short() {
    mock.injectFault(Fault.of("public-keys", 1, FaultKind.MALFORMED_JSON));
    String body = client.publicKeyAnswer("id-card").response().body();
    assertThat(body).startsWith("{\"header\"");
    assertThatThrownBy(() -> Json.readObject(body)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_gateway_fault_answers_http_502_with_html() {
    mock.injectFault(Fault.of("public-keys", 1, FaultKind.HTTP_502_HTML));
    HttpResponse<String> response = client.publicKeyAnswer("id-card").response();
    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/html"));
  }

  @Test
  void a_connection_reset_fault_drops_the_connection_without_an_answer() {
    mock.injectFault(Fault.of("credit-card", 1, FaultKind.CONNECTION_RESET));
    // A POST: the JDK client retries an idempotent GET on a dropped pooled connection by itself.
    assertThatThrownBy(() -> client.scan("credit-card", HandClient.png(40, 30, 9)))
        .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(IOException.class);
    assertThat(client.scan("credit-card", HandClient.png(40, 30, 9)).resultCode()).isZero();
  }

  @Test
  void a_delay_fault_answers_normally_after_the_delay() {
    post("/mock/v1/faults", "{\"endpoint\": \"public-keys\", \"times\": 1, \"kind\": \"DELAY\", \"delayMs\": 300}");
    long start = System.nanoTime();
    assertThat(client.publicKeyAnswer("id-card").resultCode()).isZero();
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
  }

  @Test
  void a_fault_for_an_unknown_endpoint_is_refused_with_400() {
    assertThat(post("/mock/v1/faults", "{\"endpoint\": \"passport\", \"times\": 1, \"resultCode\": 1}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void rotating_a_key_answers_the_new_version() {
    String before = client.key("id-card").version();
    HttpResponse<String> response = post("/mock/v1/keys/id-card/rotate", "{\"retirePrevious\": false}");
    assertThat(response.statusCode()).isEqualTo(200);
    Object version = Json.readObject(response.body()).get("version");
    assertThat(version).isInstanceOf(String.class).isNotEqualTo(before);
    assertThat(client.key("id-card").version()).isEqualTo(version);
  }

  @Test
  void rotating_the_key_of_an_app_key_the_mock_does_not_have_is_refused_with_400() {
    HttpResponse<String> unknown = post("/mock/v1/keys/id-card/rotate", "{\"appKey\": \"nosuch\"}");
    HttpResponse<String> notText = post("/mock/v1/keys/id-card/rotate", "{\"appKey\": 5}");

    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("'appKey'");
    assertThat(notText.statusCode()).isEqualTo(400);
  }

  @Test
  void deleting_fixtures_answers_204_and_forgets_them() {
    byte[] image = HandClient.png(40, 30, 2);
    mock.registerFixture(KeyService.CREDIT_CARD, image, "{\"totalCardNum\": \"4111111111111111\"}", true);
    assertThat(client.send(client.request("/mock/v1/fixtures").DELETE().build()).statusCode()).isEqualTo(204);
    HandClient.Answer answer = client.scan("credit-card", image);
    assertThat(answer.decrypt(answer.result().get("totalCardNum"))).isNotEqualTo("4111111111111111");
  }

  @Test
  void a_fixture_with_a_bad_hash_is_refused_with_400() {
    assertThat(post("/mock/v1/fixtures", "{\"service\": \"credit-card\", \"sha256\": \"xyz\", \"result\": {}}")
        .statusCode()).isEqualTo(400);
  }

  @Test
  void the_clock_advances_by_the_given_seconds() {
    assertThat(post("/mock/v1/clock/advance", "{\"seconds\": 3600}").statusCode()).isEqualTo(200);
    String now = (String) Json.readObject(post("/mock/v1/clock/advance", "{\"seconds\": 0}").body()).get("now");
    assertThat(java.time.Instant.parse(now)).isAfter(java.time.Instant.now().plusSeconds(3500));
  }

  @Test
  void the_journal_lists_requests_newest_last_with_code_version_envelope_and_image() {
    client.scan("credit-card", HandClient.png(40, 30, 3));
    List<Map<String, Object>> journal = journal();
    Map<String, Object> last = journal.get(journal.size() - 1);
    assertThat(last).containsEntry("method", "POST").containsEntry("keyVersion", client.key("credit-card").version())
        .containsEntry("envelope", "opened").containsEntry("imageType", "png");
    assertThat(((Number) last.get("resultCode")).intValue()).isZero();
    assertThat(((Number) last.get("imageSize")).intValue()).isPositive();
    assertThat((String) last.get("path")).endsWith("/credit-card");
  }

  @Test
  void the_journal_never_holds_secrets_keys_or_plaintext_numbers() {
    HandClient.Key key = client.key("credit-card");
    byte[] symmetric = HandClient.freshKey();
    String wrapped = HandClient.wrap(key.key(), symmetric);
    HandClient.Answer answer = client.upload("credit-card", key.version(), wrapped,
        HandClient.aes(javax.crypto.Cipher.ENCRYPT_MODE, symmetric, HandClient.png(40, 30, 4)), symmetric);
    String number = answer.decrypt(answer.result().get("totalCardNum"));
    String journal = get("/mock/v1/requests").body();
    assertThat(journal).doesNotContain(mock.server().secretKey(), wrapped, HexFormat.of().formatHex(symmetric),
        java.util.Base64.getEncoder().encodeToString(symmetric), number, number.substring(0, 8));
  }

  @Test
  void the_journal_keeps_only_the_newest_entries_up_to_its_capacity() {
    for (int i = 0; i < 7; i++) {
      client.publicKeyAnswer("credit-card");
    }
    assertThat(journal()).hasSize(5);
  }

  @Test
  void the_journal_records_envelope_failures() {
    client.upload("credit-card", "999999999", HandClient.wrap(client.key("credit-card").key(), HandClient.freshKey()),
        new byte[16], null);
    List<Map<String, Object>> journal = journal();
    assertThat(journal.get(journal.size() - 1)).containsEntry("envelope", "unknown-key-version")
        .containsEntry("keyVersion", "999999999");
  }

  @Test
  void reset_forgets_keys_faults_and_the_journal() {
    String before = (String) client.publicKeyAnswer("credit-card").result().get("key");
    mock.injectFault("credit-card", 5, 5000503);
    assertThat(client.send(client.request("/mock/v1/reset").POST(HttpRequest.BodyPublishers.noBody()).build())
        .statusCode()).isEqualTo(204);
    assertThat(journal()).isEmpty(); // the journal holds the emulated service's requests, not admin calls
    assertThat(client.publicKeyAnswer("credit-card").result().get("key")).isNotEqualTo(before);
    assertThat(client.scan("credit-card", HandClient.png(40, 30, 5)).resultCode()).isZero();
  }

  @Test
  void only_loopback_addresses_may_use_the_admin_api() {
    assertThat(Loopback.isLoopbackAddress("127.0.0.1")).isTrue();
    assertThat(Loopback.isLoopbackAddress("0:0:0:0:0:0:0:1")).isTrue();
    assertThat(Loopback.isLoopbackAddress("[::1]")).isTrue();
    assertThat(Loopback.isLoopbackAddress("192.168.1.20")).isFalse();
    assertThat(Loopback.isLoopbackAddress("localhost")).isFalse();
    assertThat(Loopback.isLoopbackAddress(null)).isFalse();
  }

  @Test
  void admin_answers_are_json() {
    assertThat(get("/mock/v1/requests").headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/json"));
    assertThat(new String(get("/mock/v1/requests").body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
        .startsWith("[");
  }
}
