package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.testing.HandClient;
import io.ocrkit.core.protocol.KeyService;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthenticityTest {

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension();

  private static final String RESIDENT = """
      {"idType": "resident", "keyValues": [
        {"key": "name", "value": "홍길동", "conf": 0.99},
        {"key": "residentNumber", "value": "900101-1234568", "conf": 0.98},
        {"key": "issueDate", "value": "2015.03.02", "conf": 0.97},
        {"key": "issuer", "value": "서울특별시 종로구청장", "conf": 0.96}]}""";

  private HandClient client() {
    return new HandClient(mock.server());
  }

  private String scanResident(int seed, boolean authentic) {
    byte[] image = HandClient.png(40, 30, seed);
    mock.registerFixture(KeyService.ID_CARD, image, RESIDENT, authentic);
    return client().scan("id-card", image).requestKey();
  }

  private static Map<String, String> resident(String issueDate) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("idType", "resident");
    fields.put("name", "홍길동");
    fields.put("residentNumber", "9001011234568");
    fields.put("issueDate", issueDate);
    return fields;
  }

  private static boolean isAuthentic(HandClient.Answer answer) {
    return (Boolean) answer.result().get("isAuthenticity");
  }

  @Test
  void matching_fields_of_an_authentic_card_are_authentic() {
    HandClient.Answer answer = client().authenticity(scanResident(1, true), resident("20150302"));
    assertThat(answer.resultCode()).isZero();
    assertThat(isAuthentic(answer)).isTrue();
    assertThat(answer.requestKey()).isNotBlank();
  }

  @Test
  void a_wrong_field_is_not_authentic() {
    HandClient.Answer answer = client().authenticity(scanResident(2, true), resident("20150303"));
    assertThat(answer.resultCode()).isZero();
    assertThat(isAuthentic(answer)).isFalse();
  }

  @Test
  void a_fixture_marked_forged_is_not_authentic_even_with_matching_fields() {
    assertThat(isAuthentic(client().authenticity(scanResident(3, false), resident("20150302")))).isFalse();
  }

  @Test
  void a_request_key_is_spent_by_its_first_successful_answer() {
    String requestKey = scanResident(4, true);
    assertThat(client().authenticity(requestKey, resident("20150302")).resultCode()).isZero();
    assertThat(client().authenticity(requestKey, resident("20150302")).resultCode()).isEqualTo(4000122);
  }

  @Test
  void an_unknown_request_key_answers_4000122() {
    scanResident(5, true);
    assertThat(client().authenticity("0123456789abcdef", resident("20150302")).resultCode()).isEqualTo(4000122);
  }

  @Test
  void a_request_key_older_than_its_time_to_live_answers_4000122() {
    String requestKey = scanResident(6, true);
    mock.advanceClock(Duration.ofHours(1));
    assertThat(client().authenticity(requestKey, resident("20150302")).resultCode()).isEqualTo(4000122);
  }

  @Test
  void a_request_key_just_inside_its_time_to_live_is_accepted() {
    String requestKey = scanResident(7, true);
    mock.advanceClock(Duration.ofMinutes(59));
    assertThat(client().authenticity(requestKey, resident("20150302")).resultCode()).isZero();
  }

  @Test
  void a_missing_request_key_header_answers_4000005() {
    assertThat(client().authenticity(null, resident("20150302")).resultCode()).isEqualTo(4000005);
  }

  @Test
  void a_missing_required_field_answers_4000001() {
    Map<String, String> fields = resident("20150302");
    fields.remove("name");
    assertThat(client().authenticity(scanResident(8, true), fields).resultCode()).isEqualTo(4000001);
  }

  @Test
  void five_wrong_issue_dates_for_one_resident_card_lock_it() {
    for (int attempt = 1; attempt <= 4; attempt++) {
      HandClient.Answer wrong = client().authenticity(scanResident(10 + attempt, true), resident("20000101"));
      assertThat(wrong.resultCode()).isZero();
      assertThat(isAuthentic(wrong)).isFalse();
    }
    assertThat(client().authenticity(scanResident(15, true), resident("20000101")).resultCode()).isEqualTo(4000123);
    assertThat(client().authenticity(scanResident(16, true), resident("20150302")).resultCode()).isEqualTo(4000123);
  }

  @Test
  void a_driver_licence_is_checked_by_name_resident_number_prefix_and_licence_number() {
    byte[] image = HandClient.png(40, 30, 20);
    mock.registerFixture(KeyService.ID_CARD, image, """
        {"idType": "driver", "keyValues": [
          {"key": "driverLicenseNumber", "value": "111900123456", "conf": 0.9},
          {"key": "name", "value": "김민준", "conf": 0.9},
          {"key": "residentNumber", "value": "900101-1234568", "conf": 0.9},
          {"key": "serialNum", "value": "AB12CD", "conf": 0.9}]}""", true);
    String requestKey = client().scan("id-card", image).requestKey();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("idType", "driver");
    fields.put("name", "김민준");
    fields.put("residentNumber", "9001011");
    fields.put("driverLicenseNumber", "111900123456");
    assertThat(isAuthentic(client().authenticity(requestKey, fields))).isTrue();
  }

  @Test
  void a_passport_check_answers_4000001_for_passport_authenticity_was_withdrawn() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("idType", "passport");
    fields.put("name", "HONGGILDONG");
    fields.put("passportNumber", "M12345678");
    fields.put("birthDate", "19900101");
    fields.put("issueDate", "20200101");
    fields.put("expirationDate", "20300101");
    assertThat(client().authenticity(scanResident(41, true), fields).resultCode()).isEqualTo(4000001);
  }

  @Test
  void a_body_without_id_type_answers_4000001() {
    Map<String, String> fields = resident("20150302");
    fields.remove("idType");
    assertThat(client().authenticity(scanResident(42, true), fields).resultCode()).isEqualTo(4000001);
  }

  @Test
  void a_null_id_type_or_an_empty_object_answers_4000001() {
    for (String body : new String[] {"{\"idType\": null}", "{}"}) {
      assertThat(rawAuthenticity(scanResident(43, true), body).resultCode()).as(body).isEqualTo(4000001);
    }
  }

  private HandClient.Answer rawAuthenticity(String requestKey, String body) {
    HandClient client = client();
    HandClient.Key key = client.key("id-card");
    return new HandClient.Answer(client.send(client.authorized(client.appPath("id-card/authenticity"))
        .header("X-Key-Version", key.version()).header("Symmetric-Key", HandClient.wrap(key.key(), HandClient.freshKey()))
        .header("Request-Key", requestKey).header("Content-Type", "application/json")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build()), null);
  }

  @Test
  void the_authenticity_answer_carries_the_request_key_header() {
    String requestKey = scanResident(40, true);
    assertThat(client().authenticity(requestKey, resident("20150302")).requestKey()).isEqualTo(requestKey);
  }
}
