package io.ocrkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// Examples: ISO/IEC 7812-1 Annex B's worked number 79927398713 (also in the Luhn article of
// Wikipedia) and the networks' published test card numbers.
class LuhnTest {

  @ParameterizedTest
  @ValueSource(strings = {"79927398713", "4111111111111111", "378282246310005", "5555555555554444",
      "6011111111111117", "3530111333300000", "36227206271667", "2223003122003222"})
  void known_good_numbers_pass(String digits) {
    assertThat(Luhn.isValid(digits)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"79927398710", "4111111111111112", "378282246310006", "1234567812345678"})
  void known_bad_numbers_fail(String digits) {
    assertThat(Luhn.isValid(digits)).isFalse();
  }

  @Test
  void swapping_two_neighbouring_digits_is_caught() {
    assertThat(Luhn.isValid("79927398731")).isFalse();
  }

  @Test
  void the_check_digit_of_the_worked_example_is_three() {
    assertThat(Luhn.checkDigit("7992739871")).isEqualTo(3);
  }

  @Test
  void an_empty_number_fails() {
    assertThat(Luhn.isValid("")).isFalse();
  }

  @Test
  void text_that_is_not_digits_is_refused_without_quoting_it() {
    assertThatThrownBy(() -> Luhn.isValid("4111-1111"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("4111");
  }
}
