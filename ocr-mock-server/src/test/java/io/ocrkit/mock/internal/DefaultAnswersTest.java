package io.ocrkit.mock.internal;

import io.ocrkit.mock.samples.CheckDigits;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DefaultAnswersTest {

  private static byte[] hash(int i) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(("image " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> values(Map<String, Object> idCard) {
    return ((List<Map<String, Object>>) idCard.get("keyValues")).stream()
        .collect(Collectors.toMap(kv -> (String) kv.get("key"), kv -> (String) kv.get("value")));
  }

  private static boolean luhn(String number) {
    int sum = 0;
    for (int i = 0; i < number.length(); i++) {
      int d = number.charAt(number.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_expiry_is_in_ascii_digits_whatever_the_default_locale() throws Exception {
    java.util.Locale before = java.util.Locale.getDefault();
    java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
    try {
      for (int i = 0; i < 50; i++) {
        Map<String, Object> card = DefaultAnswers.creditCard(hash(i), 640, 400, LocalDate.of(2026, 12, 1));
        assertThat((String) ((Map<String, Object>) card.get("validThru")).get("value")).matches("(0[1-9]|1[0-2])/[0-9]{2}");
      }
    } finally {
      java.util.Locale.setDefault(before);
    }
    assertThat(DefaultAnswers.twoDigits(7)).isEqualTo("07");
    assertThat(DefaultAnswers.twoDigits(31)).isEqualTo("31");
  }

  @Test
  void known_check_digits_are_computed_as_the_standards_say() {
    assertThat(CheckDigits.luhnCheckDigit("411111111111111")).isEqualTo(1);
    assertThat(CheckDigits.mrzCheckDigit("L898902C3")).isEqualTo(6); // ICAO 9303 part 3 example
    assertThat(CheckDigits.mrzCheckDigit("740812")).isEqualTo(2);
    assertThat(CheckDigits.residentNumberCheckDigit("900101123456")).isEqualTo(8);
  }

  @Test
  void every_default_card_number_is_luhn_valid_with_a_visa_mastercard_or_amex_prefix_and_a_future_expiry() throws Exception {
    LocalDate today = LocalDate.of(2026, 11, 25);
    for (int i = 0; i < 200; i++) {
      Map<String, Object> card = DefaultAnswers.creditCard(hash(i), 800, 500, today);
      String number = (String) card.get("totalCardNum");
      assertThat(number).matches("(4\\d{15}|5[1-5]\\d{14}|3[47]\\d{13})");
      assertThat(luhn(number)).as("Luhn").isTrue();
      @SuppressWarnings("unchecked")
      String expiry = (String) ((Map<String, Object>) card.get("validThru")).get("value");
      assertThat(expiry).matches("(0[1-9]|1[0-2])/\\d{2}");
      assertThat(2000 + Integer.parseInt(expiry.substring(3))).isGreaterThan(today.getYear());
    }
  }

  @Test
  void every_default_resident_number_has_a_real_birth_date_and_the_right_check_digit() throws Exception {
    DateTimeFormatter yyMMdd = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    int seen = 0;
    for (int i = 0; i < 200; i++) {
      Map<String, Object> id = DefaultAnswers.idCard(hash(i), 800, 500, LocalDate.of(2026, 11, 25));
      String resident = values(id).get("residentNumber");
      if (resident == null) {
        continue;
      }
      seen++;
      String digits = resident.replace("-", "");
      assertThat(digits).hasSize(13);
      int centuryDigit = digits.charAt(6) - '0';
      assertThat(centuryDigit).isBetween(1, 4);
      String century = centuryDigit <= 2 ? "19" : "20";
      LocalDate.parse(century + digits.substring(0, 6), yyMMdd); // throws if not a real date
      assertThat(CheckDigits.residentNumberCheckDigit(digits.substring(0, 12))).isEqualTo(digits.charAt(12) - '0');
    }
    assertThat(seen).isGreaterThan(50);
  }

  @Test
  void every_default_driver_licence_has12_digits_with_a_region_code() throws Exception {
    int seen = 0;
    for (int i = 0; i < 200; i++) {
      Map<String, Object> id = DefaultAnswers.idCard(hash(i), 800, 500, LocalDate.of(2026, 11, 25));
      if (!"driver".equals(id.get("idType"))) {
        continue;
      }
      seen++;
      String licence = values(id).get("driverLicenseNumber").replace("-", "");
      assertThat(licence).matches("\\d{12}");
      assertThat(Integer.parseInt(licence.substring(0, 2))).isBetween(11, 28);
      assertThat(values(id).get("serialNum")).matches("[0-9A-Z]{6}");
    }
    assertThat(seen).isPositive();
  }

  @Test
  void every_default_passport_mrz_carries_correct_icao_check_digits() throws Exception {
    int seen = 0;
    for (int i = 0; i < 200; i++) {
      Map<String, Object> id = DefaultAnswers.idCard(hash(i), 800, 500, LocalDate.of(2026, 11, 25));
      if (!"passport".equals(id.get("idType"))) {
        continue;
      }
      seen++;
      Map<String, String> v = values(id);
      String mrz2 = v.get("MRZ2");
      assertThat(v.get("MRZ1")).hasSize(44).startsWith("PMKOR");
      assertThat(mrz2).hasSize(44);
      assertThat(mrz2.substring(0, 9)).isEqualTo(v.get("passportNo"));
      assertThat(CheckDigits.mrzCheckDigit(mrz2.substring(0, 9))).isEqualTo(mrz2.charAt(9) - '0');
      assertThat(CheckDigits.mrzCheckDigit(mrz2.substring(13, 19))).isEqualTo(mrz2.charAt(19) - '0');
      assertThat(CheckDigits.mrzCheckDigit(mrz2.substring(21, 27))).isEqualTo(mrz2.charAt(27) - '0');
      assertThat(CheckDigits.mrzCheckDigit(mrz2.substring(28, 42))).isEqualTo(mrz2.charAt(42) - '0');
      String composite = mrz2.substring(0, 10) + mrz2.substring(13, 20) + mrz2.substring(21, 43);
      assertThat(CheckDigits.mrzCheckDigit(composite)).isEqualTo(mrz2.charAt(43) - '0');
      assertThat(mrz2.substring(13, 19)).isEqualTo(v.get("dateOfBirthYMD").substring(2));
    }
    assertThat(seen).isPositive();
  }
}
