package io.ocrkit.mock.internal;

import io.ocrkit.core.protocol.ResultCode;
import java.util.List;
import java.util.Map;

/**
 * Whether the fields of an authenticity call match the scan behind its Request-Key, and the card
 * is authentic. Resident cards and driver licences only: the service withdrew passport checks on
 * 2026-05-27 and answers them, like a body without an ID type, 4000001. Names and serials compare ignoring case and spaces, numbers and dates by their
 * digits. Wrong resident-card issue dates count towards the card's lock (4000123).
 */
final class AuthenticityJudge {

  // issueDate is a resident-card field: a driver check does without it.
  private static final Map<String, List<String>> REQUIRED = Map.of(
      "resident", List.of("name", "residentNumber", "issueDate"),
      "driver", List.of("name", "residentNumber", "driverLicenseNumber"));

  /**
   * @throws Reject 4000001 when a field its ID type needs is missing or malformed, 4000123 for a locked card
   */
  boolean judge(CardLocks locks, RequestKeyLedger.Scan scan, Map<String, String> fields) {
    String idType = fields.get("idType");
    // Map.of's get(null) throws: a missing idType must be the 4000001 it is, not an internal failure.
    List<String> required = idType == null ? null : REQUIRED.get(idType);
    if (required == null || required.stream().anyMatch(f -> fields.get(f) == null || fields.get(f).isBlank())
        || !wellFormed(idType, fields)) {
      throw new Reject(ResultCode.INVALID_PARAMETER);
    }
    if (!idType.equals(scan.idType())) {
      return false;
    }
    boolean same = sameText(fields.get("name"), scan.value("name").orElse(null));
    if ("resident".equals(idType)) {
      same &= residentCard(locks, scan, fields);
    } else {
      String resident = digits(scan.value("residentNumber").orElse(""));
      same &= resident.length() >= 7 && digits(fields.get("residentNumber")).equals(resident.substring(0, 7));
      same &= sameDigits(fields.get("driverLicenseNumber"), scan.value("driverLicenseNumber").orElse(""));
      String serial = fields.get("serialNum");
      if (serial != null && !serial.isBlank()) {
        same &= sameText(serial, scan.value("serialNum").orElse(null));
      }
    }
    return same && scan.authentic();
  }

  /**
   * The shapes of the request table (13 or 7 resident-number digits, a real {@code YYYYMMDD} issue
   * date, 12 licence digits, a 5-6 character serial). Dashes and spaces are tolerated, nothing
   * else: a malformed field is a bad request, not a mismatch that would spend the Request-Key.
   */
  private static boolean wellFormed(String idType, Map<String, String> fields) {
    if ("resident".equals(idType)) {
      return digitCount(fields.get("residentNumber")) == 13 && realDate(fields.get("issueDate"));
    }
    String serial = fields.get("serialNum");
    return digitCount(fields.get("residentNumber")) == 7 && digitCount(fields.get("driverLicenseNumber")) == 12
        && (serial == null || serial.isBlank() || serial.strip().matches("[0-9A-Za-z]{5,6}"));
  }

  /** How many digits, or -1 when anything but digits, dashes and spaces is there. */
  private static int digitCount(String value) {
    return value.matches("[0-9 -]+") ? digits(value).length() : -1;
  }

  private static boolean realDate(String value) {
    if (digitCount(value) != 8) {
      return false;
    }
    try {
      java.time.LocalDate.parse(digits(value), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  private static boolean residentCard(CardLocks locks, RequestKeyLedger.Scan scan, Map<String, String> fields) {
    String card = digits(scan.value("residentNumber").orElse(""));
    if (locks.locked(card)) {
      throw new Reject(ResultCode.REGISTRATION_CARD_AUTHENTICATION_LOCKED);
    }
    boolean same = digits(fields.get("residentNumber")).equals(card);
    boolean rightDate = sameDate(fields.get("issueDate"), scan.value("issueDate").orElse(""));
    if (!rightDate && locks.wrongIssueDate(card)) {
      throw new Reject(ResultCode.REGISTRATION_CARD_AUTHENTICATION_LOCKED);
    }
    return same && rightDate;
  }

  /** Cards print 2015.03.02., 2015.03.02 or 2015.3.2; a check sends 20150302: the same day. */
  private static boolean sameDate(String a, String b) {
    List<Integer> x = dayOf(a);
    return !x.isEmpty() && x.equals(dayOf(b));
  }

  private static List<Integer> dayOf(String text) {
    String digits = digits(text);
    if (text == null) {
      return List.of();
    }
    if (digits.length() == 8 && text.strip().matches("\\d{8}")) {
      return List.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
          Integer.parseInt(digits.substring(6)));
    }
    String[] parts = text.strip().split("[^0-9]+");
    if (parts.length != 3 || parts[0].length() != 4 || parts[1].length() > 2 || parts[2].length() > 2
        || parts[1].isEmpty() || parts[2].isEmpty()) {
      return List.of();
    }
    return List.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
  }

  private static boolean sameDigits(String a, String b) {
    return digits(a).equals(digits(b));
  }

  private static boolean sameText(String a, String b) {
    return a != null && b != null && a.strip().replace(" ", "").equalsIgnoreCase(b.strip().replace(" ", ""));
  }

  private static String digits(String s) {
    return s == null ? "" : s.replaceAll("[^0-9]", "");
  }
}
