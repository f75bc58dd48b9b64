package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The authenticity judge on its own: fields against the scan behind the Request-Key. */
class AuthenticityJudgeTest {

  private final AuthenticityJudge judge = new AuthenticityJudge();
  private final CardLocks locks = new CardLocks();

  private static final RequestKeyLedger.Scan RESIDENT = new RequestKeyLedger.Scan("resident",
      Map.of("name", "홍길동", "residentNumber", "900101-1234568", "issueDate", "2015.03.02"), true);
  private static final RequestKeyLedger.Scan DRIVER = new RequestKeyLedger.Scan("driver",
      Map.of("name", "김철수", "residentNumber", "8505051234567", "driverLicenseNumber", "11-22-333333-44"), true);
  private static final RequestKeyLedger.Scan PASSPORT = new RequestKeyLedger.Scan("passport",
      Map.of("koreanName", "이영희", "surName", "LEE", "givenName", "YOUNGHEE", "passportNo", "M12345678",
          "dateOfBirthYMD", "1990-01-01", "dateOfIssueYMD", "2020-01-01", "dateOfExpiryYMD", "2030-01-01"), true);

  private static Map<String, String> resident(String issueDate) {
    Map<String, String> f = new HashMap<>();
    f.put("idType", "resident");
    f.put("name", "홍 길동");
    f.put("residentNumber", "9001011234568");
    f.put("issueDate", issueDate);
    return f;
  }

  private static Map<String, String> passport(String name) {
    return Map.of("idType", "passport", "name", name, "passportNumber", "m12345678", "birthDate", "19900101",
        "issueDate", "20200101", "expirationDate", "20300101");
  }

  @Test
  void matching_fields_compare_names_without_spaces_and_numbers_by_their_digits() {
    assertThat(judge.judge(locks, RESIDENT, resident("20150302"))).isTrue();
  }

  @Test
  void a_forged_card_is_not_authentic_even_with_matching_fields() {
    RequestKeyLedger.Scan forged = new RequestKeyLedger.Scan("resident", RESIDENT.values(), false);
    assertThat(judge.judge(locks, forged, resident("20150302"))).isFalse();
  }

  @Test
  void another_id_type_than_the_scan_is_not_authentic() {
    assertThat(judge.judge(locks, DRIVER, resident("20150302"))).isFalse();
  }

  @Test
  void a_driver_licence_matches_the_first_seven_digits_of_the_resident_number() {
    Map<String, String> fields = Map.of("idType", "driver", "name", "김철수", "residentNumber", "850505-1",
        "driverLicenseNumber", "112233333344");
    assertThat(judge.judge(locks, DRIVER, fields)).isTrue();
  }

  @Test
  void a_passport_check_is_an_invalid_parameter_since_its_withdrawal() {
    assertThatThrownBy(() -> judge.judge(locks, PASSPORT, passport("이영희")))
        .isInstanceOf(Reject.class).satisfies(r -> assertThat(((Reject) r).code()).isEqualTo(4000001));
  }

  @Test
  void fields_without_an_id_type_are_an_invalid_parameter() {
    Map<String, String> fields = resident("20150302");
    fields.remove("idType");
    assertThatThrownBy(() -> judge.judge(locks, RESIDENT, fields))
        .isInstanceOf(Reject.class).satisfies(r -> assertThat(((Reject) r).code()).isEqualTo(4000001));
  }

  @Test
  void an_issue_date_read_in_any_printed_form_matches_the_same_day() {
    for (String printed : new String[] {"2015.03.02.", "2015.03.02", "2015.3.2"}) {
      RequestKeyLedger.Scan scan = new RequestKeyLedger.Scan("resident",
          Map.of("name", "홍길동", "residentNumber", "900101-1234568", "issueDate", printed), true);
      assertThat(judge.judge(new CardLocks(), scan, resident("20150302"))).as(printed).isTrue();
      assertThat(judge.judge(new CardLocks(), scan, resident("20150320"))).as(printed).isFalse();
    }
  }

  @Test
  void a_driver_check_needs_no_issue_date() {
    Map<String, String> fields = Map.of("idType", "driver", "name", "김철수", "residentNumber", "8505051",
        "driverLicenseNumber", "112233333344");
    assertThat(judge.judge(locks, DRIVER, fields)).isTrue();
  }

  @Test
  void a_malformed_field_is_an_invalid_parameter_not_a_mismatch() {
    Map<String, String> shortNumber = resident("20150302");
    shortNumber.put("residentNumber", "9");
    Map<String, String> noSuchDay = resident("20151345");
    Map<String, String> letters = resident("2015O302");
    Map<String, String> driver = new HashMap<>(Map.of("idType", "driver", "name", "김철수",
        "residentNumber", "8505051", "driverLicenseNumber", "1122"));
    for (Map<String, String> fields : java.util.List.of(shortNumber, noSuchDay, letters, driver)) {
      assertThatThrownBy(() -> judge.judge(new CardLocks(), fields.get("idType").equals("driver") ? DRIVER : RESIDENT,
          fields)).as(fields.toString())
          .isInstanceOf(Reject.class).satisfies(r -> assertThat(((Reject) r).code()).isEqualTo(4000001));
    }
  }

  @Test
  void a_missing_required_field_is_an_invalid_parameter() {
    Map<String, String> fields = resident("20150302");
    fields.remove("issueDate");
    assertThatThrownBy(() -> judge.judge(locks, RESIDENT, fields))
        .isInstanceOf(Reject.class).satisfies(r -> assertThat(((Reject) r).code()).isEqualTo(4000001));
  }

  @Test
  void the_fifth_wrong_issue_date_locks_the_card_and_then_even_the_right_one_is_refused() {
    for (int i = 1; i < CardLocks.WRONG_ISSUE_DATES_TO_LOCK; i++) {
      assertThat(judge.judge(locks, RESIDENT, resident("20150303"))).isFalse();
    }
    assertThatThrownBy(() -> judge.judge(locks, RESIDENT, resident("20150303")))
        .isInstanceOf(Reject.class).satisfies(r -> assertThat(((Reject) r).code()).isEqualTo(4000123));
    assertThatThrownBy(() -> judge.judge(locks, RESIDENT, resident("20150302")))
        .isInstanceOf(Reject.class).satisfies(r -> assertThat(((Reject) r).code()).isEqualTo(4000123));
  }
}
