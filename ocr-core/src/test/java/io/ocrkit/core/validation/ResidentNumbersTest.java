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
  void theSeventhDigitNamesTheCentury(char seventh, int century) {
    assertThat(ResidentNumbers.century(seventh)).hasValue(century);
  }

  @Test
  void theBirthDateIsReadInTheNamedCentury() {
    assertThat(ResidentNumbers.birthDate("8001011234560")).contains(LocalDate.of(1980, 1, 1));
    assertThat(ResidentNumbers.birthDate("0505053123453")).contains(LocalDate.of(2005, 5, 5));
    assertThat(ResidentNumbers.birthDate("8801019234560")).contains(LocalDate.of(1888, 1, 1));
  }

  @Test
  void theSevenDigitFormCarriesTheBirthDateToo() {
    assertThat(ResidentNumbers.birthDate("8001011")).contains(LocalDate.of(1980, 1, 1));
  }

  @Test
  void theTwentyNinthOfFebruaryExistsIn2000ButNotIn1900() {
    assertThat(ResidentNumbers.birthDate("0002293")).isPresent();
    assertThat(ResidentNumbers.birthDate("0002291")).isEmpty();
  }

  @Test
  void aMonthOrDayThatDoesNotExistGivesNoBirthDate() {
    assertThat(ResidentNumbers.birthDate("8013011234560")).isEmpty();
    assertThat(ResidentNumbers.birthDate("8004311234560")).isEmpty();
  }

  @Test
  void aKnownGoodNumberHasAMatchingCheckDigit() {
    assertThat(ResidentNumbers.checkDigitMatches("8001011234560")).isTrue();
    assertThat(ResidentNumbers.checkDigit("800101123456")).isZero();
  }

  @Test
  void aChangedDigitBreaksTheCheckDigit() {
    assertThat(ResidentNumbers.checkDigitMatches("8001011234570")).isFalse();
  }

  @Test
  void foreignersNumbersAreNotHeldToTheNationalCheckDigit() {
    assertThat(ResidentNumbers.hasCheckDigit("8001015234560")).isFalse();
  }

  @Test
  void numbersOfPeopleBornSinceOctober2020CarryNoCheckDigit() {
    assertThat(ResidentNumbers.hasCheckDigit("2010013123456")).isFalse();
    assertThat(ResidentNumbers.hasCheckDigit("2009303123456")).isTrue();
  }

  @Test
  void onlyThirteenOrSevenDigitsHaveTheRightShape() {
    assertThat(ResidentNumbers.isFullForm("800101123456")).isFalse();
    assertThat(ResidentNumbers.isFullForm("800101-1234560")).isFalse();
    assertThat(ResidentNumbers.isShortForm("8001011")).isTrue();
  }
}
