package io.ocrkit.mock.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SampleFixturesTest {

  @Test
  void credit_card_fixture_holds_groups_total_and_expiry() {
    CreditCardSample card = new CreditCardSample("4000001234567899", "04/29", "HONG GILDONG");
    assertThat(SampleFixtures.resultJson(card)).isEqualTo("{\"cardNums\":["
        + "{\"value\":\"4000\",\"conf\":0.99},{\"value\":\"0012\",\"conf\":0.99},"
        + "{\"value\":\"3456\",\"conf\":0.99},{\"value\":\"7899\",\"conf\":0.99}],"
        + "\"totalCardNum\":\"4000001234567899\",\"validThru\":{\"value\":\"04/29\",\"conf\":0.98}}");
  }

  @Test
  void resident_fixture_escapes_korean_as_unicode_escapes() {
    ResidentCardSample card = new ResidentCardSample("홍길동", "880101-1234568", "20200101", "종로구청장");
    assertThat(SampleFixtures.resultJson(card)).isEqualTo("{\"idType\":\"resident\",\"keyValues\":["
        + "{\"key\":\"name\",\"value\":\"\\ud64d\\uae38\\ub3d9\",\"conf\":0.97},"
        + "{\"key\":\"residentNumber\",\"value\":\"880101-1234568\",\"conf\":0.99},"
        + "{\"key\":\"issueDate\",\"value\":\"20200101\",\"conf\":0.98},"
        + "{\"key\":\"issuer\",\"value\":\"\\uc885\\ub85c\\uad6c\\uccad\\uc7a5\",\"conf\":0.97}]}");
  }

  @Test
  void every_fixture_is_pure_ascii() {
    for (SampleCard card : SampleImages.kit()) {
      assertThat(SampleFixtures.resultJson(card).chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
    }
  }

  @Test
  void driver_fixture_lists_the_eight_driver_keys_in_protocol_order() {
    assertThat(SampleFixtures.resultJson(SampleData.driverLicense(1)))
        .startsWith("{\"idType\":\"driver\",\"keyValues\":[")
        .containsSubsequence("\"driverLicenseNumber\"", "\"licenseType\"", "\"name\"",
            "\"residentNumber\"", "\"condition\"", "\"serialNum\"", "\"issueDate\"", "\"issuer\"");
  }

  @Test
  void passport_fixture_carries_printed_and_ymd_dates_and_both_mrz_lines() {
    PassportSample p = SampleData.passport(1);
    assertThat(SampleFixtures.resultJson(p))
        .contains("{\"key\":\"dateOfBirth\",\"value\":\"07 OCT 1965\",\"conf\":0.98}")
        .contains("{\"key\":\"dateOfBirthYMD\",\"value\":\"19651007\",\"conf\":0.98}")
        .contains("{\"key\":\"MRZ1\",\"value\":\"" + p.mrz1() + "\"")
        .contains("{\"key\":\"MRZ2\",\"value\":\"" + p.mrz2() + "\"");
  }

  @Test
  void quote_escapes_quotes_backslashes_and_control_characters() {
    assertThat(SampleFixtures.quote("a\"b\\c\nd\u007f")).isEqualTo("\"a\\\"b\\\\c\\u000ad\\u007f\"");
  }

  @Test
  void quote_writes_characters_outside_the_basic_plane_as_surrogate_pairs() {
    assertThat(SampleFixtures.quote("\uD83D\uDE00")).isEqualTo("\"\\ud83d\\ude00\"");
  }

  @Test
  void the_whole_fixture_wraps_the_result_with_its_service_and_authenticity() {
    CreditCardSample card = SampleData.creditCard(1);
    assertThat(SampleFixtures.fixtureJson(card, true))
        .isEqualTo("{\"service\":\"credit-card\",\"result\":" + SampleFixtures.resultJson(card) + ",\"authentic\":true}");
    assertThat(SampleFixtures.fixtureJson(SampleData.passport(1), false))
        .startsWith("{\"service\":\"id-card\",\"result\":{\"idType\":\"passport\"").endsWith(",\"authentic\":false}");
  }
}
