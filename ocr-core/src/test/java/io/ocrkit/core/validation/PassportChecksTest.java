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
  void theSpecimenHasNoFindings() {
    assertThat(check(passport(Map.of()))).isEmpty();
  }

  @Test
  void aPassportReadFromItsZoneAloneHasNoFindings() {
    // Passports are read from the MRZ only: the printed-page keys may all be absent.
    assertThat(check(passport(Map.of("koreanName", "", "dateOfIssue", "", "dateOfIssueYMD", "",
        "personalNo", "")))).isEmpty();
  }

  @Test
  void spacesTheRecogniserPutIntoTheZoneAreIgnored() {
    assertThat(check(passport(Map.of("MRZ2", MRZ2.substring(0, 20) + " " + MRZ2.substring(20))))).isEmpty();
  }

  @Test
  void aMissingZoneIsANotice() {
    List<Finding> findings = check(passport(Map.of("MRZ2", "")));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.MRZ_MISSING);
      assertThat(f.field()).isEqualTo("MRZ2");
      assertThat(f.severity()).isEqualTo(Severity.NOTICE);
    });
  }

  @Test
  void aShortLineIsAFormatError() {
    List<Finding> findings = check(passport(Map.of("MRZ1", MRZ1.substring(0, 43))));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.MRZ_FORMAT);
      assertThat(f.field()).isEqualTo("MRZ1");
    });
  }

  @Test
  void aLowerCaseSecondLineIsAFormatError() {
    assertThat(codes(check(passport(Map.of("MRZ2", MRZ2.replace('L', 'l'))))))
        .containsExactly(FindingCodes.MRZ_FORMAT);
  }

  @Test
  void aWrongPassportNumberCheckDigitIsAnError() {
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
  void aWrongBirthDateCheckDigitIsAnError() {
    assertThat(codes(check(passport(Map.of("MRZ2", replace(MRZ2, 19, '3'))))))
        .containsExactly(FindingCodes.MRZ_BIRTH_DATE_CHECK, FindingCodes.MRZ_COMPOSITE_CHECK);
  }

  @Test
  void aWrongExpiryCheckDigitIsAnError() {
    assertThat(codes(check(passport(Map.of("MRZ2", replace(MRZ2, 27, '3'))))))
        .containsExactly(FindingCodes.MRZ_EXPIRY_DATE_CHECK, FindingCodes.MRZ_COMPOSITE_CHECK);
  }

  @Test
  void aWrongPersonalNumberCheckDigitIsAnError() {
    assertThat(codes(check(passport(Map.of("MRZ2", replace(MRZ2, 42, '3'))))))
        .containsExactly(FindingCodes.MRZ_PERSONAL_NUMBER_CHECK, FindingCodes.MRZ_COMPOSITE_CHECK);
  }

  @Test
  void aWrongCompositeCheckDigitIsAnError() {
    assertThat(codes(check(passport(Map.of("MRZ2", replace(MRZ2, 43, '3'))))))
        .containsExactly(FindingCodes.MRZ_COMPOSITE_CHECK);
  }

  @Test
  void aZoneDateThatIsNoRealDayIsAnError() {
    // 31 April, with every check digit recomputed so that only the date itself is wrong.
    String line2 = MRZ2.substring(0, 21) + "120431" + Mrz.checkDigit("120431") + MRZ2.substring(28, 43);
    line2 = line2 + Mrz.checkDigit(line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43));
    List<Finding> findings = check(passport(Map.of("MRZ2", line2, "dateOfExpiryYMD", "")));
    assertThat(codes(findings)).containsExactly(FindingCodes.MRZ_DATE_INVALID);
  }

  @Test
  void aPassportNumberThatDisagreesWithTheZoneIsAnError() {
    List<Finding> findings = check(passport(Map.of("passportNo", "L898962C3")));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.PASSPORT_MRZ_MISMATCH);
      assertThat(f.field()).isEqualTo("passportNo");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void aBirthDateThatDisagreesWithTheZoneIsAnError() {
    List<Finding> findings = check(passport(Map.of("dateOfBirthYMD", "19740813")));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.PASSPORT_MRZ_MISMATCH);
      assertThat(f.field()).isEqualTo("dateOfBirthYMD");
    });
  }

  @Test
  void anExpiryThatDisagreesWithTheZoneIsAnError() {
    List<Finding> findings = check(passport(Map.of("dateOfExpiryYMD", "20120416")));
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("dateOfExpiryYMD"));
  }

  @Test
  void aSexThatDisagreesWithTheZoneIsAnError() {
    List<Finding> findings = check(passport(Map.of("sex", "M")));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.PASSPORT_MRZ_MISMATCH);
      assertThat(f.field()).isEqualTo("sex");
    });
  }

  @Test
  void aSexWithTheKoreanWordAddedStillAgrees() {
    assertThat(check(passport(Map.of("sex", "F/여")))).isEmpty();
  }

  @Test
  void aSurnameThatDisagreesWithTheZoneIsAnError() {
    List<Finding> findings = check(passport(Map.of("surName", "ERIKSON")));
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("surName"));
  }

  @Test
  void givenNamesThatDisagreeWithTheZoneAreAnError() {
    List<Finding> findings = check(passport(Map.of("givenName", "ANNA MARTA")));
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("givenName"));
  }

  @Test
  void namesAreComparedWithoutSpacingOrCase() {
    assertThat(check(passport(Map.of("givenName", "Anna  Maria", "surName", "eriksson")))).isEmpty();
  }

  @Test
  void anExpiredPassportIsAWarning() {
    List<Finding> findings = Results.check(StandardValidator.create(Results.CLOCK), passport(Map.of()));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.PASSPORT_EXPIRED);
      assertThat(f.field()).isEqualTo("dateOfExpiryYMD");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
    });
  }

  @Test
  void withoutAVisualExpiryTheZoneTellsThatThePassportExpired() {
    List<Finding> findings = Results.check(StandardValidator.create(Results.CLOCK),
        passport(Map.of("dateOfExpiryYMD", "")));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.PASSPORT_EXPIRED);
      assertThat(f.field()).isEqualTo("MRZ2");
    });
  }

  @Test
  void aVisualDateThatIsNoRealDayIsAnError() {
    List<Finding> findings = check(passport(Map.of("dateOfIssueYMD", "20020431")));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCodes.DATE_INVALID);
      assertThat(f.field()).isEqualTo("dateOfIssueYMD");
    });
  }

  @Test
  void anIssueDateInTheFutureIsAnError() {
    assertThat(codes(check(passport(Map.of("dateOfIssueYMD", "20110202")))))
        .containsExactly(FindingCodes.DATE_IN_FUTURE);
  }
}
