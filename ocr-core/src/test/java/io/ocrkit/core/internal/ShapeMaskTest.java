package io.ocrkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShapeMaskTest {

  @Test
  void the_shapes_are_resident_and_card_numbers_and_nothing_shorter() {
    assertThat(ShapeMask.mask("9001011234568")).isEqualTo("*************");
    assertThat(ShapeMask.mask("issued 900101-1234568 here")).isEqualTo("issued ******-******* here");
    assertThat(ShapeMask.mask("4111-1111-1111-1111")).isEqualTo("****-****-****-1111");
    assertThat(ShapeMask.mask("no 2019 1234 57")).isEqualTo("no 2019 1234 57");
    assertThat(ShapeMask.mask("Seoul Jongno-gu")).isEqualTo("Seoul Jongno-gu");
    assertThat(ShapeMask.mask("123456789012")).isEqualTo("123456789012");
    assertThat(ShapeMask.mask("1234567890123")).isEqualTo("*************");
  }

  @Test
  void a_long_value_with_fewer_than_13_digits_is_kept_and_13_digits_spread_apart_are_still_masked() {
    assertThat(ShapeMask.mask("************1111")).isEqualTo("************1111");
    assertThat(ShapeMask.mask("1234 5678 9012 3")).isEqualTo("**** **** *012 3");
  }
}
