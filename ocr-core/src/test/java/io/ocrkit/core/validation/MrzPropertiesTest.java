package io.ocrkit.core.validation;

import static io.ocrkit.core.testing.Generators.DIGITS;
import static io.ocrkit.core.testing.Generators.UPPER;
import static io.ocrkit.core.testing.Generators.between;
import static io.ocrkit.core.testing.Generators.cases;
import static io.ocrkit.core.testing.Generators.day;
import static io.ocrkit.core.testing.Generators.oneOf;
import static io.ocrkit.core.testing.Generators.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

// ICAO 9303's weights 7, 3, 1 are all prime to 10, so a digit changed to another digit shifts the
// sum by weight * delta, never a multiple of 10: the field's check digit always catches it.
class MrzPropertiesTest {

  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  static String validLine(Random r) {
    String n = string(r, UPPER + DIGITS, 9);
    String birth = day(r, LocalDate.of(1930, 1, 1), LocalDate.of(2020, 12, 31)).format(YYMMDD);
    char s = oneOf(r, 'M', 'F', '<');
    String expiry = day(r, LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31)).format(YYMMDD);
    String p = string(r, UPPER + DIGITS + "<", 14);
    String line = n + Mrz.checkDigit(n) + "KOR" + birth + Mrz.checkDigit(birth) + s
        + expiry + Mrz.checkDigit(expiry) + p + Mrz.checkDigit(p);
    return line + Mrz.checkDigit(line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43));
  }

  static Stream<Arguments> validLines() {
    return cases(0x4D525A31L, r -> Arguments.of(validLine(r)));
  }

  static Stream<Arguments> linesDatePositionsAndShifts() {
    return cases(0x4D525A32L, r -> Arguments.of(validLine(r), between(r, 0, 11), between(r, 1, 9)));
  }

  static Stream<Arguments> linesNumberPositionsAndShifts() {
    return cases(0x4D525A33L, r -> Arguments.of(validLine(r), between(r, 0, 8), between(r, 1, 9)));
  }

  static Stream<Arguments> linesCheckPositionsAndShifts() {
    return cases(0x4D525A34L, r -> Arguments.of(validLine(r), oneOf(r, 9, 19, 27, 42), between(r, 1, 9)));
  }

  private static Mrz.Td3 zone(String line2) {
    return Mrz.parseTd3(Results.MRZ1, line2).orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("validLines")
  void a_generated_zone_passes_every_check_digit(String line2) {
    Mrz.Td3 zone = zone(line2);
    assertThat(zone.documentNumberValid()).isTrue();
    assertThat(zone.birthDateValid()).isTrue();
    assertThat(zone.expiryDateValid()).isTrue();
    assertThat(zone.personalNumberValid()).isTrue();
    assertThat(zone.compositeValid()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("linesDatePositionsAndShifts")
  void a_digit_misread_in_a_birth_or_expiry_date_is_caught_by_its_check_digit(String line2, int which, int shift) {
    int position = which < 6 ? 13 + which : 21 + which - 6;
    Mrz.Td3 misread = zone(shifted(line2, position, shift));
    assertThat(which < 6 ? misread.birthDateValid() : misread.expiryDateValid()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("linesNumberPositionsAndShifts")
  void a_digit_misread_in_the_passport_number_is_caught_by_its_check_digit(String line2, int position, int shift) {
    char c = line2.charAt(position);
    if (c < '0' || c > '9') {
      return; // a letter misread as a letter or digit can be invisible (values 10..35 mod 10)
    }
    assertThat(zone(shifted(line2, position, shift)).documentNumberValid()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("linesCheckPositionsAndShifts")
  void a_misread_check_digit_is_caught_by_the_composite(String line2, int position, int shift) {
    assertThat(zone(shifted(line2, position, shift)).compositeValid()).isFalse();
  }

  private static String shifted(String line, int position, int shift) {
    char c = line.charAt(position);
    char changed = (char) ('0' + (c - '0' + shift) % 10);
    return line.substring(0, position) + changed + line.substring(position + 1);
  }
}
