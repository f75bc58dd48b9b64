package io.ocrkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

// Luhn catches every single-digit substitution: doubling maps 0..9 one-to-one onto 0..9 (mod 10
// after casting out nines), so a changed digit always changes the total mod 10.
class LuhnPropertiesTest {

  @Property
  void aNumberWithItsCheckDigitAppendedPasses(@ForAll @NumericChars @StringLength(min = 11, max = 18) String payload) {
    assertThat(Luhn.isValid(payload + Luhn.checkDigit(payload))).isTrue();
  }

  @Property
  void anySingleDigitChangeIsCaught(
      @ForAll @NumericChars @StringLength(min = 11, max = 18) String payload,
      @ForAll @IntRange(min = 0, max = 18) int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    String valid = payload + Luhn.checkDigit(payload);
    int i = position % valid.length();
    char changed = (char) ('0' + (valid.charAt(i) - '0' + shift) % 10);
    String misread = valid.substring(0, i) + changed + valid.substring(i + 1);
    assertThat(Luhn.isValid(misread)).isFalse();
  }
}
