package io.ocrkit.mock.internal.record;

import io.ocrkit.core.validation.Mrz;
import java.util.Locale;
import java.util.Optional;

/**
 * A passport's machine-readable zone written again from the substituted printed fields: a field
 * that agreed with its printed twin in the original agrees with the twin's substitute, one that
 * disagreed gets a substitute of its own that still disagrees, and every check digit is right, or
 * wrong, exactly where it was. The document code, issuing state, nationality and sex are kept.
 * A zone the validator cannot parse is replaced character by character, keeping its first
 * character (the {@code P} the validator looks for) and so its unreadability.
 */
final class Zones {

  /** How often a disagreeing field is drawn again before the attempt is given up. */
  private static final int TRIES = 16;

  /** The printed fields the zone repeats, as read and as substituted; null where absent. */
  record Printed(String surname, String givenNames, String number, String personalNo) {}

  private final Draws draws;
  private final DateShift dates;
  private boolean broken;

  Zones(Draws draws, DateShift dates) {
    this.draws = draws;
    this.dates = dates;
  }

  boolean broken() {
    return broken;
  }

  /** The substitutes of {@code line1} and {@code line2} (as read, spaces included), in that order. */
  String[] substitute(String line1, String line2, Printed real, Printed synthetic) {
    if (line1 == null || line2 == null) {
      return new String[] {line1 == null ? null : keepFirst(line1), line2 == null ? null : keepFirst(line2)};
    }
    String l1 = line1.replaceAll("\\s", "");
    String l2 = line2.replaceAll("\\s", "");
    Optional<Mrz.Td3> zone = Mrz.parseTd3(l1, l2);
    if (zone.isEmpty()) {
      return new String[] {keepFirst(line1), keepFirst(line2)};
    }
    String names = names(zone.get(), l1, real, synthetic);
    String newLine1 = (l1.substring(0, 5) + names + "<".repeat(Mrz.TD3_LENGTH)).substring(0, Mrz.TD3_LENGTH);
    // A parsed line has no dash, so only its spaces are laid back.
    return new String[] {Numbers.respace(line1, newLine1), Numbers.respace(line2, line2(zone.get(), l2, real, synthetic))};
  }

  private String names(Mrz.Td3 zone, String l1, Printed real, Printed synthetic) {
    boolean truncated = zone.namesMayBeTruncated();
    String surname = twin(zone.surname(), real.surname(), synthetic.surname(), truncated);
    if (l1.indexOf("<<", 5) < 0) {
      return mrzWords(surname);
    }
    return mrzWords(surname) + "<<" + mrzWords(twin(zone.givenNames(), real.givenNames(), synthetic.givenNames(), truncated));
  }

  /** The validator's rule: equal letters, or a prefix of them when the line is full. */
  private static boolean nameAgrees(String printed, String inZone, boolean truncated) {
    String v = letters(printed, false);
    String z = letters(inZone, false);
    return v.equals(z) || (truncated && !z.isEmpty() && v.startsWith(z));
  }

  private String twin(String inZone, String printed, String printedSubstitute, boolean truncated) {
    if (printed == null || letters(printed, false).isEmpty()) {
      return draws.placeholder(inZone);
    }
    if (nameAgrees(printed, inZone, truncated)) {
      return printedSubstitute;
    }
    for (int i = 0; i < TRIES; i++) {
      String other = draws.placeholder(inZone);
      // The new line is full only if the names overflow it; assume it may be, the stricter case.
      if (!nameAgrees(printedSubstitute, other, true)) {
        return other;
      }
    }
    broken = true;
    return inZone;
  }

  private String line2(Mrz.Td3 zone, String l2, Printed real, Printed synthetic) {
    String number = numberField(l2.substring(0, 9), zone.documentNumber(), real.number(), synthetic.number());
    String birth = dateField(l2.substring(13, 19), false);
    String expiry = dateField(l2.substring(21, 27), true);
    boolean noPersonal = l2.substring(28, 42).chars().allMatch(c -> c == '<');
    String personal = noPersonal ? l2.substring(28, 42)
        : numberField(l2.substring(28, 42), zone.personalNumber(), real.personalNo(), synthetic.personalNo());
    StringBuilder out = new StringBuilder(Mrz.TD3_LENGTH)
        .append(number).append(check(number, zone.documentNumberValid(), l2.charAt(9)))
        .append(l2, 10, 13)
        .append(birth).append(check(birth, zone.birthDateValid(), l2.charAt(19)))
        .append(l2.charAt(20))
        .append(expiry).append(check(expiry, zone.expiryDateValid(), l2.charAt(27)))
        .append(personal);
    // An all-filler personal number keeps its check character, whatever the validator makes of it.
    out.append(noPersonal ? l2.charAt(42) : check(personal, zone.personalNumberValid(), l2.charAt(42)));
    String covered = out.substring(0, 10) + out.substring(13, 20) + out.substring(21, 43);
    return out.append(check(covered, zone.compositeValid(), l2.charAt(43))).toString();
  }

  /** A number field (padded with fillers to its width) that agrees with its printed twin, or not. */
  private String numberField(String field, String inZone, String printed, String printedSubstitute) {
    if (printed != null && letters(printed, true).equals(letters(inZone, true))) {
      String twin = letters(printedSubstitute, true);
      return (twin + "<".repeat(field.length())).substring(0, field.length());
    }
    for (int i = 0; i < TRIES; i++) {
      String other = draws.placeholder(field);
      if (printedSubstitute == null || !letters(printedSubstitute, true).equals(letters(other, true))) {
        return other;
      }
    }
    broken = true;
    return field;
  }

  private String dateField(String yymmdd, boolean expiry) {
    return yymmdd.chars().allMatch(c -> c >= '0' && c <= '9') ? dates.zoneDate(yymmdd, expiry) : draws.placeholder(yymmdd);
  }

  /** The right check digit where the original was right; where it was wrong, a wrong one. */
  private char check(String field, boolean wasValid, char original) {
    int right = Mrz.checkDigit(field);
    if (wasValid) {
      return (char) ('0' + right);
    }
    return original >= '0' && original <= '9' ? (char) ('0' + (right + draws.between(1, 9)) % 10) : original;
  }

  private String keepFirst(String line) {
    return line.isEmpty() ? line : line.charAt(0) + draws.placeholder(line.substring(1));
  }

  /** Upper-case letters (and digits, if asked), as the validator compares names and numbers. */
  static String letters(String text, boolean digitsToo) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'A' && c <= 'Z') || (digitsToo && c >= '0' && c <= '9')) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A name's words in zone form: upper-case A–Z joined by single fillers. */
  private static String mrzWords(String name) {
    return String.join("<", name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", " ").strip().split(" "));
  }
}
