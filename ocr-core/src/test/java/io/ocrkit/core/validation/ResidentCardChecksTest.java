package io.ocrkit.core.validation;

import static io.ocrkit.core.validation.Results.RRN;
import static io.ocrkit.core.validation.Results.check;
import static io.ocrkit.core.validation.Results.codes;
import static io.ocrkit.core.validation.Results.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.Finding;
import io.ocrkit.core.model.Finding.Severity;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.IdType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResidentCardChecksTest {

  private static IdCardScan resident(String number, String issueDate) {
    return scan(IdType.RESIDENT, Map.of("name", "홍길동", "residentNumber", number,
        "issueDate", issueDate, "issuer", "서울특별시 종로구청장"));
  }

  @Test
  void a_good_card_has_no_findings() {
    assertThat(check(resident(RRN, "2019.03.15"))).isEmpty();
  }

  @Test
  void the_number_may_be_printed_with_its_dash() {
    assertThat(check(resident("800101-1234560", "20190315"))).isEmpty();
  }

  @Test
  void twelve_digits_are_a_format_error() {
    List<Finding> findings = check(resident("800101-123456", "2019.03.15"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.RRN_FORMAT);
      assertThat(f.field()).isEqualTo("residentNumber");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void the_seven_digit_form_is_not_enough_on_a_resident_card() {
    assertThat(codes(check(resident("8001011", "2019.03.15")))).containsExactly(FindingCodes.RRN_FORMAT);
  }

  @Test
  void a_birth_date_that_is_no_real_day_is_an_error() {
    String number = "800231123456";
    List<Finding> findings = check(resident(number + ResidentNumbers.checkDigit(number), "2019.03.15"));
    assertThat(codes(findings)).containsExactly(FindingCodes.RRN_BIRTH_DATE_INVALID);
  }

  @Test
  void the_century_digit_decides_whether_the_twenty_ninth_of_february_exists() {
    String in1900 = "000229112345";
    String in2000 = "000229312345";
    assertThat(codes(check(resident(in1900 + ResidentNumbers.checkDigit(in1900), "2019.03.15"))))
        .containsExactly(FindingCodes.RRN_BIRTH_DATE_INVALID);
    assertThat(check(resident(in2000 + ResidentNumbers.checkDigit(in2000), "2019.03.15"))).isEmpty();
  }

  @Test
  void a_birth_date_in_the_future_is_an_error() {
    String number = "251231412345";
    List<Finding> findings = check(resident(number + "0", "2025.01.02"));
    assertThat(codes(findings)).contains(FindingCodes.RRN_BIRTH_DATE_IN_FUTURE);
  }

  @Test
  void a_check_digit_mismatch_on_a_card_issued_before_october_2020_is_an_error() {
    List<Finding> findings = check(resident("8001011234561", "2019.03.15"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.RRN_CHECK_DIGIT);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void a_check_digit_mismatch_on_a_card_issued_later_is_only_a_notice() {
    List<Finding> findings = check(resident("8001011234561", "2021.03.15"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.RRN_CHECK_DIGIT);
      assertThat(f.severity()).isEqualTo(Severity.NOTICE);
    });
  }

  @Test
  void the_number_of_a_person_born_since_october_2020_is_not_held_to_a_check_digit() {
    String number = "2011013123456";
    assertThat(check(resident(number, "2022.01.05"))).isEmpty();
  }

  @Test
  void an_unreadable_issue_date_is_a_warning() {
    List<Finding> findings = check(resident(RRN, "2019.O3.15"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.DATE_UNREADABLE);
      assertThat(f.field()).isEqualTo("issueDate");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
    });
  }

  @Test
  void an_issue_date_that_is_no_real_day_is_an_error() {
    List<Finding> findings = check(resident(RRN, "2019.02.30"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.DATE_INVALID);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void an_issue_date_in_the_future_is_an_error() {
    assertThat(codes(check(resident(RRN, "2030.01.01")))).containsExactly(FindingCodes.DATE_IN_FUTURE);
  }
}
