package io.ocrkit.mock.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CheckDigitsTest {

  /** ICAO 9303 part 4, the specimen passport of Anna Maria Eriksson. */
  private static final String SPECIMEN_LINE_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
  private static final String SPECIMEN_LINE_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

  @Test
  void specimenLinesAreFortyFourCharactersEach() {
    assertThat(SPECIMEN_LINE_1).hasSize(44);
    assertThat(SPECIMEN_LINE_2).hasSize(44);
  }

  @Test
  void specimenDocumentNumberHasCheckDigitSix() {
    assertThat(CheckDigits.mrzCheckDigit("L898902C3")).isEqualTo(6);
  }

  @Test
  void specimenBirthDateHasCheckDigitTwo() {
    assertThat(CheckDigits.mrzCheckDigit("740812")).isEqualTo(2);
  }

  @Test
  void specimenExpiryDateHasCheckDigitNine() {
    assertThat(CheckDigits.mrzCheckDigit("120415")).isEqualTo(9);
  }

  @Test
  void specimenPersonalNumberHasCheckDigitOne() {
    assertThat(CheckDigits.mrzCheckDigit("ZE184226B<<<<<")).isEqualTo(1);
  }

  @Test
  void specimenCompositeHasCheckDigitZero() {
    String l = SPECIMEN_LINE_2;
    assertThat(CheckDigits.mrzCheckDigit(l.substring(0, 10) + l.substring(13, 20) + l.substring(21, 43)))
        .isZero();
  }

  @Test
  void specimenSecondLinePassesAllFiveChecks() {
    assertThat(CheckDigits.td3Line2Valid(SPECIMEN_LINE_2)).isTrue();
  }

  @Test
  void specimenSecondLineWithOneAlteredCharacterFails() {
    String altered = SPECIMEN_LINE_2.replace("L898902C3", "L898902C4");
    assertThat(CheckDigits.td3Line2Valid(altered)).isFalse();
  }

  @Test
  void secondLineOfWrongLengthIsNotValid() {
    assertThat(CheckDigits.td3Line2Valid(SPECIMEN_LINE_2.substring(1))).isFalse();
  }

  @Test
  void fillerCharactersCountAsZero() {
    assertThat(CheckDigits.mrzCheckDigit("<<<<<<")).isZero();
  }

  @Test
  void lowerCaseIsNotAnMrzCharacter() {
    assertThatThrownBy(() -> CheckDigits.mrzCheckDigit("abc"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wellKnownLuhnNumbersPass() {
    assertThat(CheckDigits.luhnValid("4111111111111111")).isTrue();
    assertThat(CheckDigits.luhnValid("79927398713")).isTrue();
  }

  @Test
  void luhnRejectsAChangedLastDigit() {
    assertThat(CheckDigits.luhnValid("79927398710")).isFalse();
  }

  @Test
  void luhnCheckDigitCompletesTheWikipediaExample() {
    assertThat(CheckDigits.luhnCheckDigit("7992739871")).isEqualTo(3);
  }

  @Test
  void luhnRefusesNonDigitsWithoutEchoingThem() {
    assertThatThrownBy(() -> CheckDigits.luhnValid("4111-1111"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("4111");
  }

  @Test
  void residentNumberCheckDigitMatchesAHandComputedExample() {
    // 8·2+8·3+0·4+1·5+0·6+1·7+1·8+2·9+3·2+4·3+5·4+6·5 = 146; 146 mod 11 = 3; (11 − 3) mod 10 = 8
    assertThat(CheckDigits.residentNumberCheckDigit("880101123456")).isEqualTo(8);
  }

  @Test
  void residentNumberWithMatchingCheckDigitIsValidWithOrWithoutTheDash() {
    assertThat(CheckDigits.residentNumberValid("880101-1234568")).isTrue();
    assertThat(CheckDigits.residentNumberValid("8801011234568")).isTrue();
  }

  @Test
  void residentNumberWithAnotherCheckDigitIsNotValid() {
    assertThat(CheckDigits.residentNumberValid("880101-1234567")).isFalse();
  }

  @Test
  void residentNumberWithSexDigitOutsideOneToFourIsNotValid() {
    String first12 = "880101523456";
    String number = first12 + CheckDigits.residentNumberCheckDigit(first12);
    assertThat(CheckDigits.residentNumberValid(number)).isFalse();
  }

  @Test
  void driverLicenceNumbersFromRegionsElevenToTwentySixAndTwentyEightAreValid() {
    assertThat(CheckDigits.driverLicenseNumberValid("111512345678")).isTrue();
    assertThat(CheckDigits.driverLicenseNumberValid("261512345678")).isTrue();
    assertThat(CheckDigits.driverLicenseNumberValid("281512345678")).isTrue();
  }

  @Test
  void driverLicenceNumbersFromOtherRegionsAreNotValid() {
    assertThat(CheckDigits.driverLicenseNumberValid("101512345678")).isFalse();
    assertThat(CheckDigits.driverLicenseNumberValid("271512345678")).isFalse();
    assertThat(CheckDigits.driverLicenseNumberValid("291512345678")).isFalse();
  }

  @Test
  void driverLicenceNumberMustBeTwelveDigits() {
    assertThat(CheckDigits.driverLicenseNumberValid("11151234567")).isFalse();
  }
}
