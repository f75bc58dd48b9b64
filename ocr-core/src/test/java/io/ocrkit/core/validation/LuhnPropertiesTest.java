package io.ocrkit.core.validation;

import static io.ocrkit.core.testing.Generators.between;
import static io.ocrkit.core.testing.Generators.cases;
import static io.ocrkit.core.testing.Generators.digits;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

// Luhn catches every single-digit substitution: doubling maps 0..9 one-to-one onto 0..9 (mod 10
// after casting out nines), so a changed digit always changes the total mod 10.
class LuhnPropertiesTest {

  static Stream<Arguments> payloads() {
    return cases(0x4C75686EL, r -> Arguments.of(digits(r, between(r, 11, 18))));
  }

  static Stream<Arguments> payloadsPositionsAndShifts() {
    return cases(0x4C75686FL, r -> Arguments.of(digits(r, between(r, 11, 18)), between(r, 0, 18), between(r, 1, 9)));
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void a_number_with_its_check_digit_appended_passes(String payload) {
    assertThat(Luhn.isValid(payload + Luhn.checkDigit(payload))).isTrue();
  }

  @ParameterizedTest
  @MethodSource("payloadsPositionsAndShifts")
  void any_single_digit_change_is_caught(String payload, int position, int shift) {
    String valid = payload + Luhn.checkDigit(payload);
    int i = position % valid.length();
    char changed = (char) ('0' + (valid.charAt(i) - '0' + shift) % 10);
    String misread = valid.substring(0, i) + changed + valid.substring(i + 1);
    assertThat(Luhn.isValid(misread)).isFalse();
  }
}
