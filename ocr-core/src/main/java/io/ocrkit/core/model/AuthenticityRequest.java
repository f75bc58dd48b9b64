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

  /**
   * The kind of ID this request checks; decides the wire path.
   *
   * @return the ID type, never null
   */
  IdType idType();

  /**
   * The wire fields in protocol order, plain text, without {@code idType}.
   *
   * @return a new mutable map in wire order; its values are personal data in clear, so do not log it
   */
  Map<String, String> fields();

  /**
   * A resident registration card: name, 13-digit resident number, issue date.
   *
   * @param name the holder's name as printed; surrounding blanks are dropped
   * @param residentNumber 13 digits, dashes and spaces allowed
   * @param issueDate the card's issue date, {@code YYYYMMDD} (dashes allowed)
   * @return the validated request
   * @throws IllegalArgumentException if an argument is null, blank, malformed or not a real date;
   *     the message names the argument, never its value
   */
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
   *
   * @param name the holder's name as printed
   * @param residentNumber the 7-digit prefix or the whole 13-digit number
   * @param driverLicenseNumber the 12-digit licence number, dashes and spaces allowed
   * @param serialNum the serial printed on the licence, or {@code null} when it is not known
   * @return the validated request
   * @throws NullPointerException if {@code residentNumber} is null
   * @throws IllegalArgumentException if another argument is null (but {@code serialNum}), or any is
   *     blank or malformed
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
   * @param name the holder's name as printed
   * @param passportNumber 9 capital letters or digits
   * @param birthDate {@code YYYYMMDD}
   * @param issueDate {@code YYYYMMDD}
   * @param expirationDate {@code YYYYMMDD}
   * @return the validated request, which the SDK will not send
   * @throws IllegalArgumentException if an argument is null, blank, malformed or not a real date
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

  /**
   * Resident registration card check. Build with {@link AuthenticityRequest#resident}.
   *
   * @param name the holder's name
   * @param residentNumber the 13-digit resident number
   * @param issueDate the issue date, {@code YYYYMMDD}
   */
  record Resident(PersonName name, ResidentNumber residentNumber, SensitiveText issueDate)
      implements AuthenticityRequest {
    /**
     * Checks that no component is null; the factory validates the formats.
     *
     * @param name the holder's name
     * @param residentNumber the 13-digit resident number
     * @param issueDate the issue date, {@code YYYYMMDD}
     * @throws NullPointerException if a component is null
     */
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

  /**
   * Driver's licence check. Build with {@link AuthenticityRequest#driver}; serialNum may be null.
   *
   * @param name the holder's name
   * @param residentNumber the 7-digit resident prefix
   * @param driverLicenseNumber the 12-digit licence number
   * @param serialNum the licence's serial, or {@code null} when it is not sent
   */
  record Driver(PersonName name, ResidentNumber residentNumber, SensitiveText driverLicenseNumber,
      SensitiveText serialNum) implements AuthenticityRequest {
    /**
     * Checks that no required component is null ({@code serialNum} may be).
     *
     * @param name the holder's name
     * @param residentNumber the 7-digit resident prefix
     * @param driverLicenseNumber the 12-digit licence number
     * @param serialNum the licence's serial, or {@code null} when it is not sent
     * @throws NullPointerException if {@code name}, {@code residentNumber} or
     *     {@code driverLicenseNumber} is null
     */
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

  /**
   * Passport check. Build with {@link AuthenticityRequest#passport}.
   *
   * @param name the holder's name
   * @param passportNumber the 9-character passport number
   * @param birthDate the birth date, {@code YYYYMMDD}
   * @param issueDate the issue date, {@code YYYYMMDD}
   * @param expirationDate the expiry date, {@code YYYYMMDD}
   */
  record PassportCheck(PersonName name, SensitiveText passportNumber, SensitiveText birthDate,
      SensitiveText issueDate, SensitiveText expirationDate) implements AuthenticityRequest {
    /**
     * Checks that no component is null.
     *
     * @param name the holder's name
     * @param passportNumber the 9-character passport number
     * @param birthDate the birth date, {@code YYYYMMDD}
     * @param issueDate the issue date, {@code YYYYMMDD}
     * @param expirationDate the expiry date, {@code YYYYMMDD}
     * @throws NullPointerException if a component is null
     */
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
