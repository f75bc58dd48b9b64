package io.ocrkit.core.validation;

import io.ocrkit.core.model.DriverLicense;
import io.ocrkit.core.model.Finding.Severity;
import io.ocrkit.core.model.Recognized;
import io.ocrkit.core.model.ResidentCard;
import io.ocrkit.core.model.ResidentNumber;
import io.ocrkit.core.model.SensitiveText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** The checks of resident cards and driver's licences, and the date checks all ID cards share. */
final class IdRules {

  private static final Pattern NUMBER_SEPARATORS = Pattern.compile("[\\s-]");

  private final Clock clock;

  IdRules(Clock clock) {
    this.clock = clock;
  }

  void check(ResidentCard card, Findings out) {
    Optional<LocalDate> issued = card.issueDate().flatMap(d -> pastDate(d, "issueDate", out));
    card.residentNumber().ifPresent(n -> out.run(() -> residentNumber(n.value(), false, issued, out)));
  }

  void check(DriverLicense licence, Findings out) {
    licence.driverLicenseNumber().ifPresent(n -> out.run(() -> licenceNumber(n.value(), out)));
    Optional<LocalDate> issued = licence.issueDate().flatMap(d -> pastDate(d, "issueDate", out));
    licence.residentNumber().ifPresent(n -> out.run(() -> residentNumber(n.value(), true, issued, out)));
  }

  /**
   * Checks a resident registration number. {@code shortFormAllowed}: a licence may carry the
   * 7-digit form. {@code documentIssued}: a card issued before the check digit was dropped proves
   * the number older than that, so a check-digit mismatch there is a misread, not a newer number.
   */
  void residentNumber(ResidentNumber number, boolean shortFormAllowed, Optional<LocalDate> documentIssued,
      Findings out) {
    String digits = NUMBER_SEPARATORS.matcher(number.reveal()).replaceAll("");
    boolean full = ResidentNumbers.isFullForm(digits);
    if (!full && !(shortFormAllowed && ResidentNumbers.isShortForm(digits))) {
      out.error(FindingCodes.RRN_FORMAT, "residentNumber", shortFormAllowed
          ? "The resident registration number is neither 13 digits nor its 7-digit form."
          : "The resident registration number is not 13 digits.");
      return;
    }
    Optional<LocalDate> born = ResidentNumbers.birthDate(digits);
    if (born.isEmpty()) {
      out.error(FindingCodes.RRN_BIRTH_DATE_INVALID, "residentNumber",
          "The birth date in the resident registration number is not a real date.");
      return;
    }
    if (born.get().isAfter(LocalDate.now(clock))) {
      out.error(FindingCodes.RRN_BIRTH_DATE_IN_FUTURE, "residentNumber",
          "The birth date in the resident registration number lies in the future.");
    }
    if (full && ResidentNumbers.hasCheckDigit(digits) && !ResidentNumbers.checkDigitMatches(digits)) {
      boolean surelyOld = documentIssued.map(d -> d.isBefore(ResidentNumbers.CHECK_DIGIT_DROPPED)).orElse(false);
      out.add(FindingCodes.RRN_CHECK_DIGIT, "residentNumber", surelyOld ? Severity.ERROR : Severity.NOTICE,
          surelyOld
              ? "The resident registration number fails its check digit, so a digit was misread."
              : "The resident registration number fails its check digit; numbers issued under the"
                  + " newer scheme carry none, so it may still be right.");
    }
  }

  private void licenceNumber(SensitiveText number, Findings out) {
    String digits = DriverLicenseNumbers.normalize(number.reveal());
    if (!DriverLicenseNumbers.hasValidShape(digits)) {
      out.error(FindingCodes.DL_NUMBER_FORMAT, "driverLicenseNumber",
          "The driver's licence number is not 12 digits.");
      return;
    }
    if (DriverLicenseNumbers.region(digits).isEmpty()) {
      out.error(FindingCodes.DL_REGION_UNKNOWN, "driverLicenseNumber",
          "The driver's licence number starts with a region code that does not exist.");
    }
  }

  /** A date that must be a real day not after today (issue and birth dates). */
  Optional<LocalDate> pastDate(Recognized<SensitiveText> reading, String field, Findings out) {
    Optional<LocalDate> day = date(reading, field, out);
    if (day.isPresent() && day.get().isAfter(LocalDate.now(clock))) {
      out.error(FindingCodes.DATE_IN_FUTURE, field, "This date lies in the future.");
    }
    return day;
  }

  /** A date that must be a real day; an unreadable one is only a warning, as the read may be partial. */
  Optional<LocalDate> date(Recognized<SensitiveText> reading, String field, Findings out) {
    String text = reading.value().reveal();
    if (!DocumentDates.hasDateShape(text)) {
      out.warning(FindingCodes.DATE_UNREADABLE, field, "This date could not be read as a date.");
      return Optional.empty();
    }
    Optional<LocalDate> day = DocumentDates.parse(text);
    if (day.isEmpty()) {
      out.error(FindingCodes.DATE_INVALID, field, "This date is not a real day of the calendar.");
    }
    return day;
  }
}
