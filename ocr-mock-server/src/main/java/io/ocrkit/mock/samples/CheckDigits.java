package io.ocrkit.mock.samples;

import java.util.Objects;

/**
 * The check-digit arithmetic the samples are built to pass (or to fail on purpose): Luhn for card
 * numbers, the mod-11 digit of a Korean resident registration number, the region prefix of a
 * driver's licence number, and the ICAO 9303 (7-3-1) digit of a machine-readable zone.
 *
 * <p>Deliberately a copy, not a dependency: the SDK's validators live in ocr-core, and a sample kit
 * that borrowed them could never catch a mistake they share. Every method is total on well-formed
 * input and throws {@link IllegalArgumentException} (without echoing the input) otherwise.
 */
public final class CheckDigits {

  private static final int[] RRN_WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
  private static final int[] MRZ_WEIGHTS = {7, 3, 1};

  private CheckDigits() {
  }

  /**
   * The digit that, appended to {@code payload}, makes a Luhn-valid number.
   *
   * @param payload the number without its check digit, digits only
   * @return a digit from 0 to 9
   * @throws IllegalArgumentException if {@code payload} is not digits only
   */
  public static int luhnCheckDigit(String payload) {
    requireDigits(payload, "payload");
    // Appending the check digit shifts every payload digit one place left, so the rightmost
    // payload digit is the first one doubled.
    int sum = luhnSum(payload, true);
    return (10 - sum % 10) % 10;
  }

  /**
   * Whether {@code number} (digits only, at least 2) passes the Luhn check.
   *
   * @param number the whole number
   * @return the verdict; {@code false} for fewer than 2 digits
   * @throws IllegalArgumentException if {@code number} is not digits only
   */
  public static boolean luhnValid(String number) {
    requireDigits(number, "number");
    return number.length() >= 2 && luhnSum(number, false) % 10 == 0;
  }

  private static int luhnSum(String digits, boolean doubleRightmost) {
    int sum = 0;
    boolean doubled = doubleRightmost;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum;
  }

  /**
   * The 13th digit of a resident registration number whose first 12 digits are given.
   *
   * @param first12 exactly 12 digits
   * @return a digit from 0 to 9
   * @throws IllegalArgumentException if {@code first12} is not 12 digits
   */
  public static int residentNumberCheckDigit(String first12) {
    requireDigits(first12, "first12");
    if (first12.length() != 12) {
      throw new IllegalArgumentException("'first12' must be 12 digits");
    }
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (first12.charAt(i) - '0') * RRN_WEIGHTS[i];
    }
    return (11 - sum % 11) % 10;
  }

  /**
   * Whether a resident registration number ({@code YYMMDD-GNNNNNN} or 13 digits) has a matching
   * check digit and a sex/century digit from 1 to 4. (Numbers issued since October 2020 no longer
   * carry a meaningful check digit; the samples all follow the older rule.)
   *
   * @param residentNumber the number, with or without its dash
   * @return the verdict; {@code false} for any other shape
   */
  public static boolean residentNumberValid(String residentNumber) {
    Objects.requireNonNull(residentNumber, "residentNumber == null");
    String digits = residentNumber.length() == 14 && residentNumber.charAt(6) == '-'
        ? residentNumber.substring(0, 6) + residentNumber.substring(7)
        : residentNumber;
    if (digits.length() != 13 || !allDigits(digits)) {
      return false;
    }
    char sex = digits.charAt(6);
    return sex >= '1' && sex <= '4'
        && residentNumberCheckDigit(digits.substring(0, 12)) == digits.charAt(12) - '0';
  }

  /**
   * Whether a 12-digit driver's licence number starts with a known region code: 11 to 26 (the
   * provincial police agencies) or 28 (licences issued since 2011 under the numeric code scheme).
   *
   * @param number 12 digits, no dashes
   * @return the verdict; {@code false} if it is not 12 digits
   */
  public static boolean driverLicenseNumberValid(String number) {
    Objects.requireNonNull(number, "number == null");
    if (number.length() != 12 || !allDigits(number)) {
      return false;
    }
    int region = Integer.parseInt(number.substring(0, 2));
    return region >= 11 && region <= 26 || region == 28;
  }

  /**
   * The ICAO 9303 check digit of an MRZ field: digits are themselves, {@code A}..{@code Z} are 10..35,
   * {@code <} is 0, weighted 7, 3, 1 repeating, sum modulo 10.
   *
   * @param field the characters the check digit covers
   * @return a digit from 0 to 9
   * @throws IllegalArgumentException if a character is not A–Z, 0–9 or {@code <}
   */
  public static int mrzCheckDigit(String field) {
    Objects.requireNonNull(field, "field == null");
    int sum = 0;
    for (int i = 0; i < field.length(); i++) {
      sum += mrzValue(field.charAt(i)) * MRZ_WEIGHTS[i % 3];
    }
    return sum % 10;
  }

  /**
   * The ICAO 9303 check digit as the character printed in the MRZ.
   *
   * @param field the characters the check digit covers
   * @return {@code '0'} to {@code '9'}
   * @throws IllegalArgumentException if a character is not A–Z, 0–9 or {@code <}
   */
  public static char mrzCheckChar(String field) {
    return (char) ('0' + mrzCheckDigit(field));
  }

  /**
   * Whether the second line of a TD3 (passport) MRZ has all five check digits right: document
   * number, birth date, expiry date, personal number and the composite.
   *
   * @param line2 the 44-character second line
   * @return the verdict; {@code false} if it is not 44 MRZ characters
   */
  public static boolean td3Line2Valid(String line2) {
    Objects.requireNonNull(line2, "line2 == null");
    if (line2.length() != 44 || !line2.chars().allMatch(CheckDigits::isMrzChar)) {
      return false;
    }
    String personal = line2.substring(28, 42);
    boolean personalOk = personal.chars().allMatch(c -> c == '<') && line2.charAt(42) == '<'
        || checks(line2, 28, 42);
    String composite = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
    return checks(line2, 0, 9) && checks(line2, 13, 19) && checks(line2, 21, 27) && personalOk
        && line2.charAt(43) == mrzCheckChar(composite);
  }

  private static boolean checks(String line, int from, int to) {
    return line.charAt(to) == mrzCheckChar(line.substring(from, to));
  }

  static boolean isMrzChar(int c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '<';
  }

  private static int mrzValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    if (c == '<') {
      return 0;
    }
    throw new IllegalArgumentException("MRZ fields hold only 0-9, A-Z and '<'");
  }

  private static void requireDigits(String s, String name) {
    Objects.requireNonNull(s, name + " == null");
    if (!allDigits(s)) {
      throw new IllegalArgumentException("'" + name + "' must be digits only");
    }
  }

  static boolean allDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
