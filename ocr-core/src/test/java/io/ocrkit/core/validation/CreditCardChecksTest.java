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
  void aGoodCardHasNoFindings() {
    assertThat(check(card(VISA, "12/27"))).isEmpty();
  }

  @Test
  void anAmericanExpressCardGroupedFourSixFiveHasNoFindings() {
    assertThat(check(card("378282246310005", List.of("3782", "822463", "10005"), "01/30"))).isEmpty();
  }

  @Test
  void aNumberWithSpacesAsPrintedIsJudgedByItsDigits() {
    assertThat(check(card("4111 1111 1111 1111", List.of("4111", "1111", "1111", "1111"), "12/27"))).isEmpty();
  }

  @Test
  void aMissingNumberIsAWarning() {
    List<Finding> findings = check(card(null, List.of(), "12/27"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.CARD_NUMBER_MISSING);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.field()).isEqualTo("totalCardNum");
    });
  }

  @Test
  void aNumberWithALetterIsAFormatError() {
    List<Finding> findings = check(card("41111111111111I1", List.of(), "12/27"));
    assertThat(codes(findings)).containsExactly(FindingCodes.CARD_NUMBER_FORMAT);
  }

  @Test
  void aMisreadDigitFailsTheLuhnCheck() {
    List<Finding> findings = check(card("4111111111111112", "12/27"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.CARD_LUHN_MISMATCH);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.field()).isEqualTo("totalCardNum");
    });
  }

  @Test
  void aPrefixOfNoNetworkIsANotice() {
    String digits = "7000000000000" + "00" + Luhn.checkDigit("700000000000000");
    List<Finding> findings = check(card(digits, "12/27"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.CARD_NETWORK_UNKNOWN);
      assertThat(f.severity()).isEqualTo(Severity.NOTICE);
    });
  }

  @Test
  void aLengthTheNetworkDoesNotIssueIsAnError() {
    String amex16 = "378282246310005" + "0";
    String fixed = amex16.substring(0, 15) + Luhn.checkDigit(amex16.substring(0, 15));
    List<Finding> findings = check(card(fixed, "12/27"));
    assertThat(codes(findings)).containsExactly(FindingCodes.CARD_LENGTH_MISMATCH);
    assertThat(findings.get(0).message()).contains("American Express");
  }

  @Test
  void aKoreanDomesticNumberOfSixteenDigitsPasses() {
    String payload = "941012345678901";
    assertThat(check(card(payload + Luhn.checkDigit(payload), "12/27"))).isEmpty();
  }

  @Test
  void aGroupThatDisagreesWithTheWholeNumberIsNamedByItsIndex() {
    List<Finding> findings = check(card(VISA, List.of("4111", "1111", "1117", "1111"), "12/27"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.CARD_GROUPS_MISMATCH);
      assertThat(f.field()).isEqualTo("cardNums[2]");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void groupsThatAreShorterThanTheWholeNumberDisagreeAsAWhole() {
    List<Finding> findings = check(card(VISA, List.of("4111", "1111", "1111"), "12/27"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.CARD_GROUPS_MISMATCH);
      assertThat(f.field()).isEqualTo("cardNums");
    });
  }

  @Test
  void anExpiryNotInTheFormMonthSlashYearIsAnError() {
    List<Finding> findings = check(card(VISA, "1227"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.CARD_EXPIRY_FORMAT);
      assertThat(f.field()).isEqualTo("validThru");
    });
  }

  @Test
  void anExpiryMonthOfThirteenIsAnError() {
    assertThat(codes(check(card(VISA, "13/27")))).containsExactly(FindingCodes.CARD_EXPIRY_MONTH);
    assertThat(codes(check(card(VISA, "00/27")))).containsExactly(FindingCodes.CARD_EXPIRY_MONTH);
  }

  @Test
  void aCardThatExpiredLastMonthIsAWarning() {
    List<Finding> findings = check(card(VISA, "05/25"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.CARD_EXPIRED);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.field()).isEqualTo("validThru");
    });
  }

  @Test
  void aCardIsValidThroughTheLastDayOfItsMonth() {
    assertThat(check(card(VISA, "06/25"))).isEmpty();
  }

  @Test
  void aMissingExpiryIsNotJudged() {
    assertThat(check(card(VISA, null))).isEmpty();
  }
}
