package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The default answers come in the formats the service returns, not in tidy canonical ones. */
class DefaultFormatsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private static byte[] hash(int i) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(("image " + i).getBytes(StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> values(Map<String, Object> idCard) {
    return ((List<Map<String, Object>>) idCard.get("keyValues")).stream()
        .collect(Collectors.toMap(kv -> (String) kv.get("key"), kv -> (String) kv.get("value")));
  }

  @Test
  void resident_numbers_and_licence_numbers_are_printed_with_their_dashes() throws Exception {
    Set<String> kinds = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      Map<String, Object> id = DefaultAnswers.idCard(hash(i), 800, 500, TODAY);
      Map<String, String> v = values(id);
      if (v.containsKey("residentNumber")) {
        assertThat(v.get("residentNumber")).matches("\\d{6}-\\d{7}");
      }
      if ("driver".equals(id.get("idType"))) {
        assertThat(v.get("driverLicenseNumber")).matches("\\d{2}-\\d{2}-\\d{6}-\\d{2}");
      }
      kinds.add((String) id.get("idType"));
    }
    assertThat(kinds).contains("resident", "driver");
  }

  @Test
  void issue_dates_vary_among_the_services_three_forms() throws Exception {
    Set<String> forms = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String issued = values(DefaultAnswers.idCard(hash(i), 800, 500, TODAY)).get("issueDate");
      if (issued == null) {
        continue;
      }
      if (issued.matches("\\d{4}\\.\\d{2}\\.\\d{2}\\.")) {
        forms.add("yyyy.mm.dd.");
      } else if (issued.matches("\\d{4}\\.\\d{2}\\.\\d{2}")) {
        forms.add("yyyy.mm.dd");
      } else if (issued.matches("\\d{4}\\.[1-9]\\d?\\.[1-9]\\d?")) {
        forms.add("yyyy.m.d");
      } else {
        throw new AssertionError("an issue date in no documented form: " + issued);
      }
    }
    assertThat(forms).containsExactlyInAnyOrder("yyyy.mm.dd.", "yyyy.mm.dd", "yyyy.m.d");
  }

  @Test
  @SuppressWarnings("unchecked")
  void american_express_numbers_read_as_three_groups_of_four_six_five() throws Exception {
    int seen = 0;
    for (int i = 0; i < 200; i++) {
      Map<String, Object> card = DefaultAnswers.creditCard(hash(i), 800, 500, TODAY);
      String number = (String) card.get("totalCardNum");
      List<String> groups = ((List<Map<String, Object>>) card.get("cardNums")).stream()
          .map(g -> (String) g.get("value")).toList();
      assertThat(String.join("", groups)).isEqualTo(number);
      assertThat(((List<?>) card.get("cardNumBoxes"))).hasSameSizeAs(groups);
      if (number.startsWith("34") || number.startsWith("37")) {
        seen++;
        assertThat(number).hasSize(15);
        assertThat(groups).extracting(String::length).containsExactly(4, 6, 5);
      } else {
        assertThat(groups).extracting(String::length).containsExactly(4, 4, 4, 4);
      }
    }
    assertThat(seen).isPositive();
  }

  @Test
  void passports_hold_only_what_the_mrz_holds() throws Exception {
    int seen = 0;
    int withPersonalNo = 0;
    for (int i = 0; i < 200; i++) {
      Map<String, Object> id = DefaultAnswers.idCard(hash(i), 800, 500, TODAY);
      if (!"passport".equals(id.get("idType"))) {
        continue;
      }
      seen++;
      Map<String, String> v = values(id);
      assertThat(v).doesNotContainKeys("koreanName", "dateOfIssue", "dateOfIssueYMD");
      assertThat(v).containsKeys("passportNo", "surName", "givenName", "dateOfBirthYMD", "dateOfExpiryYMD", "MRZ1", "MRZ2");
      if (v.containsKey("personalNo")) {
        withPersonalNo++;
        assertThat(v.get("MRZ2").substring(28, 35)).isEqualTo(v.get("personalNo"));
      } else {
        assertThat(v.get("MRZ2").substring(28, 42)).isEqualTo("<".repeat(14));
      }
    }
    assertThat(seen).isPositive();
    assertThat(withPersonalNo).as("passports with a personal number").isPositive().isLessThan(seen / 2);
  }
}
