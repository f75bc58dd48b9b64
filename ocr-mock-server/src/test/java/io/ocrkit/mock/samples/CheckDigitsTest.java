package io.ocrkit.mock.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CheckDigitsTest {

  /** ICAO 9303 part 4, the specimen passport of Anna Maria Eriksson. */
  private static final String SPECIMEN_LINE_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
  private static final String SPECIMEN_LINE_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

  @Test
  void specimen_lines_are_forty_four_characters_each() {
    assertThat(SPECIMEN_LINE_1).hasSize(44);
    assertThat(SPECIMEN_LINE_2).hasSize(44);
  }

  @Test
  void specimen_document_number_has_check_digit_six() {
    assertThat(CheckDigits.mrzCheckDigit("L898902C3")).isEqualTo(6);
  }

  @Test
  void specimen_birth_date_has_check_digit_two() {
    assertThat(CheckDigits.mrzCheckDigit("740812")).isEqualTo(2);
  }

  @Test
  void specimen_expiry_date_has_check_digit_nine() {
    assertThat(CheckDigits.mrzCheckDigit("120415")).isEqualTo(9);
  }

  @Test
  void specimen_personal_number_has_check_digit_one() {
    assertThat(CheckDigits.mrzCheckDigit("ZE184226B<<<<<")).isEqualTo(1);
  }

  @Test
  void specimen_composite_has_check_digit_zero() {
    String l = SPECIMEN_LINE_2;
    assertThat(CheckDigits.mrzCheckDigit(l.substring(0, 10) + l.substring(13, 20) + l.substring(21, 43)))
        .isZero();
  }

  @Test
  void specimen_second_line_passes_all_five_checks() {
    assertThat(CheckDigits.td3Line2Valid(SPECIMEN_LINE_2)).isTrue();
  }

  @Test
  void specimen_second_line_with_one_altered_character_fails() {
    String altered = SPECIMEN_LINE_2.replace("L898902C3", "L898902C4");
    assertThat(CheckDigits.td3Line2Valid(altered)).isFalse();
  }

  @Test
  void second_line_of_wrong_length_is_not_valid() {
    assertThat(CheckDigits.td3Line2Valid(SPECIMEN_LINE_2.substring(1))).isFalse();
  }

  @Test
  void filler_characters_count_as_zero() {
    assertThat(CheckDigits.mrzCheckDigit("<<<<<<")).isZero();
  }

  @Test
  void lower_case_is_not_an_mrz_character() {
    assertThatThrownBy(() -> CheckDigits.mrzCheckDigit("abc"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void well_known_luhn_numbers_pass() {
    assertThat(CheckDigits.luhnValid("4111111111111111")).isTrue();
    assertThat(CheckDigits.luhnValid("79927398713")).isTrue();
  }

  @Test
  void luhn_rejects_a_changed_last_digit() {
    assertThat(CheckDigits.luhnValid("79927398710")).isFalse();
  }

  @Test
  void luhn_check_digit_completes_the_wikipedia_example() {
    assertThat(CheckDigits.luhnCheckDigit("7992739871")).isEqualTo(3);
  }

  @Test
  void luhn_refuses_non_digits_without_echoing_them() {
    assertThatThrownBy(() -> CheckDigits.luhnValid("4111-1111"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("4111");
  }

  @Test
  void resident_number_check_digit_matches_a_hand_computed_example() {
    // 8·2+8·3+0·4+1·5+0·6+1·7+1·8+2·9+3·2+4·3+5·4+6·5 = 146; 146 mod 11 = 3; (11 − 3) mod 10 = 8
    assertThat(CheckDigits.residentNumberCheckDigit("880101123456")).isEqualTo(8);
  }

  @Test
  void resident_number_with_matching_check_digit_is_valid_with_or_without_the_dash() {
    assertThat(CheckDigits.residentNumberValid("880101-1234568")).isTrue();
    assertThat(CheckDigits.residentNumberValid("8801011234568")).isTrue();
  }

  @Test
  void resident_number_with_another_check_digit_is_not_valid() {
    assertThat(CheckDigits.residentNumberValid("880101-1234567")).isFalse();
  }

  @Test
  void resident_number_with_sex_digit_outside_one_to_four_is_not_valid() {
    String first12 = "880101523456";
    String number = first12 + CheckDigits.residentNumberCheckDigit(first12);
    assertThat(CheckDigits.residentNumberValid(number)).isFalse();
  }

  @Test
  void driver_licence_numbers_from_regions_eleven_to_twenty_six_and_twenty_eight_are_valid() {
    assertThat(CheckDigits.driverLicenseNumberValid("111512345678")).isTrue();
    assertThat(CheckDigits.driverLicenseNumberValid("261512345678")).isTrue();
    assertThat(CheckDigits.driverLicenseNumberValid("281512345678")).isTrue();
  }

  @Test
  void driver_licence_numbers_from_other_regions_are_not_valid() {
    assertThat(CheckDigits.driverLicenseNumberValid("101512345678")).isFalse();
    assertThat(CheckDigits.driverLicenseNumberValid("271512345678")).isFalse();
    assertThat(CheckDigits.driverLicenseNumberValid("291512345678")).isFalse();
  }

  @Test
  void driver_licence_number_must_be_twelve_digits() {
    assertThat(CheckDigits.driverLicenseNumberValid("11151234567")).isFalse();
  }
}
