package io.ocrkit.core.validation;

import static io.ocrkit.core.validation.Results.MRZ1;
import static io.ocrkit.core.validation.Results.MRZ2;
import static io.ocrkit.core.validation.Results.SPECIMEN_CLOCK;
import static io.ocrkit.core.validation.Results.codes;
import static io.ocrkit.core.validation.Results.passport;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.Finding;
import io.ocrkit.core.model.Finding.Severity;
import io.ocrkit.core.model.IdCardScan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

// The specimen passport of ICAO Doc 9303 Part 4, checked on a day it was valid.
class PassportChecksTest {

  private static final StandardValidator VALIDATOR = StandardValidator.create(SPECIMEN_CLOCK);

  private static List<Finding> check(IdCardScan scan) {
    return Results.check(VALIDATOR, scan);
  }

  private static String replace(String line, int index, char c) {
    return line.substring(0, index) + c + line.substring(index + 1);
  }

  @Test
  void the_specimen_has_no_findings() {
    assertThat(check(passport(Map.of()))).isEmpty();
  }

  @Test
  void a_passport_read_from_its_zone_alone_has_no_findings() {
    // Passports are read from the MRZ only: the printed-page keys may all be absent.
    assertThat(check(passport(Map.of("koreanName", "", "dateOfIssue", "", "dateOfIssueYMD", "",
        "personalNo", "")))).isEmpty();
  }

  @Test
  void spaces_the_recogniser_put_into_the_zone_are_ignored() {
    assertThat(check(passport(Map.of("MRZ2", MRZ2.substring(0, 20) + " " + MRZ2.substring(20))))).isEmpty();
  }

  @Test
  void a_missing_zone_is_a_notice() {
    List<Finding> findings = check(passport(Map.of("MRZ2", "")));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.MRZ_MISSING);
      assertThat(f.field()).isEqualTo("MRZ2");
      assertThat(f.severity()).isEqualTo(Severity.NOTICE);
    });
  }

  @Test
  void a_short_line_is_a_format_error() {
    List<Finding> findings = check(passport(Map.of("MRZ1", MRZ1.substring(0, 43))));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.MRZ_FORMAT);
      assertThat(f.field()).isEqualTo("MRZ1");
    });
  }

  @Test
  void a_lower_case_second_line_is_a_format_error() {
    assertThat(codes(check(passport(Map.of("MRZ2", MRZ2.replace('L', 'l'))))))
        .containsExactly(FindingCodes.MRZ_FORMAT);
  }

  @Test
  void a_wrong_passport_number_check_digit_is_an_error() {
    // Only the check digit changes: the composite, which covers it, fails as well.
    List<Finding> findings = check(passport(Map.of("MRZ2", replace(MRZ2, 9, '5'))));
    assertThat(codes(findings)).containsExactly(
        FindingCodes.MRZ_DOCUMENT_NUMBER_CHECK, FindingCodes.MRZ_COMPOSITE_CHECK);
    assertThat(findings).allSatisfy(f -> {
      assertThat(f.field()).isEqualTo("MRZ2");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void a_wrong_birth_date_check_digit_is_an_error() {
    assertThat(codes(check(passport(Map.of("MRZ2", replace(MRZ2, 19, '3'))))))
        .containsExactly(FindingCodes.MRZ_BIRTH_DATE_CHECK, FindingCodes.MRZ_COMPOSITE_CHECK);
  }

  @Test
  void a_wrong_expiry_check_digit_is_an_error() {
    assertThat(codes(check(passport(Map.of("MRZ2", replace(MRZ2, 27, '3'))))))
        .containsExactly(FindingCodes.MRZ_EXPIRY_DATE_CHECK, FindingCodes.MRZ_COMPOSITE_CHECK);
  }

  @Test
  void a_wrong_personal_number_check_digit_is_an_error() {
    assertThat(codes(check(passport(Map.of("MRZ2", replace(MRZ2, 42, '3'))))))
        .containsExactly(FindingCodes.MRZ_PERSONAL_NUMBER_CHECK, FindingCodes.MRZ_COMPOSITE_CHECK);
  }

  @Test
  void a_wrong_composite_check_digit_is_an_error() {
    assertThat(codes(check(passport(Map.of("MRZ2", replace(MRZ2, 43, '3'))))))
        .containsExactly(FindingCodes.MRZ_COMPOSITE_CHECK);
  }

  @Test
  void a_zone_date_that_is_no_real_day_is_an_error() {
    // 31 April, with every check digit recomputed so that only the date itself is wrong.
    String line2 = MRZ2.substring(0, 21) + "120431" + Mrz.checkDigit("120431") + MRZ2.substring(28, 43);
    line2 = line2 + Mrz.checkDigit(line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43));
    List<Finding> findings = check(passport(Map.of("MRZ2", line2, "dateOfExpiryYMD", "")));
    assertThat(codes(findings)).containsExactly(FindingCodes.MRZ_DATE_INVALID);
  }

  @Test
  void a_passport_number_that_disagrees_with_the_zone_is_an_error() {
    List<Finding> findings = check(passport(Map.of("passportNo", "L898962C3")));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.PASSPORT_MRZ_MISMATCH);
      assertThat(f.field()).isEqualTo("passportNo");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void a_birth_date_that_disagrees_with_the_zone_is_an_error() {
    List<Finding> findings = check(passport(Map.of("dateOfBirthYMD", "19740813")));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.PASSPORT_MRZ_MISMATCH);
      assertThat(f.field()).isEqualTo("dateOfBirthYMD");
    });
  }

  @Test
  void an_expiry_that_disagrees_with_the_zone_is_an_error() {
    List<Finding> findings = check(passport(Map.of("dateOfExpiryYMD", "20120416")));
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("dateOfExpiryYMD"));
  }

  @Test
  void a_sex_that_disagrees_with_the_zone_is_an_error() {
    List<Finding> findings = check(passport(Map.of("sex", "M")));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.PASSPORT_MRZ_MISMATCH);
      assertThat(f.field()).isEqualTo("sex");
    });
  }

  @Test
  void a_sex_with_the_korean_word_added_still_agrees() {
    assertThat(check(passport(Map.of("sex", "F/여")))).isEmpty();
  }

  @Test
  void a_surname_that_disagrees_with_the_zone_is_an_error() {
    List<Finding> findings = check(passport(Map.of("surName", "ERIKSON")));
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("surName"));
  }

  @Test
  void given_names_that_disagree_with_the_zone_are_an_error() {
    List<Finding> findings = check(passport(Map.of("givenName", "ANNA MARTA")));
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("givenName"));
  }

  @Test
  void names_are_compared_without_spacing_or_case() {
    assertThat(check(passport(Map.of("givenName", "Anna  Maria", "surName", "eriksson")))).isEmpty();
  }

  @Test
  void an_expired_passport_is_a_warning() {
    List<Finding> findings = Results.check(StandardValidator.create(Results.CLOCK), passport(Map.of()));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.PASSPORT_EXPIRED);
      assertThat(f.field()).isEqualTo("dateOfExpiryYMD");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
    });
  }

  @Test
  void without_a_visual_expiry_the_zone_tells_that_the_passport_expired() {
    List<Finding> findings = Results.check(StandardValidator.create(Results.CLOCK),
        passport(Map.of("dateOfExpiryYMD", "")));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.PASSPORT_EXPIRED);
      assertThat(f.field()).isEqualTo("MRZ2");
    });
  }

  @Test
  void a_visual_date_that_is_no_real_day_is_an_error() {
    List<Finding> findings = check(passport(Map.of("dateOfIssueYMD", "20020431")));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.DATE_INVALID);
      assertThat(f.field()).isEqualTo("dateOfIssueYMD");
    });
  }

  @Test
  void an_issue_date_in_the_future_is_an_error() {
    assertThat(codes(check(passport(Map.of("dateOfIssueYMD", "20110202")))))
        .containsExactly(FindingCodes.DATE_IN_FUTURE);
  }
}
