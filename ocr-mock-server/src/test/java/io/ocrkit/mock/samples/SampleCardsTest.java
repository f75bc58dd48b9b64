package io.ocrkit.mock.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SampleCardsTest {

  @Test
  void creditCardRefusesANumberWithSeparators() {
    assertThatThrownBy(() -> new CreditCardSample("4000-0000-0000-0002", "01/30", "A B"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'number' must be 13 to 19 digits");
  }

  @Test
  void creditCardRefusesMonthThirteen() {
    assertThatThrownBy(() -> new CreditCardSample("4000000000000002", "13/30", "A B"))
        .hasMessage("'validThru' must be MM/YY");
  }

  @Test
  void sixteenDigitNumbersAreGroupedByFour() {
    assertThat(new CreditCardSample("4000001234567899", "01/30", "A B").groups())
        .containsExactly("4000", "0012", "3456", "7899");
  }

  @Test
  void fifteenDigitNumbersAreGroupedFourSixFive() {
    assertThat(new CreditCardSample("378282246310005", "01/30", "A B").groups())
        .containsExactly("3782", "822463", "10005");
  }

  @Test
  void residentCardRefusesANumberWithoutTheDash() {
    assertThatThrownBy(() -> new ResidentCardSample("홍길동", "8801011234568", "20200101", "x"))
        .hasMessage("'residentNumber' must be 13 digits as YYMMDD-GNNNNNN");
  }

  @Test
  void driverLicenceRefusesAnElevenDigitNumber() {
    assertThatThrownBy(() -> new DriverLicenseSample("11151234567", "1종보통", "홍길동",
        "880101-1234568", "none", "ABC123", "20200101", "x"))
        .hasMessage("'driverLicenseNumber' must be 12 digits");
  }

  @Test
  void passportRefusesAnMrzLineOfWrongLength() {
    PassportSample p = SampleData.passport(1);
    assertThatThrownBy(() -> new PassportSample(p.passportType(), p.countryCode(), p.passportNo(),
        p.surName(), p.givenName(), p.nationality(), p.dateOfBirth(), p.sex(), p.dateOfIssue(),
        p.dateOfExpiry(), p.koreanName(), p.personalNo(), p.mrz1(), p.mrz2().substring(1)))
        .hasMessage("'mrz2' must be 44 characters of A-Z, 0-9 and '<'");
  }

  @Test
  void passportOfBuildsTheIcaoSpecimenMrzFromItsFields() {
    PassportSample p = PassportSample.of("P<", "UTO", "L898902C3", "ERIKSSON", "ANNA MARIA",
        "UTOPIAN", "19740812", "F", "20020416", "20120415", "안나", "ZE184226B");
    assertThat(p.mrz1()).isEqualTo("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
    assertThat(p.mrz2()).isEqualTo("L898902C36UTO7408122F1204159ZE184226B<<<<<10");
  }

  @Test
  void toStringShowsNoNumbersOrNames() {
    ResidentCardSample card = SampleData.residentCard(1);
    DriverLicenseSample licence = SampleData.driverLicense(1);
    CreditCardSample credit = SampleData.creditCard(1);
    PassportSample passport = SampleData.passport(1);
    assertThat(card.toString()).doesNotContain(card.residentNumber(), card.name());
    assertThat(licence.toString())
        .doesNotContain(licence.driverLicenseNumber(), licence.residentNumber(), licence.name());
    assertThat(credit.toString()).doesNotContain(credit.number(), credit.holder());
    assertThat(passport.toString())
        .doesNotContain(passport.passportNo(), passport.surName(), passport.mrz2());
  }

  @Test
  void kindsAreTheServiceNames() {
    assertThat(SampleImages.kit().stream().map(SampleCard::kind).distinct())
        .containsExactly("credit-card", "resident", "driver", "passport");
  }
}
