package io.ocrkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// Rules and sources: see ResidentNumbers' Javadoc (birth date and century digit; check digit with
// weights 2..9,2..5 and (11 - sum mod 11) mod 10 for numbers issued before October 2020).
class ResidentNumbersTest {

  @ParameterizedTest
  @CsvSource({"9, 1800", "0, 1800", "1, 1900", "2, 1900", "5, 1900", "6, 1900",
      "3, 2000", "4, 2000", "7, 2000", "8, 2000"})
  void the_seventh_digit_names_the_century(char seventh, int century) {
    assertThat(ResidentNumbers.century(seventh)).hasValue(century);
  }

  @Test
  void the_birth_date_is_read_in_the_named_century() {
    assertThat(ResidentNumbers.birthDate("8001011234560")).contains(LocalDate.of(1980, 1, 1));
    assertThat(ResidentNumbers.birthDate("0505053123453")).contains(LocalDate.of(2005, 5, 5));
    assertThat(ResidentNumbers.birthDate("8801019234560")).contains(LocalDate.of(1888, 1, 1));
  }

  @Test
  void the_seven_digit_form_carries_the_birth_date_too() {
    assertThat(ResidentNumbers.birthDate("8001011")).contains(LocalDate.of(1980, 1, 1));
  }

  @Test
  void the_twenty_ninth_of_february_exists_in_2000_but_not_in_1900() {
    assertThat(ResidentNumbers.birthDate("0002293")).isPresent();
    assertThat(ResidentNumbers.birthDate("0002291")).isEmpty();
  }

  @Test
  void a_month_or_day_that_does_not_exist_gives_no_birth_date() {
    assertThat(ResidentNumbers.birthDate("8013011234560")).isEmpty();
    assertThat(ResidentNumbers.birthDate("8004311234560")).isEmpty();
  }

  @Test
  void a_known_good_number_has_a_matching_check_digit() {
    assertThat(ResidentNumbers.checkDigitMatches("8001011234560")).isTrue();
    assertThat(ResidentNumbers.checkDigit("800101123456")).isZero();
  }

  @Test
  void a_changed_digit_breaks_the_check_digit() {
    assertThat(ResidentNumbers.checkDigitMatches("8001011234570")).isFalse();
  }

  @Test
  void foreigners_numbers_are_not_held_to_the_national_check_digit() {
    assertThat(ResidentNumbers.hasCheckDigit("8001015234560")).isFalse();
  }

  @Test
  void numbers_of_people_born_since_october_2020_carry_no_check_digit() {
    assertThat(ResidentNumbers.hasCheckDigit("2010013123456")).isFalse();
    assertThat(ResidentNumbers.hasCheckDigit("2009303123456")).isTrue();
  }

  @Test
  void only_thirteen_or_seven_digits_have_the_right_shape() {
    assertThat(ResidentNumbers.isFullForm("800101123456")).isFalse();
    assertThat(ResidentNumbers.isFullForm("800101-1234560")).isFalse();
    assertThat(ResidentNumbers.isShortForm("8001011")).isTrue();
  }
}
