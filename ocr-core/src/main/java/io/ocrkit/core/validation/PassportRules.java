package io.ocrkit.core.validation;

import io.ocrkit.core.model.Passport;
import io.ocrkit.core.model.PersonName;
import io.ocrkit.core.model.Recognized;
import io.ocrkit.core.model.SensitiveText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** The checks of a passport: its machine-readable zone, and the zone against the visual fields. */
final class PassportRules {

  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

  private final Clock clock;
  private final IdRules dates;

  PassportRules(Clock clock, IdRules dates) {
    this.clock = clock;
    this.dates = dates;
  }

  void check(Passport passport, Findings out) {
    Optional<LocalDate> born = passport.dateOfBirthYmd().flatMap(d -> dates.pastDate(d, "dateOfBirthYMD", out));
    passport.dateOfIssueYmd().ifPresent(d -> dates.pastDate(d, "dateOfIssueYMD", out));
    Optional<LocalDate> expires = passport.dateOfExpiryYmd().flatMap(d -> dates.date(d, "dateOfExpiryYMD", out));

    Optional<Mrz.Td3> mrz = zone(passport, out);
    mrz.ifPresent(zone -> out.run(() -> checkDigits(zone, out)));
    mrz.ifPresent(zone -> out.run(() -> crossCheck(zone, passport, born, expires, out)));

    LocalDate today = LocalDate.now(clock);
    if (expires.isPresent()) {
      if (expires.get().isBefore(today)) {
        out.warning(FindingCodes.PASSPORT_EXPIRED, "dateOfExpiryYMD", "The passport has expired.");
      }
    } else {
      mrz.flatMap(Mrz.Td3::expiry).filter(d -> d.isBefore(today)).ifPresent(d ->
          out.warning(FindingCodes.PASSPORT_EXPIRED, "MRZ2", "The passport has expired."));
    }
  }

  private Optional<Mrz.Td3> zone(Passport passport, Findings out) {
    Optional<String> line1 = passport.mrz1().map(r -> compact(r.value()));
    Optional<String> line2 = passport.mrz2().map(r -> compact(r.value()));
    if (line1.isEmpty() || line2.isEmpty()) {
      String field = line1.isEmpty() ? "MRZ1" : "MRZ2";
      out.notice(FindingCodes.MRZ_MISSING, field,
          "The machine-readable zone was not read, so the passport's check digits could not be verified.");
      return Optional.empty();
    }
    boolean ok = true;
    if (!Mrz.isTd3Line(line1.get()) || line1.get().charAt(0) != 'P') {
      out.error(FindingCodes.MRZ_FORMAT, "MRZ1",
          "The first line of the machine-readable zone is not a passport line of 44 characters.");
      ok = false;
    }
    if (!Mrz.isTd3Line(line2.get())) {
      out.error(FindingCodes.MRZ_FORMAT, "MRZ2",
          "The second line of the machine-readable zone is not a passport line of 44 characters.");
      ok = false;
    }
    return ok ? Mrz.parseTd3(line1.get(), line2.get()) : Optional.empty();
  }

  private void checkDigits(Mrz.Td3 zone, Findings out) {
    if (!zone.documentNumberValid()) {
      out.error(FindingCodes.MRZ_DOCUMENT_NUMBER_CHECK, "MRZ2",
          "The passport number in the machine-readable zone fails its check digit.");
    }
    if (!zone.birthDateValid()) {
      out.error(FindingCodes.MRZ_BIRTH_DATE_CHECK, "MRZ2",
          "The birth date in the machine-readable zone fails its check digit.");
    }
    if (!zone.expiryDateValid()) {
      out.error(FindingCodes.MRZ_EXPIRY_DATE_CHECK, "MRZ2",
          "The expiry date in the machine-readable zone fails its check digit.");
    }
    if (!zone.personalNumberValid()) {
      out.error(FindingCodes.MRZ_PERSONAL_NUMBER_CHECK, "MRZ2",
          "The personal number in the machine-readable zone fails its check digit.");
    }
    if (!zone.compositeValid()) {
      out.error(FindingCodes.MRZ_COMPOSITE_CHECK, "MRZ2",
          "The machine-readable zone fails its overall (composite) check digit.");
    }
    if (zone.birth(LocalDate.now(clock)).isEmpty() || zone.expiry().isEmpty()) {
      out.error(FindingCodes.MRZ_DATE_INVALID, "MRZ2",
          "A date in the machine-readable zone is not a real day of the calendar.");
    }
  }

  private void crossCheck(Mrz.Td3 zone, Passport passport, Optional<LocalDate> born,
      Optional<LocalDate> expires, Findings out) {
    passport.passportNo().ifPresent(no -> {
      if (!letters(no.value().reveal(), true).equals(letters(zone.documentNumber(), true))) {
        mismatch("passportNo", "passport number", out);
      }
    });
    born.ifPresent(day -> {
      if (!day.format(YYMMDD).equals(zone.birthDate())) {
        mismatch("dateOfBirthYMD", "birth date", out);
      }
    });
    expires.ifPresent(day -> {
      if (!day.format(YYMMDD).equals(zone.expiryDate())) {
        mismatch("dateOfExpiryYMD", "expiry date", out);
      }
    });
    passport.sex().ifPresent(sex -> {
      // The visual field may add the Korean word (e.g. "M/남"): compare only the ICAO letter.
      String visual = letters(sex.value().reveal(), false);
      if (!visual.isEmpty() && (visual.charAt(0) == 'M' || visual.charAt(0) == 'F')
          && visual.charAt(0) != zone.sex()) {
        mismatch("sex", "sex", out);
      }
    });
    name(passport.surName(), zone.surname(), zone, "surName", "surname", out);
    name(passport.givenName(), zone.givenNames(), zone, "givenName", "given names", out);
  }

  private static void name(Optional<Recognized<PersonName>> visual, String inZone, Mrz.Td3 zone,
      String field, String what, Findings out) {
    visual.map(r -> letters(r.value().reveal(), false)).filter(v -> !v.isEmpty()).ifPresent(v -> {
      String z = letters(inZone, false);
      // ICAO truncates long names to fit the line, so a full line only needs to be a prefix.
      boolean agrees = v.equals(z) || (zone.namesMayBeTruncated() && !z.isEmpty() && v.startsWith(z));
      if (!agrees) {
        mismatch(field, what, out);
      }
    });
  }

  private static void mismatch(String field, String what, Findings out) {
    out.error(FindingCodes.PASSPORT_MRZ_MISMATCH, field,
        "The " + what + " printed on the passport disagrees with the machine-readable zone.");
  }

  /** Upper-case letters (and digits, if asked), nothing else: spacing and fillers do not count. */
  private static String letters(String text, boolean digitsToo) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'A' && c <= 'Z') || (digitsToo && c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** OCR may break a line with spaces; the zone itself never contains one. */
  private static String compact(SensitiveText line) {
    return line.reveal().replaceAll("\\s", "");
  }
}
