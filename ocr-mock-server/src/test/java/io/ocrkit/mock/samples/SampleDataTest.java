package io.ocrkit.mock.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SampleDataTest {

  private static final long SEEDS = 200;

  @Test
  void the_same_seed_gives_the_same_cards() {
    assertThat(SampleData.creditCard(7)).isEqualTo(SampleData.creditCard(7));
    assertThat(SampleData.residentCard(7)).isEqualTo(SampleData.residentCard(7));
    assertThat(SampleData.driverLicense(7)).isEqualTo(SampleData.driverLicense(7));
    assertThat(SampleData.passport(7)).isEqualTo(SampleData.passport(7));
  }

  @Test
  void different_seeds_give_different_numbers() {
    assertThat(LongStream.range(0, SEEDS).mapToObj(s -> SampleData.creditCard(s).number()).distinct())
        .hasSize((int) SEEDS);
  }

  @Test
  void seed_one_gives_a_pinned_card_on_every_jvm() {
    // java.util.Random's sequence is fixed by its specification, so this never drifts.
    assertThat(SampleData.passport(1).mrz2()).isEqualTo("M893N32428KOR6510075F35111186510072<<<<<<<96");
  }

  @Test
  void credit_cards_pass_luhn_and_use_test_issuer_prefixes() {
    LongStream.range(0, SEEDS).mapToObj(SampleData::creditCard).forEach(card -> {
      assertThat(CheckDigits.luhnValid(card.number())).isTrue();
      assertThat(card.number()).hasSize(16).matches("(400000|555555)[0-9]{10}");
    });
  }

  @Test
  void credit_cards_with_bad_luhn_fail_luhn() {
    LongStream.range(0, SEEDS).mapToObj(SampleData::creditCardWithBadLuhn)
        .forEach(card -> assertThat(CheckDigits.luhnValid(card.number())).isFalse());
  }

  @Test
  void resident_numbers_pass_their_check_digit() {
    LongStream.range(0, SEEDS).mapToObj(SampleData::residentCard)
        .forEach(card -> assertThat(CheckDigits.residentNumberValid(card.residentNumber())).isTrue());
  }

  @Test
  void resident_numbers_carry_the_century_in_the_seventh_digit() {
    LongStream.range(0, SEEDS).mapToObj(SampleData::passport).forEach(p -> {
      char sexDigit = p.personalNo().charAt(6);
      boolean twoThousands = p.dateOfBirth().startsWith("20");
      assertThat(sexDigit).isIn(twoThousands ? new Character[] {'3', '4'} : new Character[] {'1', '2'});
      assertThat(p.sex()).isEqualTo(sexDigit % 2 == 1 ? "M" : "F");
    });
  }

  @Test
  void resident_cards_with_bad_check_digit_fail_it() {
    LongStream.range(0, SEEDS).mapToObj(SampleData::residentCardWithBadCheckDigit)
        .forEach(card -> assertThat(CheckDigits.residentNumberValid(card.residentNumber())).isFalse());
  }

  @Test
  void driver_licences_start_with_a_known_region_code() {
    LongStream.range(0, SEEDS).mapToObj(SampleData::driverLicense).forEach(card -> {
      assertThat(card.passesChecks()).isTrue();
      int region = Integer.parseInt(card.driverLicenseNumber().substring(0, 2));
      assertThat(region).isBetween(11, 28).isNotEqualTo(27);
    });
  }

  @Test
  void driver_licences_with_bad_region_fail_and_keep_everything_else() {
    DriverLicenseSample good = SampleData.driverLicense(3);
    DriverLicenseSample bad = SampleData.driverLicenseWithBadRegion(3);
    assertThat(CheckDigits.driverLicenseNumberValid(bad.driverLicenseNumber())).isFalse();
    assertThat(bad.driverLicenseNumber().substring(2)).isEqualTo(good.driverLicenseNumber().substring(2));
    assertThat(bad.residentNumber()).isEqualTo(good.residentNumber());
  }

  @Test
  void passports_have_a_valid_td3_mrz() {
    LongStream.range(0, SEEDS).mapToObj(SampleData::passport).forEach(p -> {
      assertThat(p.mrz1()).hasSize(44).startsWith("PMKOR" + p.surName() + "<<" + p.givenName() + "<");
      assertThat(p.mrz2()).hasSize(44);
      assertThat(CheckDigits.td3Line2Valid(p.mrz2())).isTrue();
    });
  }

  @Test
  void passport_mrz_repeats_the_printed_fields() {
    PassportSample p = SampleData.passport(11);
    String line2 = p.mrz2();
    assertThat(line2.substring(0, 9)).isEqualTo(p.passportNo());
    assertThat(line2.substring(10, 13)).isEqualTo("KOR");
    assertThat(line2.substring(13, 19)).isEqualTo(p.dateOfBirth().substring(2));
    assertThat(line2.substring(20, 21)).isEqualTo(p.sex());
    assertThat(line2.substring(21, 27)).isEqualTo(p.dateOfExpiry().substring(2));
    assertThat(line2.substring(28, 42)).startsWith(p.personalNo());
  }

  @Test
  void passports_with_bad_check_digit_fail_the_mrz_check() {
    LongStream.range(0, SEEDS).mapToObj(SampleData::passportWithBadCheckDigit).forEach(p -> {
      assertThat(CheckDigits.td3Line2Valid(p.mrz2())).isFalse();
      assertThat(p.mrz2().charAt(9)).isNotEqualTo(CheckDigits.mrzCheckChar(p.passportNo()));
    });
  }

  @Test
  void every_bad_variant_reports_that_it_fails_its_checks() {
    assertThat(SampleImages.kit()).filteredOn(card -> !card.passesChecks()).hasSize(4);
    assertThat(SampleImages.kit()).filteredOn(SampleCard::passesChecks).hasSize(4);
  }
}
