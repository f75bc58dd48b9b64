package io.ocrkit.core.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an authenticity check submits, by kind of ID. Every field is validated when the request is
 * made, so a wrong argument is named before anything is sent. Dashes and spaces in numbers are
 * accepted and dropped; dates are {@code YYYYMMDD} and must exist.
 */
public sealed interface AuthenticityRequest {

  IdType idType();

  /** The wire fields in protocol order, plain text, without {@code idType}. */
  Map<String, String> fields();

  /** A resident registration card: name, 13-digit resident number, issue date. */
  static Resident resident(String name, String residentNumber, String issueDate) {
    return new Resident(
        PersonName.of(requireText(name, "name")),
        ResidentNumber.of(digits(residentNumber, "residentNumber", 13, 13)),
        SensitiveText.of(date(issueDate, "issueDate")));
  }

  /**
   * A driver's licence: name, the 7-digit resident prefix (6 digits of birth date and the first
   * digit after the dash; a full 13-digit number is cut down), the 12-digit licence number and the
   * optional 5–6 character serial ({@code null} to omit).
   */
  static Driver driver(String name, String residentNumber, String driverLicenseNumber, String serialNum) {
    String resident = Objects.requireNonNull(residentNumber, "'residentNumber' must not be null")
        .replaceAll("[\\s-]", "");
    if (resident.matches("\\d{13}")) {
      resident = resident.substring(0, 7);
    }
    return new Driver(
        PersonName.of(requireText(name, "name")),
        ResidentNumber.of(digits(resident, "residentNumber", 7, 7)),
        SensitiveText.of(digits(driverLicenseNumber, "driverLicenseNumber", 12, 12)),
        serialNum == null ? null : SensitiveText.of(serial(serialNum)));
  }

  /**
   * A passport: name, 9-character number, birth, issue and expiry dates.
   *
   * @deprecated The service withdrew passport authenticity checks on 2026-05-27
   *     ({@link io.ocrkit.core.protocol.Protocol#PASSPORT_AUTHENTICITY_WITHDRAWN}). The factory is
   *     kept so that existing callers compile and their arguments are still validated, but the SDK
   *     refuses to send such a check: {@code verifyAuthenticity} throws an
   *     {@link IllegalArgumentException} before anything is sent. Resident cards and driver's
   *     licences can still be checked.
   */
  @Deprecated(since = "2026-05-27")
  static PassportCheck passport(String name, String passportNumber, String birthDate, String issueDate,
      String expirationDate) {
    return new PassportCheck(
        PersonName.of(requireText(name, "name")),
        SensitiveText.of(passportNumber(passportNumber)),
        SensitiveText.of(date(birthDate, "birthDate")),
        SensitiveText.of(date(issueDate, "issueDate")),
        SensitiveText.of(date(expirationDate, "expirationDate")));
  }

  /** Resident registration card check. Build with {@link AuthenticityRequest#resident}. */
  record Resident(PersonName name, ResidentNumber residentNumber, SensitiveText issueDate)
      implements AuthenticityRequest {
    public Resident {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(residentNumber, "residentNumber == null");
      Objects.requireNonNull(issueDate, "issueDate == null");
    }

    @Override
    public IdType idType() {
      return IdType.RESIDENT;
    }

    @Override
    public Map<String, String> fields() {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("name", name.reveal());
      fields.put("residentNumber", residentNumber.reveal());
      fields.put("issueDate", issueDate.reveal());
      return fields;
    }
  }

  /** Driver's licence check. Build with {@link AuthenticityRequest#driver}; serialNum may be null. */
  record Driver(PersonName name, ResidentNumber residentNumber, SensitiveText driverLicenseNumber,
      SensitiveText serialNum) implements AuthenticityRequest {
    public Driver {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(residentNumber, "residentNumber == null");
      Objects.requireNonNull(driverLicenseNumber, "driverLicenseNumber == null");
    }

    @Override
    public IdType idType() {
      return IdType.DRIVER;
    }

    @Override
    public Map<String, String> fields() {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("name", name.reveal());
      fields.put("residentNumber", residentNumber.reveal());
      fields.put("driverLicenseNumber", driverLicenseNumber.reveal());
      if (serialNum != null) {
        fields.put("serialNum", serialNum.reveal());
      }
      return fields;
    }
  }

  /** Passport check. Build with {@link AuthenticityRequest#passport}. */
  record PassportCheck(PersonName name, SensitiveText passportNumber, SensitiveText birthDate,
      SensitiveText issueDate, SensitiveText expirationDate) implements AuthenticityRequest {
    public PassportCheck {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(passportNumber, "passportNumber == null");
      Objects.requireNonNull(birthDate, "birthDate == null");
      Objects.requireNonNull(issueDate, "issueDate == null");
      Objects.requireNonNull(expirationDate, "expirationDate == null");
    }

    @Override
    public IdType idType() {
      return IdType.PASSPORT;
    }

    @Override
    public Map<String, String> fields() {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("name", name.reveal());
      fields.put("passportNumber", passportNumber.reveal());
      fields.put("birthDate", birthDate.reveal());
      fields.put("issueDate", issueDate.reveal());
      fields.put("expirationDate", expirationDate.reveal());
      return fields;
    }
  }

  // Validation helpers. Messages name the argument, never echo its value: it is personal data.

  private static String requireText(String value, String argument) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("'" + argument + "' must not be blank");
    }
    return value.strip();
  }

  private static String digits(String value, String argument, int min, int max) {
    if (value == null) {
      throw new IllegalArgumentException("'" + argument + "' must not be null");
    }
    String digits = value.replaceAll("[\\s-]", "");
    String expected = min == max ? min + " digits" : min + " to " + max + " digits";
    if (!Formats.DIGITS.matcher(digits).matches() || digits.length() < min || digits.length() > max) {
      throw new IllegalArgumentException("'" + argument + "' must be " + expected);
    }
    return digits;
  }

  private static String serial(String value) {
    String serial = value.strip();
    if (!Formats.SERIAL.matcher(serial).matches()) {
      throw new IllegalArgumentException("'serialNum' must be 5 or 6 letters or digits");
    }
    return serial;
  }

  private static String passportNumber(String value) {
    String number = requireText(value, "passportNumber");
    if (!Formats.PASSPORT_NUMBER.matcher(number).matches()) {
      throw new IllegalArgumentException("'passportNumber' must be 9 capital letters or digits");
    }
    return number;
  }

  private static String date(String value, String argument) {
    String text = requireText(value, argument).replace("-", "");
    try {
      LocalDate.parse(text, Formats.YYYYMMDD);
      return text;
    } catch (DateTimeException notADate) {
      throw new IllegalArgumentException("'" + argument + "' must be a real date as YYYYMMDD");
    }
  }
}
