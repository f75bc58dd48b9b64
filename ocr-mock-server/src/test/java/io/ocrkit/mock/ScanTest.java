package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.testing.HandClient;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.samples.CheckDigits;
import io.ocrkit.mock.internal.DefaultAnswers;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ScanTest {

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension();

  private HandClient client() {
    return new HandClient(mock.server());
  }

  @Test
  void public_key_is_base64_der_of_an_2048_bit_rsa_key_with_a_string_version() {
    HandClient.Answer answer = client().publicKeyAnswer("credit-card");
    assertThat(answer.response().statusCode()).isEqualTo(200);
    assertThat(answer.resultCode()).isZero();
    assertThat(answer.header()).containsEntry("isSuccessful", true);
    assertThat(answer.result().get("version")).isInstanceOf(String.class).asString().matches("\\d+");
    assertThat(((RSAPublicKey) client().key("credit-card").key()).getModulus().bitLength()).isEqualTo(2048);
  }

  @Test
  void each_service_has_its_own_key() {
    assertThat(client().key("id-card").key()).isNotEqualTo(client().key("credit-card").key());
  }

  @Test
  void a_card_without_fixture_gets_a_luhn_valid_visa_or_mastercard_number_and_a_future_expiry() {
    HandClient.Answer answer = client().scan("credit-card", HandClient.png(40, 30, 1));
    assertThat(answer.resultCode()).isZero();
    String number = answer.decrypt(answer.result().get("totalCardNum"));
    assertThat(number).hasSize(16).matches("(4|5[1-5])\\d+");
    assertThat(CheckDigits.luhnCheckDigit(number.substring(0, 15))).isEqualTo(number.charAt(15) - '0');
    @SuppressWarnings("unchecked")
    String expiry = answer.decrypt(((Map<String, Object>) answer.result().get("validThru")).get("value"));
    YearMonth validThru = YearMonth.of(2000 + Integer.parseInt(expiry.substring(3)), Integer.parseInt(expiry.substring(0, 2)));
    assertThat(validThru).isAfter(YearMonth.now());
  }

  @Test
  @SuppressWarnings("unchecked")
  void card_number_groups_decrypt_under_the_requests_key_and_join_to_the_whole_number() {
    HandClient.Answer answer = client().scan("credit-card", HandClient.png(40, 30, 2));
    StringBuilder joined = new StringBuilder();
    for (Object group : (List<Object>) answer.result().get("cardNums")) {
      joined.append(answer.decrypt(((Map<String, Object>) group).get("value")));
    }
    assertThat(joined.toString()).isEqualTo(answer.decrypt(answer.result().get("totalCardNum")));
    assertThat((List<Object>) answer.result().get("cardNumBoxes")).hasSize(4);
  }

  @Test
  void the_same_image_gets_the_same_default_answer() {
    byte[] image = HandClient.png(40, 30, 3);
    HandClient.Answer first = client().scan("credit-card", image);
    HandClient.Answer second = client().scan("credit-card", image);
    assertThat(second.decrypt(second.result().get("totalCardNum")))
        .isEqualTo(first.decrypt(first.result().get("totalCardNum")));
  }

  @Test
  void file_type_comes_from_the_decrypted_bytes() {
    assertThat(client().scan("credit-card", HandClient.jpg(40, 30, 4)).result()).containsEntry("fileType", "jpg");
    assertThat(client().scan("credit-card", HandClient.png(40, 30, 4)).result()).containsEntry("fileType", "png");
  }

  @Test
  void resolution_is_normal_from_760_by_480_and_low_below() {
    assertThat(client().scan("credit-card", HandClient.png(760, 480, 5)).result()).containsEntry("resolution", "normal");
    assertThat(client().scan("credit-card", HandClient.png(759, 480, 5)).result()).containsEntry("resolution", "low");
    assertThat(client().scan("credit-card", HandClient.jpg(800, 600, 5)).result()).containsEntry("resolution", "normal");
  }

  @Test
  void a_registered_fixture_decides_what_the_card_contains() {
    byte[] image = HandClient.png(40, 30, 6);
    mock.registerFixture(KeyService.CREDIT_CARD, image, """
        {"cardNums": [{"value": "1234", "conf": 0.5}], "totalCardNum": "1234567812345670",
         "validThru": {"value": "04/39", "conf": 0.9}}""", true);
    HandClient.Answer answer = client().scan("credit-card", image);
    assertThat(answer.decrypt(answer.result().get("totalCardNum"))).isEqualTo("1234567812345670");
    assertThat(answer.result()).containsEntry("fileType", "png");
  }

  @Test
  void a_fixture_registered_through_the_admin_api_is_used() {
    byte[] image = HandClient.png(40, 30, 7);
    String body = "{\"service\": \"credit-card\", \"sha256\": \"" + HandClient.sha256Hex(image)
        + "\", \"result\": {\"totalCardNum\": \"5555555555554444\"}, \"authentic\": true}";
    HandClient client = client();
    var created = client.send(client.request("/mock/v1/fixtures").header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
    assertThat(created.statusCode()).isEqualTo(201);
    HandClient.Answer answer = client.scan("credit-card", image);
    assertThat(answer.decrypt(answer.result().get("totalCardNum"))).isEqualTo("5555555555554444");
  }

  @Test
  void a_fixture_in_a_png_text_chunk_is_used() {
    byte[] image = HandClient.pngWithText(HandClient.png(40, 30, 8), "ocr-mock",
        "{\"service\": \"id-card\", \"result\": {\"idType\": \"resident\", \"keyValues\": ["
            + "{\"key\": \"name\", \"value\": \"김철수\", \"conf\": 0.9}]}, \"authentic\": true}");
    HandClient.Answer answer = client().scan("id-card/stand-alone", image);
    assertThat(answer.result()).containsEntry("idType", "resident");
    assertThat(answer.keyValues()).containsEntry("name", "김철수");
  }

  @Test
  void an_id_card_scan_answers_a_request_key_and_a_stand_alone_scan_does_not() {
    byte[] image = HandClient.png(40, 30, 9);
    // a resident card: passports get no Request-Key
    mock.registerFixture(KeyService.ID_CARD, image, """
        {"idType": "resident", "keyValues": [{"key": "name", "value": "HONG", "conf": 0.9}]}""", true);
    assertThat(client().scan("id-card", image).requestKey()).isNotBlank();
    HandClient.Answer standAlone = client().scan("id-card/stand-alone", image);
    assertThat(standAlone.resultCode()).isZero();
    assertThat(standAlone.requestKey()).isNull();
  }

  @Test
  void a_passport_answer_has_no_request_key_for_passport_authenticity_was_withdrawn() {
    byte[] image = HandClient.png(40, 30, 19);
    mock.registerFixture(KeyService.ID_CARD, image, """
        {"idType": "passport", "keyValues": [
          {"key": "surName", "value": "HONG", "conf": 0.9},
          {"key": "passportNo", "value": "M12345678", "conf": 0.9}]}""", true);
    HandClient.Answer answer = client().scan("id-card", image);
    assertThat(answer.resultCode()).isZero();
    assertThat(answer.result()).containsEntry("idType", "passport");
    assertThat(answer.requestKey()).isNull();
  }

  @Test
  void a_driver_licence_answer_has_a_request_key() {
    byte[] image = HandClient.png(40, 30, 20);
    mock.registerFixture(KeyService.ID_CARD, image, """
        {"idType": "driver", "keyValues": [{"key": "name", "value": "HONG", "conf": 0.9}]}""", true);
    assertThat(client().scan("id-card", image).requestKey()).isNotBlank();
  }

  @Test
  void an_id_card_without_fixture_gets_a_plausible_id_of_one_of_the_three_kinds() {
    for (int seed = 10; seed < 16; seed++) {
      HandClient.Answer answer = client().scan("id-card/stand-alone", HandClient.png(40, 30, seed));
      Map<String, String> values = answer.keyValues();
      assertThat(answer.result().get("idType")).isIn("resident", "driver", "passport");
      assertThat(values).containsKey("name").isNotEmpty();
    }
  }

  @Test
  void the_image_may_travel_as_base64_text_of_the_ciphertext() {
    HandClient client = client();
    HandClient.Key key = client.key("credit-card");
    byte[] symmetric = HandClient.freshKey();
    byte[] cipherText = HandClient.aes(Cipher.ENCRYPT_MODE, symmetric, HandClient.png(40, 30, 17));
    byte[] asText = Base64.getEncoder().encodeToString(cipherText).getBytes(StandardCharsets.US_ASCII);
    HandClient.Answer answer = client.upload("credit-card", key.version(), HandClient.wrap(key.key(), symmetric),
        asText, symmetric);
    assertThat(answer.resultCode()).isZero();
    assertThat(answer.result()).containsEntry("fileType", "png");
    assertThat(mock.requests().get(mock.requests().size() - 1).imagePart()).isEqualTo("base64");
  }

  @Test
  void the_journal_says_the_image_travelled_as_raw_ciphertext() {
    client().scan("credit-card", HandClient.png(40, 30, 18));
    assertThat(mock.requests().get(mock.requests().size() - 1).imagePart()).isEqualTo("raw");
  }
}
