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
  void aGoodLicenceHasNoFindings() {
    assertThat(check(licence(LICENCE, RRN, "2019.03.15"))).isEmpty();
  }

  @Test
  void theNumberMayBePrintedWithDashes() {
    assertThat(check(licence("11-23-123456-00", RRN, "20190315"))).isEmpty();
  }

  @Test
  void theSevenDigitFormOfTheResidentNumberIsAccepted() {
    assertThat(check(licence(LICENCE, "800101-1", "2019.03.15"))).isEmpty();
  }

  @Test
  void theSevenDigitFormIsCheckedForARealBirthDate() {
    assertThat(codes(check(licence(LICENCE, "8002301", "2019.03.15"))))
        .containsExactly(FindingCodes.RRN_BIRTH_DATE_INVALID);
  }

  @Test
  void aResidentNumberOfEightDigitsIsAFormatError() {
    assertThat(codes(check(licence(LICENCE, "80010112", "2019.03.15")))).containsExactly(FindingCodes.RRN_FORMAT);
  }

  @Test
  void theFullResidentNumberOnALicenceIssuedBefore2020IsHeldToItsCheckDigit() {
    List<Finding> findings = check(licence(LICENCE, "8001011234561", "2019.03.15"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.RRN_CHECK_DIGIT);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void elevenDigitsAreAFormatError() {
    List<Finding> findings = check(licence("11231234560", RRN, "2019.03.15"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.DL_NUMBER_FORMAT);
      assertThat(f.field()).isEqualTo("driverLicenseNumber");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void aRegionCodeThatDoesNotExistIsAnError() {
    List<Finding> findings = check(licence("272312345600", RRN, "2019.03.15"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.DL_REGION_UNKNOWN);
      assertThat(f.field()).isEqualTo("driverLicenseNumber");
    });
  }

  @Test
  void anIssueDateThatIsNoRealDayIsAnError() {
    assertThat(codes(check(licence(LICENCE, RRN, "20190230")))).containsExactly(FindingCodes.DATE_INVALID);
  }

  @Test
  void anUnreadableIssueDateIsAWarning() {
    List<Finding> findings = check(licence(LICENCE, RRN, "2019 3 15"));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.DATE_UNREADABLE);
      assertThat(f.field()).isEqualTo("issueDate");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
    });
  }
}
