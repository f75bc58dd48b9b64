package io.ocrkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each bad argument is named, and its value (personal data) is never echoed. */
class AuthenticityRequestTest {

  private static void refused(Executable make, String argument, String badValue) {
    assertThatThrownBy(make::execute)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + argument + "'")
        .satisfies(e -> {
          if (!badValue.isBlank()) {
            assertThat(e.getMessage()).doesNotContain(badValue.strip());
          }
        });
  }

  @Test
  void a_resident_request_keeps_its_fields_in_protocol_order_without_dashes() {
    AuthenticityRequest r = AuthenticityRequest.resident("홍길동", "900101-1234567", "2020-01-02");

    assertThat(r.idType()).isEqualTo(IdType.RESIDENT);
    assertThat(r.fields()).containsExactly(Map.entry("name", "홍길동"),
        Map.entry("residentNumber", "9001011234567"), Map.entry("issueDate", "20200102"));
  }

  @ParameterizedTest
  @CsvSource({"90010112345", "90010112345678", "900101123456x", "'  '"})
  void a_resident_number_that_is_not_13_digits_is_refused(String bad) {
    refused(() -> AuthenticityRequest.resident("홍길동", bad, "20200102"), "residentNumber", bad);
  }

  @ParameterizedTest
  @CsvSource({"20230230", "20231301", "2023010", "abcdefgh", "19000229"})
  void an_issue_date_that_is_not_a_real_yyyymmdd_date_is_refused(String bad) {
    refused(() -> AuthenticityRequest.resident("홍길동", "9001011234567", bad), "issueDate", bad);
  }

  @Test
  void a_leap_day_is_a_real_date() {
    assertThat(AuthenticityRequest.resident("홍길동", "9001011234567", "20240229").fields())
        .containsEntry("issueDate", "20240229");
  }

  @Test
  void a_blank_name_is_refused() {
    refused(() -> AuthenticityRequest.resident(" ", "9001011234567", "20200102"), "name", "");
    refused(() -> AuthenticityRequest.driver(null, "9001011", "123456789012", null), "name", "");
  }

  @Test
  void a_driver_request_takes_the_7_digit_resident_prefix_and_cuts_a_full_number_down() {
    AuthenticityRequest.Driver full = AuthenticityRequest.driver("홍길동", "900101-1234567", "11-22-333333-44", "AB12C");
    AuthenticityRequest.Driver prefix = AuthenticityRequest.driver("홍길동", "900101-1", "112233333344", null);

    assertThat(full.fields()).containsExactly(Map.entry("name", "홍길동"), Map.entry("residentNumber", "9001011"),
        Map.entry("driverLicenseNumber", "112233333344"), Map.entry("serialNum", "AB12C"));
    assertThat(prefix.fields()).doesNotContainKey("serialNum").containsEntry("residentNumber", "9001011");
  }

  @ParameterizedTest
  @CsvSource({"900101", "90010112", "9001011234", "90O1011"})
  void a_driver_resident_prefix_that_is_not_7_digits_is_refused(String bad) {
    refused(() -> AuthenticityRequest.driver("홍길동", bad, "112233333344", null), "residentNumber", bad);
  }

  @ParameterizedTest
  @CsvSource({"11223333334", "1122333333445", "11223333334A"})
  void a_licence_number_that_is_not_12_digits_is_refused(String bad) {
    refused(() -> AuthenticityRequest.driver("홍길동", "9001011", bad, null), "driverLicenseNumber", bad);
  }

  @ParameterizedTest
  @CsvSource({"AB12", "AB12CD3", "AB-12"})
  void a_serial_that_is_not_5_or_6_letters_or_digits_is_refused(String bad) {
    refused(() -> AuthenticityRequest.driver("홍길동", "9001011", "112233333344", bad), "serialNum", bad);
  }

  @Test
  void a_passport_request_has_five_fields_in_protocol_order() {
    AuthenticityRequest p = AuthenticityRequest.passport("HONG GILDONG", "M12345678", "19900101", "20200102",
        "20300101");

    assertThat(p.idType()).isEqualTo(IdType.PASSPORT);
    assertThat(p.fields().keySet())
        .containsExactly("name", "passportNumber", "birthDate", "issueDate", "expirationDate");
  }

  @ParameterizedTest
  @CsvSource({"M1234567", "M123456789", "m12345678", "M1234567-"})
  void a_passport_number_that_is_not_9_capitals_or_digits_is_refused(String bad) {
    refused(() -> AuthenticityRequest.passport("HONG", bad, "19900101", "20200102", "20300101"),
        "passportNumber", bad);
  }

  @Test
  void each_passport_date_is_named_when_it_is_not_real() {
    refused(() -> AuthenticityRequest.passport("HONG", "M12345678", "19900231", "20200102", "20300101"),
        "birthDate", "19900231");
    refused(() -> AuthenticityRequest.passport("HONG", "M12345678", "19900101", "20201302", "20300101"),
        "issueDate", "20201302");
    refused(() -> AuthenticityRequest.passport("HONG", "M12345678", "19900101", "20200102", "2030011"),
        "expirationDate", "2030011");
  }

  @Test
  void a_request_prints_its_values_masked() {
    AuthenticityRequest r = AuthenticityRequest.resident("홍길동", "900101-1234567", "20200102");

    assertThat(r.toString()).doesNotContain("길동").doesNotContain("1234567").doesNotContain("20200102");
  }
}
