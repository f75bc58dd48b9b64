package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.testing.HandClient;
import io.ocrkit.core.protocol.KeyService;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ResultCodeTest {

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension(b -> b.maxUploadBytes(64 * 1024).credential("other-app", "other-secret"));

  private final byte[] png = HandClient.png(40, 30, 100);

  private HandClient client() {
    return new HandClient(mock.server());
  }

  private HandClient.Answer sealed(String operation, byte[] plaintext) {
    return client().scan(operation, plaintext);
  }

  @Test
  void a_wrong_secret_key_answers_4010001() {
    HandClient client = client();
    HttpResponse<String> response = client.send(client.request(client.appPath("public-keys/credit-card"))
        .header("Authorization", "wrong").GET().build());
    assertThat(new HandClient.Answer(response, null).resultCode()).isEqualTo(4010001);
  }

  @Test
  void an_unknown_app_key_answers_4010001() {
    HandClient client = client();
    HttpResponse<String> response = client.send(client.authorized("/v2.0/appkeys/nobody/public-keys/credit-card").GET().build());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(new HandClient.Answer(response, null).resultCode()).isEqualTo(4010001);
  }

  @Test
  void another_app_key_with_its_own_secret_has_its_own_keys() {
    HandClient client = client();
    HttpResponse<String> response = client.send(client.request("/v2.0/appkeys/other-app/public-keys/credit-card")
        .header("Authorization", "other-secret").GET().build());
    HandClient.Answer other = new HandClient.Answer(response, null);
    assertThat(other.resultCode()).isZero();
    assertThat(other.result().get("key")).isNotEqualTo(client.publicKeyAnswer("credit-card").result().get("key"));
  }

  @Test
  void a_missing_authorization_header_answers_4000005() {
    HandClient client = client();
    HttpResponse<String> response = client.send(client.request(client.appPath("public-keys/id-card")).GET().build());
    HandClient.Answer answer = new HandClient.Answer(response, null);
    assertThat(answer.resultCode()).isEqualTo(4000005);
    assertThat(answer.header()).containsEntry("resultMessage", "Required headers is missing.");
    assertThat(mock.requests().get(mock.requests().size() - 1).missingHeader()).isEqualTo("Authorization");
  }

  @Test
  void the_journal_names_the_missing_header_of_a_4000005() {
    HandClient.Key key = client().key("credit-card");
    client().upload("credit-card", key.version(), null, new byte[16], null);
    JournalEntry last = mock.requests().get(mock.requests().size() - 1);
    assertThat(last.resultCode()).isEqualTo(4000005);
    assertThat(last.missingHeader()).isEqualTo("Symmetric-Key");
  }

  @Test
  void a_key_version_from_before_a_reset_answers_4000301_never_a_4000302() {
    HandClient.Key stale = client().key("credit-card");
    mock.reset();
    byte[] symmetric = HandClient.freshKey();
    HandClient.Answer answer = client().upload("credit-card", stale.version(), HandClient.wrap(stale.key(), symmetric),
        HandClient.aes(Cipher.ENCRYPT_MODE, symmetric, png), symmetric);
    assertThat(answer.resultCode()).isEqualTo(4000301);
    assertThat(client().key("credit-card").version()).isNotEqualTo(stale.version());
  }

  @Test
  void a_missing_symmetric_key_header_answers_4000005() {
    HandClient.Key key = client().key("credit-card");
    assertThat(client().upload("credit-card", key.version(), null, new byte[16], null).resultCode()).isEqualTo(4000005);
  }

  @Test
  void an_unknown_key_version_answers_4000301() {
    HandClient.Key key = client().key("credit-card");
    byte[] symmetric = HandClient.freshKey();
    HandClient.Answer answer = client().upload("credit-card", "999999999", HandClient.wrap(key.key(), symmetric),
        HandClient.aes(Cipher.ENCRYPT_MODE, symmetric, png), symmetric);
    assertThat(answer.resultCode()).isEqualTo(4000301);
  }

  @Test
  void a_retired_key_version_answers_4000301() {
    HandClient.Key old = client().key("credit-card");
    assertThat(mock.rotateKey(KeyService.CREDIT_CARD, true)).isNotEqualTo(old.version());
    byte[] symmetric = HandClient.freshKey();
    HandClient.Answer answer = client().upload("credit-card", old.version(), HandClient.wrap(old.key(), symmetric),
        HandClient.aes(Cipher.ENCRYPT_MODE, symmetric, png), symmetric);
    assertThat(answer.resultCode()).isEqualTo(4000301);
  }

  @Test
  void a_rotated_but_not_retired_key_version_still_works() {
    HandClient.Key old = client().key("credit-card");
    String rotated = mock.rotateKey(KeyService.CREDIT_CARD, false);
    byte[] symmetric = HandClient.freshKey();
    HandClient.Answer answer = client().upload("credit-card", old.version(), HandClient.wrap(old.key(), symmetric),
        HandClient.aes(Cipher.ENCRYPT_MODE, symmetric, png), symmetric);
    assertThat(answer.resultCode()).isZero();
    assertThat(client().key("credit-card").version()).isEqualTo(rotated).isNotEqualTo(old.version());
  }

  @Test
  void a_symmetric_key_that_is_not32_bytes_answers_4000302() {
    HandClient.Key key = client().key("credit-card");
    byte[] shortKey = new byte[16];
    HandClient.Answer answer = client().upload("credit-card", key.version(), HandClient.wrap(key.key(), shortKey),
        new byte[32], null);
    assertThat(answer.resultCode()).isEqualTo(4000302);
  }

  @Test
  void a_symmetric_key_wrapped_for_another_key_answers_4000302() {
    HandClient.Key idKey = client().key("id-card");
    HandClient.Key cardKey = client().key("credit-card");
    byte[] symmetric = HandClient.freshKey();
    HandClient.Answer answer = client().upload("credit-card", cardKey.version(), HandClient.wrap(idKey.key(), symmetric),
        HandClient.aes(Cipher.ENCRYPT_MODE, symmetric, png), symmetric);
    assertThat(answer.resultCode()).isEqualTo(4000302);
  }

  @Test
  void an_image_encrypted_under_another_key_answers_4000303() {
    HandClient.Key key = client().key("credit-card");
    byte[] symmetric = HandClient.freshKey();
    byte[] cipherText = HandClient.aes(Cipher.ENCRYPT_MODE, HandClient.freshKey(), new byte[1000]);
    HandClient.Answer answer = client().upload("credit-card", key.version(), HandClient.wrap(key.key(), symmetric),
        java.util.Arrays.copyOf(cipherText, 1001), symmetric);
    assertThat(answer.resultCode()).isEqualTo(4000303);
  }

  @Test
  void an_empty_image_part_answers_4000004() {
    HandClient.Key key = client().key("credit-card");
    byte[] symmetric = HandClient.freshKey();
    HandClient.Answer answer = client().upload("credit-card", key.version(), HandClient.wrap(key.key(), symmetric),
        new byte[0], symmetric);
    assertThat(answer.resultCode()).isEqualTo(4000004);
  }

  @Test
  void an_encrypted_empty_image_answers_4000004() {
    assertThat(sealed("credit-card", new byte[0]).resultCode()).isEqualTo(4000004);
  }

  @Test
  void an_image_that_is_neither_jpg_nor_png_answers_4000003() {
    assertThat(sealed("id-card", "GIF89a not an accepted type".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .resultCode()).isEqualTo(4000003);
  }

  @Test
  void an_upload_over_the_limit_answers_4131000() {
    byte[] big = HandClient.concat(png, new byte[70 * 1024]);
    assertThat(sealed("credit-card", big).resultCode()).isEqualTo(4131000);
  }

  @Test
  void an_upload_over_the_limit_without_content_length_answers_4131000_while_reading() {
    HandClient client = client();
    HandClient.Key key = client.key("credit-card");
    byte[] symmetric = HandClient.freshKey();
    HttpRequest.Builder multipart = HandClient.multipart(client.authorized(client.appPath("credit-card"))
        .header("X-Key-Version", key.version()).header("Symmetric-Key", HandClient.wrap(key.key(), symmetric)),
        HandClient.aes(Cipher.ENCRYPT_MODE, symmetric, HandClient.concat(png, new byte[200 * 1024])));
    HttpRequest sized = multipart.build();
    // Same body, streamed with chunked transfer encoding: the limit must hold while reading.
    HttpRequest chunked = HttpRequest.newBuilder(sized.uri()).headers(headers(sized))
        .POST(HttpRequest.BodyPublishers.fromPublisher(sized.bodyPublisher().orElseThrow())).build();
    assertThat(new HandClient.Answer(client.send(chunked), symmetric).resultCode()).isEqualTo(4131000);
  }

  private static String[] headers(HttpRequest request) {
    return request.headers().map().entrySet().stream()
        .flatMap(e -> e.getValue().stream().flatMap(v -> java.util.stream.Stream.of(e.getKey(), v)))
        .toArray(String[]::new);
  }

  @Test
  void an_upload_just_under_the_limit_is_read() {
    byte[] image = HandClient.concat(png, new byte[60 * 1024]);
    assertThat(sealed("credit-card", image).resultCode()).isZero();
  }

  @Test
  void an_unknown_path_answers_4041007_with_http_200() {
    HandClient client = client();
    HttpResponse<String> response = client.send(client.authorized("/v2.0/appkeys/x/passport").GET().build());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(new HandClient.Answer(response, null).resultCode()).isEqualTo(4041007);
  }

  @Test
  void an_unknown_protocol_version_answers_4041007() {
    HandClient client = client();
    HttpResponse<String> response = client.send(client.authorized("/v9.9/appkeys/" + client.server().appKey()
        + "/public-keys/credit-card").GET().build());
    assertThat(new HandClient.Answer(response, null).resultCode()).isEqualTo(4041007);
  }

  @Test
  void an_unknown_key_service_answers_4041007() {
    assertThat(client().publicKeyAnswer("passport").resultCode()).isEqualTo(4041007);
  }

  @Test
  void a_body_that_is_not_multipart_answers_4000001() {
    HandClient client = client();
    HandClient.Key key = client.key("credit-card");
    HttpResponse<String> response = client.send(client.authorized(client.appPath("credit-card"))
        .header("X-Key-Version", key.version()).header("Symmetric-Key", HandClient.wrap(key.key(), HandClient.freshKey()))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertThat(new HandClient.Answer(response, null).resultCode()).isEqualTo(4000001);
  }

  @Test
  void result_messages_are_the_table_texts() {
    HandClient client = client();
    HttpResponse<String> response = client.send(client.request(client.appPath("public-keys/id-card"))
        .header("Authorization", Base64.getEncoder().encodeToString(new byte[3])).GET().build());
    HandClient.Answer answer = new HandClient.Answer(response, null);
    assertThat(answer.header()).containsEntry("resultMessage", "Invalid appKey or secretKey.")
        .containsEntry("isSuccessful", false);
    assertThat(answer.json()).doesNotContainKey("result");
  }
}
