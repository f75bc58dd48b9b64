package io.ocrkit.mock.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SampleCardsTest {

  @Test
  void credit_card_refuses_a_number_with_separators() {
    assertThatThrownBy(() -> new CreditCardSample("4000-0000-0000-0002", "01/30", "A B"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'number' must be 13 to 19 digits");
  }

  @Test
  void credit_card_refuses_month_thirteen() {
    assertThatThrownBy(() -> new CreditCardSample("4000000000000002", "13/30", "A B"))
        .hasMessage("'validThru' must be MM/YY");
  }

  @Test
  void sixteen_digit_numbers_are_grouped_by_four() {
    assertThat(new CreditCardSample("4000001234567899", "01/30", "A B").groups())
        .containsExactly("4000", "0012", "3456", "7899");
  }

  @Test
  void fifteen_digit_numbers_are_grouped_four_six_five() {
    assertThat(new CreditCardSample("378282246310005", "01/30", "A B").groups())
        .containsExactly("3782", "822463", "10005");
  }

  @Test
  void resident_card_refuses_a_number_without_the_dash() {
    assertThatThrownBy(() -> new ResidentCardSample("홍길동", "8801011234568", "20200101", "x"))
        .hasMessage("'residentNumber' must be 13 digits as YYMMDD-GNNNNNN");
  }

  @Test
  void driver_licence_refuses_an_eleven_digit_number() {
    assertThatThrownBy(() -> new DriverLicenseSample("11151234567", "1종보통", "홍길동",
        "880101-1234568", "none", "ABC123", "20200101", "x"))
        .hasMessage("'driverLicenseNumber' must be 12 digits");
  }

  @Test
  void passport_refuses_an_mrz_line_of_wrong_length() {
    PassportSample p = SampleData.passport(1);
    assertThatThrownBy(() -> new PassportSample(p.passportType(), p.countryCode(), p.passportNo(),
        p.surName(), p.givenName(), p.nationality(), p.dateOfBirth(), p.sex(), p.dateOfIssue(),
        p.dateOfExpiry(), p.koreanName(), p.personalNo(), p.mrz1(), p.mrz2().substring(1)))
        .hasMessage("'mrz2' must be 44 characters of A-Z, 0-9 and '<'");
  }

  @Test
  void passport_of_builds_the_icao_specimen_mrz_from_its_fields() {
    PassportSample p = PassportSample.of("P<", "UTO", "L898902C3", "ERIKSSON", "ANNA MARIA",
        "UTOPIAN", "19740812", "F", "20020416", "20120415", "안나", "ZE184226B");
    assertThat(p.mrz1()).isEqualTo("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
    assertThat(p.mrz2()).isEqualTo("L898902C36UTO7408122F1204159ZE184226B<<<<<10");
  }

  @Test
  void to_string_shows_no_numbers_or_names() {
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
  void kinds_are_the_service_names() {
    assertThat(SampleImages.kit().stream().map(SampleCard::kind).distinct())
        .containsExactly("credit-card", "resident", "driver", "passport");
  }
}
