package io.ocrkit.mock.samples;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A synthetic Korean driver's licence (자동차운전면허증). {@code driverLicenseNumber} is 12 digits
 * without dashes (printed as {@code RR-YY-NNNNNN-CC}); {@code licenseType} may join several types
 * with {@code /}; {@code condition} is {@code none} when there is none; {@code serialNum} is the
 * 5–6 character code under the photo; {@code issueDate} is {@code YYYYMMDD}.
 *
 * @param driverLicenseNumber 12 digits
 * @param licenseType e.g. {@code 1종보통}
 * @param name the holder's name
 * @param residentNumber {@code YYMMDD-GNNNNNN}
 * @param condition e.g. {@code none}
 * @param serialNum 5 to 6 capital letters or digits
 * @param issueDate {@code YYYYMMDD}
 * @param issuer the issuing agency
 */
public record DriverLicenseSample(
    String driverLicenseNumber,
    String licenseType,
    String name,
    String residentNumber,
    String condition,
    String serialNum,
    String issueDate,
    String issuer) implements SampleCard {

  private static final Pattern LICENCE = Pattern.compile("[0-9]{12}");
  private static final Pattern SERIAL = Pattern.compile("[A-Z0-9]{5,6}");

  /**
   * Checks the formats, not the check digits.
   *
   * @param driverLicenseNumber 12 digits
   * @param licenseType e.g. {@code 1종보통}
   * @param name the holder's name
   * @param residentNumber {@code YYMMDD-GNNNNNN}
   * @param condition e.g. {@code none}
   * @param serialNum 5 to 6 capital letters or digits
   * @param issueDate {@code YYYYMMDD}
   * @param issuer the issuing agency
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is blank or has the wrong format
   */
  public DriverLicenseSample {
    Objects.requireNonNull(driverLicenseNumber, "driverLicenseNumber == null");
    ResidentCardSample.requireText(licenseType, "licenseType");
    ResidentCardSample.requireText(name, "name");
    Objects.requireNonNull(residentNumber, "residentNumber == null");
    ResidentCardSample.requireText(condition, "condition");
    Objects.requireNonNull(serialNum, "serialNum == null");
    Objects.requireNonNull(issueDate, "issueDate == null");
    ResidentCardSample.requireText(issuer, "issuer");
    if (!LICENCE.matcher(driverLicenseNumber).matches()) {
      throw new IllegalArgumentException("'driverLicenseNumber' must be 12 digits");
    }
    if (!ResidentCardSample.RESIDENT_NUMBER.matcher(residentNumber).matches()) {
      throw new IllegalArgumentException("'residentNumber' must be 13 digits as YYMMDD-GNNNNNN");
    }
    if (!SERIAL.matcher(serialNum).matches()) {
      throw new IllegalArgumentException("'serialNum' must be 5 to 6 capital letters or digits");
    }
    if (!ResidentCardSample.YMD.matcher(issueDate).matches()) {
      throw new IllegalArgumentException("'issueDate' must be YYYYMMDD");
    }
  }

  @Override
  public String kind() {
    return "driver";
  }

  /** The licence number's region prefix is known and the resident number's check digit matches. */
  @Override
  public boolean passesChecks() {
    return CheckDigits.driverLicenseNumberValid(driverLicenseNumber)
        && CheckDigits.residentNumberValid(residentNumber);
  }

  /**
   * The same licence with region code 27 — the one gap in the 11..28 range — since a licence
   * number has no published check digit; the resident number stays valid.
   */
  @Override
  public DriverLicenseSample withBadCheckDigit() {
    return new DriverLicenseSample("27" + driverLicenseNumber.substring(2), licenseType, name,
        residentNumber, condition, serialNum, issueDate, issuer);
  }

  /**
   * The number as printed on the card: {@code RR-YY-NNNNNN-CC}.
   *
   * @return 15 characters with the dashes
   */
  public String printedNumber() {
    String n = driverLicenseNumber;
    return n.substring(0, 2) + "-" + n.substring(2, 4) + "-" + n.substring(4, 10) + "-" + n.substring(10);
  }

  @Override
  public String toString() {
    return "DriverLicenseSample[driverLicenseNumber=" + Masks.all(driverLicenseNumber)
        + ", licenseType=" + licenseType + ", name=" + Masks.all(name)
        + ", residentNumber=" + Masks.all(residentNumber) + ", condition=" + condition
        + ", serialNum=" + Masks.all(serialNum) + ", issueDate=" + Masks.all(issueDate)
        + ", issuer=" + issuer + "]";
  }
}
