package io.ocrkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

// ICAO 9303's weights 7, 3, 1 are all prime to 10, so a digit changed to another digit shifts the
// sum by weight * delta, never a multiple of 10: the field's check digit always catches it.
class MrzPropertiesTest {

  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  @Provide
  Arbitrary<String> validLines() {
    Arbitrary<String> number = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofLength(9);
    Arbitrary<LocalDate> born = days(LocalDate.of(1930, 1, 1), LocalDate.of(2020, 12, 31));
    Arbitrary<LocalDate> expires = days(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31));
    Arbitrary<Character> sex = Arbitraries.of('M', 'F', '<');
    Arbitrary<String> personal = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9')
        .withChars('<').ofLength(14);
    return Combinators.combine(number, born, sex, expires, personal).as((n, b, s, e, p) -> {
      String birth = b.format(YYMMDD);
      String expiry = e.format(YYMMDD);
      String line = n + Mrz.checkDigit(n) + "KOR" + birth + Mrz.checkDigit(birth) + s
          + expiry + Mrz.checkDigit(expiry) + p + Mrz.checkDigit(p);
      return line + Mrz.checkDigit(line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43));
    });
  }

  private static Arbitrary<LocalDate> days(LocalDate from, LocalDate to) {
    return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  private static Mrz.Td3 zone(String line2) {
    return Mrz.parseTd3(Results.MRZ1, line2).orElseThrow();
  }

  @Property
  void aGeneratedZonePassesEveryCheckDigit(@ForAll("validLines") String line2) {
    Mrz.Td3 zone = zone(line2);
    assertThat(zone.documentNumberValid()).isTrue();
    assertThat(zone.birthDateValid()).isTrue();
    assertThat(zone.expiryDateValid()).isTrue();
    assertThat(zone.personalNumberValid()).isTrue();
    assertThat(zone.compositeValid()).isTrue();
  }

  @Property
  void aDigitMisreadInABirthOrExpiryDateIsCaughtByItsCheckDigit(
      @ForAll("validLines") String line2,
      @ForAll @IntRange(min = 0, max = 11) int which,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    int position = which < 6 ? 13 + which : 21 + which - 6;
    Mrz.Td3 misread = zone(shifted(line2, position, shift));
    assertThat(which < 6 ? misread.birthDateValid() : misread.expiryDateValid()).isFalse();
  }

  @Property
  void aDigitMisreadInThePassportNumberIsCaughtByItsCheckDigit(
      @ForAll("validLines") String line2,
      @ForAll @IntRange(min = 0, max = 8) int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    char c = line2.charAt(position);
    if (c < '0' || c > '9') {
      return; // a letter misread as a letter or digit can be invisible (values 10..35 mod 10)
    }
    assertThat(zone(shifted(line2, position, shift)).documentNumberValid()).isFalse();
  }

  @Property
  void aMisreadCheckDigitIsCaughtByTheComposite(
      @ForAll("validLines") String line2,
      @ForAll("fieldCheckPositions") int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    assertThat(zone(shifted(line2, position, shift)).compositeValid()).isFalse();
  }

  @Provide
  Arbitrary<Integer> fieldCheckPositions() {
    return Arbitraries.of(9, 19, 27, 42);
  }

  private static String shifted(String line, int position, int shift) {
    char c = line.charAt(position);
    char changed = (char) ('0' + (c - '0' + shift) % 10);
    return line.substring(0, position) + changed + line.substring(position + 1);
  }
}
