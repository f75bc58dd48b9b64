package io.ocrkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// Layout RR-YY-NNNNNN-SS and region codes: see DriverLicenseNumbers' Javadoc.
class DriverLicenseNumbersTest {

  @ParameterizedTest
  @ValueSource(strings = {"11", "12", "13", "20", "21", "26", "28"})
  void existing_region_codes_are_known(String code) {
    assertThat(DriverLicenseNumbers.region(code + "2312345600")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "10", "27", "29", "99"})
  void codes_of_no_region_are_unknown(String code) {
    assertThat(DriverLicenseNumbers.region(code + "2312345600")).isEmpty();
  }

  @Test
  void eleven_is_seoul() {
    assertThat(DriverLicenseNumbers.region("112312345600")).contains("Seoul");
  }

  @Test
  void the_printed_dashes_are_dropped_before_the_shape_is_judged() {
    assertThat(DriverLicenseNumbers.hasValidShape(DriverLicenseNumbers.normalize("11-23-123456-00"))).isTrue();
  }

  @Test
  void eleven_digits_or_letters_are_not_a_licence_number() {
    assertThat(DriverLicenseNumbers.hasValidShape("11231234560")).isFalse();
    assertThat(DriverLicenseNumbers.hasValidShape("1123123456O0")).isFalse();
  }
}
