package io.ocrkit.core.validation;

import static io.ocrkit.core.validation.Results.VISA;
import static io.ocrkit.core.validation.Results.card;
import static io.ocrkit.core.validation.Results.check;
import static io.ocrkit.core.validation.Results.codes;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.Finding;
import io.ocrkit.core.model.Finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditCardChecksTest {

  @Test
  void a_good_card_has_no_findings() {
    assertThat(check(card(VISA, "12/27"))).isEmpty();
  }

  @Test
  void an_american_express_card_grouped_four_six_five_has_no_findings() {
    assertThat(check(card("378282246310005", List.of("3782", "822463", "10005"), "01/30"))).isEmpty();
  }

  @Test
  void a_number_with_spaces_as_printed_is_judged_by_its_digits() {
    assertThat(check(card("4111 1111 1111 1111", List.of("4111", "1111", "1111", "1111"), "12/27"))).isEmpty();
  }

  @Test
  void a_missing_number_is_a_warning() {
    List<Finding> findings = check(card(null, List.of(), "12/27"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.CARD_NUMBER_MISSING);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.field()).isEqualTo("totalCardNum");
    });
  }

  @Test
  void a_number_with_a_letter_is_a_format_error() {
    List<Finding> findings = check(card("41111111111111I1", List.of(), "12/27"));
    assertThat(codes(findings)).containsExactly(FindingCodes.CARD_NUMBER_FORMAT);
  }

  @Test
  void a_misread_digit_fails_the_luhn_check() {
    List<Finding> findings = check(card("4111111111111112", "12/27"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.CARD_LUHN_MISMATCH);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.field()).isEqualTo("totalCardNum");
    });
  }

  @Test
  void a_prefix_of_no_network_is_a_notice() {
    String digits = "7000000000000" + "00" + Luhn.checkDigit("700000000000000");
    List<Finding> findings = check(card(digits, "12/27"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.CARD_NETWORK_UNKNOWN);
      assertThat(f.severity()).isEqualTo(Severity.NOTICE);
    });
  }

  @Test
  void a_length_the_network_does_not_issue_is_an_error() {
    String amex16 = "378282246310005" + "0";
    String fixed = amex16.substring(0, 15) + Luhn.checkDigit(amex16.substring(0, 15));
    List<Finding> findings = check(card(fixed, "12/27"));
    assertThat(codes(findings)).containsExactly(FindingCodes.CARD_LENGTH_MISMATCH);
    assertThat(findings.get(0).message()).contains("American Express");
  }

  @Test
  void a_korean_domestic_number_of_sixteen_digits_passes() {
    String payload = "941012345678901";
    assertThat(check(card(payload + Luhn.checkDigit(payload), "12/27"))).isEmpty();
  }

  @Test
  void a_group_that_disagrees_with_the_whole_number_is_named_by_its_index() {
    List<Finding> findings = check(card(VISA, List.of("4111", "1111", "1117", "1111"), "12/27"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.CARD_GROUPS_MISMATCH);
      assertThat(f.field()).isEqualTo("cardNums[2]");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void groups_that_are_shorter_than_the_whole_number_disagree_as_a_whole() {
    List<Finding> findings = check(card(VISA, List.of("4111", "1111", "1111"), "12/27"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.CARD_GROUPS_MISMATCH);
      assertThat(f.field()).isEqualTo("cardNums");
    });
  }

  @Test
  void an_expiry_not_in_the_form_month_slash_year_is_an_error() {
    List<Finding> findings = check(card(VISA, "1227"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.CARD_EXPIRY_FORMAT);
      assertThat(f.field()).isEqualTo("validThru");
    });
  }

  @Test
  void an_expiry_month_of_thirteen_is_an_error() {
    assertThat(codes(check(card(VISA, "13/27")))).containsExactly(FindingCodes.CARD_EXPIRY_MONTH);
    assertThat(codes(check(card(VISA, "00/27")))).containsExactly(FindingCodes.CARD_EXPIRY_MONTH);
  }

  @Test
  void a_card_that_expired_last_month_is_a_warning() {
    List<Finding> findings = check(card(VISA, "05/25"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.CARD_EXPIRED);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.field()).isEqualTo("validThru");
    });
  }

  @Test
  void a_card_is_valid_through_the_last_day_of_its_month() {
    assertThat(check(card(VISA, "06/25"))).isEmpty();
  }

  @Test
  void a_missing_expiry_is_not_judged() {
    assertThat(check(card(VISA, null))).isEmpty();
  }
}
