package io.ocrkit.mock.samples;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A synthetic Korean resident registration card (주민등록증): name, resident registration number
 * ({@code YYMMDD-GNNNNNN}), issue date ({@code YYYYMMDD}) and issuing authority.
 *
 * @param name the holder's name
 * @param residentNumber {@code YYMMDD-GNNNNNN}
 * @param issueDate {@code YYYYMMDD}
 * @param issuer the issuing authority
 */
public record ResidentCardSample(String name, String residentNumber, String issueDate, String issuer)
    implements SampleCard {

  static final Pattern RESIDENT_NUMBER = Pattern.compile("[0-9]{6}-[0-9]{7}");
  static final Pattern YMD = Pattern.compile("[0-9]{8}");

  /**
   * Checks the formats, not the check digit.
   *
   * @param name the holder's name
   * @param residentNumber {@code YYMMDD-GNNNNNN}
   * @param issueDate {@code YYYYMMDD}
   * @param issuer the issuing authority
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is blank or has the wrong format
   */
  public ResidentCardSample {
    requireText(name, "name");
    requireText(issuer, "issuer");
    Objects.requireNonNull(residentNumber, "residentNumber == null");
    Objects.requireNonNull(issueDate, "issueDate == null");
    if (!RESIDENT_NUMBER.matcher(residentNumber).matches()) {
      throw new IllegalArgumentException("'residentNumber' must be 13 digits as YYMMDD-GNNNNNN");
    }
    if (!YMD.matcher(issueDate).matches()) {
      throw new IllegalArgumentException("'issueDate' must be YYYYMMDD");
    }
  }

  static void requireText(String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("'" + name + "' must not be blank");
    }
  }

  @Override
  public String kind() {
    return "resident";
  }

  @Override
  public boolean passesChecks() {
    return CheckDigits.residentNumberValid(residentNumber);
  }

  /** The same card with the resident number's last (check) digit changed. */
  @Override
  public ResidentCardSample withBadCheckDigit() {
    return new ResidentCardSample(name, breakLastDigit(residentNumber), issueDate, issuer);
  }

  static String breakLastDigit(String value) {
    // (11 - s mod 11) mod 10 is a single fixed digit, so any other digit fails it.
    int last = value.charAt(value.length() - 1) - '0';
    return value.substring(0, value.length() - 1) + (last + 1) % 10;
  }

  @Override
  public String toString() {
    return "ResidentCardSample[name=" + Masks.all(name) + ", residentNumber="
        + Masks.all(residentNumber) + ", issueDate=" + Masks.all(issueDate) + ", issuer=" + issuer + "]";
  }
}
