package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The journal's copy of an answer is masked as the CLI prints one, whatever key a value is under. */
class AnswerMaskTest {

  @Test
  void a_card_keeps_the_last_four_digits_of_its_number_and_nothing_of_its_groups_or_expiry() {
    Map<String, Object> plain = Json.readObject("""
        {"fileType": "png", "cardNums": [{"value": "4111", "conf": 0.9}, {"value": "1111", "conf": 0.9},
          {"value": "1111", "conf": 0.9}, {"value": "1234", "conf": 0.9}],
         "totalCardNum": "4111111111111234", "validThru": {"value": "12/30", "conf": 0.8},
         "holder": "4111 1111 1111 1234", "authentic": true}""");

    String masked = Json.write(AnswerMask.of(plain));

    assertThat(masked).contains("\"totalCardNum\":\"************1234\"").contains("\"value\":\"****\"")
        .contains("\"value\":\"**/**\"").contains("\"holder\":\"**** **** **** 1234\"").contains("\"fileType\":\"png\"")
        .contains("\"conf\":0.9").doesNotContain("4111").doesNotContain("12/30").doesNotContain("authentic");
  }

  @Test
  void an_id_card_masks_every_personal_value_and_shape_masks_the_others() {
    Map<String, Object> plain = Json.readObject("""
        {"idType": "resident", "keyValues": [
          {"key": "name", "value": "홍길동", "conf": 0.99},
          {"key": "residentNumber", "value": "900101-1234568", "conf": 0.98},
          {"key": "issuer", "value": "서울특별시 종로구청장", "conf": 0.96},
          {"key": "condition", "value": "900101-1234568"},
          {"key": "issueDate", "value": 20150302}],
         "note": 9001011234568}""");

    String masked = Json.write(AnswerMask.of(plain));

    assertThat(masked).contains("\"value\":\"***\"").contains("\"value\":\"******-*******\"")
        .contains("\"value\":\"서울특별시 종로구청장\"").contains("\"value\":\"********\"")
        .contains("\"note\":\"*************\"").contains("\"idType\":\"resident\"")
        .doesNotContain("홍길동").doesNotContain("900101").doesNotContain("1234568").doesNotContain("20150302");
  }

  @Test
  void a_card_read_by_the_id_card_operation_is_masked_as_a_card() {
    // The mock's recogniser (or an upstream being recorded) may answer a card image's values to
    // an id-card scan: the groups are under 13 characters, which the shape mask leaves alone.
    Map<String, Object> plain = Json.readObject("""
        {"cardNums": [{"value": "4000", "conf": 0.9}, {"value": "0087", "conf": 0.9},
          {"value": "3444", "conf": 0.9}, {"value": "6888", "conf": 0.9}],
         "totalCardNum": "4000008734446888", "validThru": {"value": "02/32", "conf": 0.8}}""");

    String masked = Json.write(AnswerMask.of(plain));

    assertThat(masked).contains("\"totalCardNum\":\"************6888\"").doesNotContain("4000")
        .doesNotContain("0087").doesNotContain("3444").doesNotContain("02/32");
  }

  @Test
  void an_id_card_read_by_the_credit_card_operation_is_masked_as_an_id_card() {
    Map<String, Object> plain = Json.readObject("""
        {"idType": "resident", "keyValues": [{"key": "name", "value": "홍길동"},
          {"key": "issueDate", "value": "2015.03.02"}]}""");

    String masked = Json.write(AnswerMask.of(plain));

    assertThat(masked).doesNotContain("홍길동").doesNotContain("2015");
  }

  @Test
  void the_plain_result_is_left_as_it_was() {
    Map<String, Object> plain = Json.readObject("{\"totalCardNum\": \"4111111111111234\", \"cardNums\": []}");
    AnswerMask.of(plain);
    assertThat(plain).containsEntry("totalCardNum", "4111111111111234").containsEntry("cardNums", List.of());
  }

  @Test
  void an_answer_too_large_to_keep_is_kept_as_a_note_of_its_size() {
    Map<String, Object> plain = Map.of("blob", "x".repeat(AnswerMask.MAX_KEPT_CHARS));
    assertThat(AnswerMask.journalText(plain)).startsWith("{\"note\":\"a masked answer of ")
        .doesNotContain("xxxx");
  }
}
