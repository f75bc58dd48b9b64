package io.ocrkit.core.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResultCodeTest {

  /** The table of docs/protocol.md, "Result codes that matter here", code by code. */
  private static final Map<Integer, String> PROTOCOL = new TreeMap<>(Map.ofEntries(
      Map.entry(0, "SUCCESS"), Map.entry(-1, "FAIL"),
      Map.entry(4000001, "INVALID_PARAMETER"), Map.entry(4000002, "INVALID_FILE"),
      Map.entry(4000003, "INVALID_FILE_TYPE"), Map.entry(4000004, "UPLOADED_FILE_IS_EMPTY"),
      Map.entry(4000005, "MISSING_REQUIRED_HEADER"), Map.entry(4000006, "API_CALL_LIMIT_EXCEEDED"),
      Map.entry(4000111, "CREDIT_CARD_INFO_NOT_FOUND"), Map.entry(4000121, "ID_CARD_INFO_NOT_FOUND"),
      Map.entry(4000122, "AUTHENTICITY_REQUEST_KEY_INVALID"),
      Map.entry(4000123, "REGISTRATION_CARD_AUTHENTICATION_LOCKED"),
      Map.entry(4000301, "INVALID_KEY_VERSION"), Map.entry(4000302, "INVALID_SYMMETRIC_KEY"),
      Map.entry(4000303, "INVALID_ENCRYPTED_DATA"), Map.entry(4000401, "SERVICE_NOT_ENABLED"),
      Map.entry(4010001, "INVALID_APPKEY_SECRETKEY"), Map.entry(4010006, "INVALID_TOKEN"),
      Map.entry(4010007, "PERMISSION_DENIED"), Map.entry(4041007, "URL_NOT_FOUND"),
      Map.entry(4131000, "MAX_UPLOAD_SIZE_EXCEEDED"), Map.entry(5000001, "INTERNAL_API_FAIL"),
      Map.entry(5000006, "DECRYPT_FAIL"), Map.entry(5000007, "ENCRYPT_FAIL"),
      Map.entry(5000503, "API_TEMPORARILY_UNAVAILABLE"),
      Map.entry(5003011, "OCR_DOCUMENT_CREDIT_CARD_"), Map.entry(5003012, "OCR_DOCUMENT_CREDIT_CARD_"),
      Map.entry(5003013, "OCR_DOCUMENT_CREDIT_CARD_"), Map.entry(5003021, "OCR_DOCUMENT_ID_CARD_"),
      Map.entry(5003022, "OCR_DOCUMENT_ID_CARD_"), Map.entry(5003023, "OCR_DOCUMENT_ID_CARD_")));

  @Test
  void every_code_of_the_protocol_is_known_with_its_key() {
    PROTOCOL.forEach((code, key) -> assertThat(ResultCode.of(code))
        .as("code %d", code).hasValueSatisfying(c -> assertThat(c.key()).startsWith(key)));
  }

  @Test
  void the_enum_holds_nothing_the_protocol_does_not_list() {
    assertThat(Arrays.stream(ResultCode.values()).map(ResultCode::code)).containsExactlyInAnyOrderElementsOf(
        PROTOCOL.keySet());
  }

  @ParameterizedTest
  @EnumSource(value = ResultCode.class, names = "SUCCESS", mode = EnumSource.Mode.EXCLUDE)
  void every_failure_code_has_a_meaning(ResultCode code) {
    assertThat(code.meaning()).isNotBlank();
  }

  @Test
  void only_codes_that_can_succeed_later_are_retryable() {
    assertThat(Arrays.stream(ResultCode.values()).filter(ResultCode::retryable).map(ResultCode::code))
        .containsExactlyInAnyOrder(4000006, 4000301, 4010006, 5000503);
  }

  @Test
  void an_unknown_code_is_not_invented() {
    assertThat(ResultCode.of(4009999)).isEmpty();
  }
}
