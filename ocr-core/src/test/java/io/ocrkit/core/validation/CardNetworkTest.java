package io.ocrkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

// Ranges: ISO/IEC 7812-1 IINs as the networks publish them; see CardNetwork's Javadoc for sources.
class CardNetworkTest {

  @ParameterizedTest
  @CsvSource({
      "4111111111111111, VISA",
      "5555555555554444, MASTERCARD",
      "2223003122003222, MASTERCARD",
      "378282246310005, AMERICAN_EXPRESS",
      "341111111111111, AMERICAN_EXPRESS",
      "3530111333300000, JCB",
      "6200000000000005, UNIONPAY",
      "6011111111111117, DISCOVER",
      "6500000000000002, DISCOVER",
      "36227206271667, DINERS_CLUB",
      "30569309025904, DINERS_CLUB",
      "9410123456789012, KOREAN_DOMESTIC"})
  void the_prefix_names_the_network(String digits, CardNetwork expected) {
    assertThat(CardNetwork.of(digits)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"1234567812345678", "7000000000000000", "2220999999999999", "2721000000000000", "3500000000000000"})
  void a_prefix_of_no_network_is_unknown(String digits) {
    assertThat(CardNetwork.of(digits)).isEmpty();
  }

  @Test
  void american_express_issues_fifteen_digits_only() {
    assertThat(CardNetwork.AMERICAN_EXPRESS.acceptsLength(15)).isTrue();
    assertThat(CardNetwork.AMERICAN_EXPRESS.acceptsLength(16)).isFalse();
  }

  @Test
  void visa_issues_thirteen_sixteen_and_nineteen_digits() {
    assertThat(CardNetwork.VISA.lengths()).containsExactlyInAnyOrder(13, 16, 19);
  }

  @Test
  void mastercard_and_korean_domestic_cards_have_sixteen_digits() {
    assertThat(CardNetwork.MASTERCARD.lengths()).containsExactly(16);
    assertThat(CardNetwork.KOREAN_DOMESTIC.lengths()).containsExactly(16);
  }

  @Test
  void diners_club_numbers_may_be_fourteen_digits() {
    assertThat(CardNetwork.DINERS_CLUB.acceptsLength(14)).isTrue();
  }
}
