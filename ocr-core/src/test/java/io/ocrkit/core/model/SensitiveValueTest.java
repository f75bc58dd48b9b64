package io.ocrkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SensitiveValueTest {

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of("CardNumber", (Function<String, SensitiveValue>) CardNumber::of, "4111-1111-1111-1234",
            "****-****-****-1234"),
        Arguments.of("ResidentNumber", (Function<String, SensitiveValue>) ResidentNumber::of, "900101-1234567",
            "******-*******"),
        Arguments.of("PersonName", (Function<String, SensitiveValue>) PersonName::of, "홍길동", "홍**"),
        Arguments.of("Credential", (Function<String, SensitiveValue>) v -> Credential.of(v, "secretKey"),
            "s3cr3t-k3y", "****"),
        Arguments.of("SensitiveText", (Function<String, SensitiveValue>) SensitiveText::of, "M12345678",
            "*********"),
        Arguments.of("CardExpiry", (Function<String, SensitiveValue>) CardExpiry::of, "04/29", "**/**"),
        Arguments.of("RequestKey", (Function<String, SensitiveValue>) RequestKey::of, "rk-0123456789abcdef",
            "rk-0…(19)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void to_string_is_the_masked_form_and_never_the_raw_value(String kind, Function<String, SensitiveValue> make,
      String raw, String masked) {
    SensitiveValue value = make.apply(raw);

    assertThat(value.toString()).isEqualTo(masked).isEqualTo(value.masked()).isNotEqualTo(raw);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void the_raw_value_comes_only_from_reveal(String kind, Function<String, SensitiveValue> make, String raw,
      String masked) {
    assertThat(make.apply(raw).reveal()).isEqualTo(raw);
    assertThat(make.apply(raw).length()).isEqualTo(raw.length());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void equal_values_of_one_kind_are_equal_and_share_a_hash(String kind, Function<String, SensitiveValue> make,
      String raw, String masked) {
    assertThat(make.apply(raw)).isEqualTo(make.apply(raw)).hasSameHashCodeAs(make.apply(raw));
    assertThat(make.apply(raw)).isNotEqualTo(make.apply(raw + "0")).isNotEqualTo(null).isNotEqualTo(raw);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void the_hash_reveals_no_more_than_the_length(String kind, Function<String, SensitiveValue> make, String raw,
      String masked) {
    String sameLength = raw.replace(raw.charAt(raw.length() - 1), raw.charAt(raw.length() - 1) == '9' ? '8' : '9');

    assertThat(make.apply(raw).hashCode()).isEqualTo(make.apply(sameLength).hashCode());
  }

  @Test
  void values_of_different_kinds_are_never_equal() {
    assertThat((Object) SensitiveText.of("9001011234567")).isNotEqualTo(ResidentNumber.of("9001011234567"));
  }

  @Test
  void a_short_card_number_is_masked_entirely() {
    assertThat(CardNumber.of("1234")).hasToString("****");
  }

  @Test
  void card_number_digits_drop_separators() {
    assertThat(CardNumber.of("4111 1111-1111 1111").digits()).isEqualTo("4111111111111111");
    assertThat(ResidentNumber.of("900101-1234567").digits()).isEqualTo("9001011234567");
  }

  @Test
  void a_name_with_one_character_still_shows_a_mask() {
    assertThat(PersonName.of("김")).hasToString("김*");
    assertThat(PersonName.of("")).hasToString("");
  }

  @Test
  void a_credential_must_not_be_blank_and_names_its_argument() {
    assertThatThrownBy(() -> Credential.of("  ", "secretKey"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'secretKey' must not be blank");
    assertThatThrownBy(() -> Credential.of(null, "secretKey"))
        .isInstanceOf(NullPointerException.class).hasMessage("secretKey == null");
  }

  @Test
  void a_card_expiry_parses_its_month_when_it_is_real() {
    assertThat(CardExpiry.of("04/29").yearMonth()).hasValue(YearMonth.of(2029, 4));
    assertThat(CardExpiry.of("13/29").yearMonth()).isEmpty();
    assertThat(CardExpiry.of("0429").yearMonth()).isEmpty();
  }
}
