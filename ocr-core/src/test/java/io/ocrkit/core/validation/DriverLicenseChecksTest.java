package io.ocrkit.core.validation;

import static io.ocrkit.core.validation.Results.LICENCE;
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

class DriverLicenseChecksTest {

  private static IdCardScan licence(String number, String residentNumber, String issueDate) {
    return scan(IdType.DRIVER, Map.of("driverLicenseNumber", number, "licenseType", "1종보통",
        "name", "홍길동", "residentNumber", residentNumber, "condition", "none",
        "serialNum", "A1B2C3", "issueDate", issueDate, "issuer", "서울지방경찰청장"));
  }

  @Test
  void a_good_licence_has_no_findings() {
    assertThat(check(licence(LICENCE, RRN, "2019.03.15"))).isEmpty();
  }

  @Test
  void the_number_may_be_printed_with_dashes() {
    assertThat(check(licence("11-23-123456-00", RRN, "20190315"))).isEmpty();
  }

  @Test
  void the_seven_digit_form_of_the_resident_number_is_accepted() {
    assertThat(check(licence(LICENCE, "800101-1", "2019.03.15"))).isEmpty();
  }

  @Test
  void the_seven_digit_form_is_checked_for_a_real_birth_date() {
    assertThat(codes(check(licence(LICENCE, "8002301", "2019.03.15"))))
        .containsExactly(FindingCodes.RRN_BIRTH_DATE_INVALID);
  }

  @Test
  void a_resident_number_of_eight_digits_is_a_format_error() {
    assertThat(codes(check(licence(LICENCE, "80010112", "2019.03.15")))).containsExactly(FindingCodes.RRN_FORMAT);
  }

  @Test
  void the_full_resident_number_on_a_licence_issued_before_2020_is_held_to_its_check_digit() {
    List<Finding> findings = check(licence(LICENCE, "8001011234561", "2019.03.15"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.RRN_CHECK_DIGIT);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void eleven_digits_are_a_format_error() {
    List<Finding> findings = check(licence("11231234560", RRN, "2019.03.15"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.DL_NUMBER_FORMAT);
      assertThat(f.field()).isEqualTo("driverLicenseNumber");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void a_region_code_that_does_not_exist_is_an_error() {
    List<Finding> findings = check(licence("272312345600", RRN, "2019.03.15"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.DL_REGION_UNKNOWN);
      assertThat(f.field()).isEqualTo("driverLicenseNumber");
    });
  }

  @Test
  void an_issue_date_that_is_no_real_day_is_an_error() {
    assertThat(codes(check(licence(LICENCE, RRN, "20190230")))).containsExactly(FindingCodes.DATE_INVALID);
  }

  @Test
  void an_unreadable_issue_date_is_a_warning() {
    List<Finding> findings = check(licence(LICENCE, RRN, "2019 3 15"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.DATE_UNREADABLE);
      assertThat(f.field()).isEqualTo("issueDate");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
    });
  }
}
