package io.ocrkit.core.validation;

import static io.ocrkit.core.validation.Results.MRZ1;
import static io.ocrkit.core.validation.Results.MRZ2;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

// Source: ICAO Doc 9303 Part 3 §4.9 (7-3-1 check digits) and Part 4 (TD3 layout and the specimen
// passport of Anna Maria Eriksson, Utopia, used here).
class MrzTest {

  private static Mrz.Td3 specimen() {
    return Mrz.parseTd3(MRZ1, MRZ2).orElseThrow();
  }

  private static Mrz.Td3 withLine2(String line2) {
    return Mrz.parseTd3(MRZ1, line2).orElseThrow();
  }

  private static String replace(String line, int index, char c) {
    return line.substring(0, index) + c + line.substring(index + 1);
  }

  @Test
  void check_digits_of_the_specimen_fields() {
    assertThat(Mrz.checkDigit("L898902C3")).isEqualTo(6);
    assertThat(Mrz.checkDigit("740812")).isEqualTo(2);
    assertThat(Mrz.checkDigit("120415")).isEqualTo(9);
    assertThat(Mrz.checkDigit("ZE184226B<<<<<")).isEqualTo(1);
  }

  @Test
  void letters_count_ten_to_thirty_five_and_fillers_zero() {
    assertThat(Mrz.value('A')).isEqualTo(10);
    assertThat(Mrz.value('Z')).isEqualTo(35);
    assertThat(Mrz.value('<')).isZero();
  }

  @Test
  void the_specimen_passes_every_check() {
    Mrz.Td3 zone = specimen();
    assertThat(zone.documentNumberValid()).isTrue();
    assertThat(zone.birthDateValid()).isTrue();
    assertThat(zone.expiryDateValid()).isTrue();
    assertThat(zone.personalNumberValid()).isTrue();
    assertThat(zone.compositeValid()).isTrue();
  }

  @Test
  void the_specimen_is_parsed_into_its_fields() {
    Mrz.Td3 zone = specimen();
    assertThat(zone.documentCode()).isEqualTo("P");
    assertThat(zone.issuingState()).isEqualTo("UTO");
    assertThat(zone.surname()).isEqualTo("ERIKSSON");
    assertThat(zone.givenNames()).isEqualTo("ANNA MARIA");
    assertThat(zone.documentNumber()).isEqualTo("L898902C3");
    assertThat(zone.nationality()).isEqualTo("UTO");
    assertThat(zone.sex()).isEqualTo('F');
    assertThat(zone.personalNumber()).isEqualTo("ZE184226B");
    assertThat(zone.expiry()).contains(LocalDate.of(2012, 4, 15));
    assertThat(zone.birth(LocalDate.of(2011, 1, 1))).contains(LocalDate.of(1974, 8, 12));
  }

  @Test
  void a_misread_document_number_fails_its_check_digit() {
    assertThat(withLine2(replace(MRZ2, 3, '3')).documentNumberValid()).isFalse();
  }

  @Test
  void a_misread_birth_date_fails_its_check_digit() {
    assertThat(withLine2(replace(MRZ2, 14, '5')).birthDateValid()).isFalse();
  }

  @Test
  void a_misread_expiry_fails_its_check_digit() {
    assertThat(withLine2(replace(MRZ2, 22, '3')).expiryDateValid()).isFalse();
  }

  @Test
  void a_misread_personal_number_fails_its_check_digit() {
    assertThat(withLine2(replace(MRZ2, 30, '9')).personalNumberValid()).isFalse();
  }

  @Test
  void a_misread_composite_digit_fails_the_composite_check() {
    assertThat(withLine2(replace(MRZ2, 43, '1')).compositeValid()).isFalse();
  }

  @Test
  void a_misread_covered_field_whose_own_check_digit_was_misread_too_is_still_caught_by_the_composite() {
    // Document number and its check digit both changed so that the field check passes.
    String line2 = replace(replace(MRZ2, 4, '8'), 9, (char) ('0' + Mrz.checkDigit("L898802C3")));
    assertThat(withLine2(line2).documentNumberValid()).isTrue();
    assertThat(withLine2(line2).compositeValid()).isFalse();
  }

  @Test
  void an_empty_personal_number_may_carry_a_filler_as_its_check_digit() {
    String blank = MRZ2.substring(0, 28) + "<".repeat(14) + "<" + MRZ2.charAt(43);
    assertThat(withLine2(blank).personalNumberValid()).isTrue();
  }

  @Test
  void lines_of_the_wrong_length_or_characters_are_no_zone() {
    assertThat(Mrz.parseTd3(MRZ1.substring(1), MRZ2)).isEmpty();
    assertThat(Mrz.parseTd3(MRZ1, MRZ2.toLowerCase())).isEmpty();
    assertThat(Mrz.parseTd3(replace(MRZ1, 0, 'I'), MRZ2)).isEmpty();
  }

  @Test
  void a_parsed_zone_does_not_print_its_fields() {
    assertThat(specimen().toString()).doesNotContain("ERIKSSON").doesNotContain("L898902C3");
  }
}
