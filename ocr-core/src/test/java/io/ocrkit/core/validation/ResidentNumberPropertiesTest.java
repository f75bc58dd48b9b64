package io.ocrkit.core.validation;

import static io.ocrkit.core.testing.Generators.between;
import static io.ocrkit.core.testing.Generators.cases;
import static io.ocrkit.core.testing.Generators.day;
import static io.ocrkit.core.testing.Generators.digits;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.IdType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

// The check digit is (11 - S mod 11) mod 10 with S = sum of w_i * d_i, w_i in 2..9. A single
// changed digit changes S by w_i * delta with both factors in 1..9, never a multiple of the prime
// 11, so S mod 11 always changes; the final "mod 10" maps remainders 0 and 10 both to 1, which is
// the one change the check digit cannot catch.
class ResidentNumberPropertiesTest {

  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  static String validNumber(Random r) {
    LocalDate day = day(r, LocalDate.of(1900, 1, 1), LocalDate.of(2020, 9, 30));
    int sex = (day.getYear() < 2000 ? 1 : 3) + (r.nextBoolean() ? 1 : 0);
    String twelve = day.format(YYMMDD) + sex + digits(r, 5);
    return twelve + ResidentNumbers.checkDigit(twelve);
  }

  static Stream<Arguments> validNumbers() {
    return cases(0x524E31L, r -> Arguments.of(validNumber(r)));
  }

  static Stream<Arguments> numbersPositionsAndShifts() {
    return cases(0x524E32L, r -> Arguments.of(validNumber(r), between(r, 0, 11), between(r, 1, 9)));
  }

  static Stream<Arguments> numbersAndShifts() {
    return cases(0x524E33L, r -> Arguments.of(validNumber(r), between(r, 1, 9)));
  }

  @ParameterizedTest
  @MethodSource("validNumbers")
  void a_generated_number_passes_every_check(String number) {
    assertThat(ResidentNumbers.checkDigitMatches(number)).isTrue();
    assertThat(Results.check(Results.scan(IdType.RESIDENT,
        Map.of("residentNumber", number, "issueDate", "2020.09.30")))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("numbersPositionsAndShifts")
  void a_single_digit_change_is_caught_unless_it_only_swaps_remainder_zero_and_ten(String number, int position, int shift) {
    char changed = (char) ('0' + (number.charAt(position) - '0' + shift) % 10);
    String misread = number.substring(0, position) + changed + number.substring(position + 1);
    int before = ResidentNumbers.weightedSum(number) % 11;
    int after = ResidentNumbers.weightedSum(misread) % 11;
    assertThat(after).isNotEqualTo(before);
    boolean blindSpot = (before == 0 && after == 10) || (before == 10 && after == 0);
    assertThat(ResidentNumbers.checkDigitMatches(misread)).isEqualTo(blindSpot);
  }

  @ParameterizedTest
  @MethodSource("numbersAndShifts")
  void a_changed_check_digit_is_always_caught(String number, int shift) {
    char changed = (char) ('0' + (number.charAt(12) - '0' + shift) % 10);
    assertThat(ResidentNumbers.checkDigitMatches(number.substring(0, 12) + changed)).isFalse();
  }
}
