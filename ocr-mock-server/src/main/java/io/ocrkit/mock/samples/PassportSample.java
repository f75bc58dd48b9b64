package io.ocrkit.mock.samples;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A synthetic passport data page with a real-format ICAO 9303 TD3 machine-readable zone: two lines
 * of 44 characters. Dates are {@code YYYYMMDD}; names are in capital Latin letters (the Korean name
 * apart); {@code personalNo} is up to 14 capital letters or digits (the MRZ's optional field).
 *
 * <p>Use {@link #of} to get an MRZ computed from the fields; the canonical constructor takes the
 * MRZ as given so that a deliberately broken one can be described too.
 *
 * @param passportType {@code P} and a capital letter or filler, e.g. {@code PM}
 * @param countryCode the issuing state, 3 capital letters
 * @param passportNo 9 capital letters or digits
 * @param surName capital Latin letters
 * @param givenName capital Latin letters
 * @param nationality as printed, e.g. {@code REPUBLIC OF KOREA}
 * @param dateOfBirth {@code YYYYMMDD}
 * @param sex {@code M}, {@code F} or {@code X}
 * @param dateOfIssue {@code YYYYMMDD}
 * @param dateOfExpiry {@code YYYYMMDD}
 * @param koreanName the name in Hangul
 * @param personalNo up to 14 capital letters or digits, possibly empty
 * @param mrz1 the MRZ's first line, 44 characters
 * @param mrz2 the MRZ's second line, 44 characters
 */
public record PassportSample(
    String passportType,
    String countryCode,
    String passportNo,
    String surName,
    String givenName,
    String nationality,
    String dateOfBirth,
    String sex,
    String dateOfIssue,
    String dateOfExpiry,
    String koreanName,
    String personalNo,
    String mrz1,
    String mrz2) implements SampleCard {

  private static final Pattern TYPE = Pattern.compile("P[A-Z<]");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
  private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{9}");
  private static final Pattern LATIN_NAME = Pattern.compile("[A-Z]+([ -][A-Z]+)*");
  private static final Pattern SEX = Pattern.compile("[MFX]");
  private static final Pattern PERSONAL = Pattern.compile("[A-Z0-9]{0,14}");
  private static final Pattern MRZ_LINE = Pattern.compile("[A-Z0-9<]{44}");
  private static final String[] MONTHS = {
      "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

  /**
   * Checks the formats, not the MRZ's check digits.
   *
   * @param passportType {@code P} and a capital letter or filler, e.g. {@code PM}
   * @param countryCode the issuing state, 3 capital letters
   * @param passportNo 9 capital letters or digits
   * @param surName capital Latin letters
   * @param givenName capital Latin letters
   * @param nationality as printed, e.g. {@code REPUBLIC OF KOREA}
   * @param dateOfBirth {@code YYYYMMDD}
   * @param sex {@code M}, {@code F} or {@code X}
   * @param dateOfIssue {@code YYYYMMDD}
   * @param dateOfExpiry {@code YYYYMMDD}
   * @param koreanName the name in Hangul
   * @param personalNo up to 14 capital letters or digits, possibly empty
   * @param mrz1 the MRZ's first line, 44 characters
   * @param mrz2 the MRZ's second line, 44 characters
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component is blank or has the wrong format
   */
  public PassportSample {
    require(passportType, TYPE, "passportType", "'P' and a capital letter, e.g. PM");
    require(countryCode, COUNTRY, "countryCode", "3 capital letters");
    require(passportNo, NUMBER, "passportNo", "9 capital letters or digits");
    require(surName, LATIN_NAME, "surName", "capital Latin letters");
    require(givenName, LATIN_NAME, "givenName", "capital Latin letters");
    ResidentCardSample.requireText(nationality, "nationality");
    require(dateOfBirth, ResidentCardSample.YMD, "dateOfBirth", "YYYYMMDD");
    require(sex, SEX, "sex", "M, F or X");
    require(dateOfIssue, ResidentCardSample.YMD, "dateOfIssue", "YYYYMMDD");
    require(dateOfExpiry, ResidentCardSample.YMD, "dateOfExpiry", "YYYYMMDD");
    ResidentCardSample.requireText(koreanName, "koreanName");
    require(personalNo, PERSONAL, "personalNo", "up to 14 capital letters or digits");
    require(mrz1, MRZ_LINE, "mrz1", "44 characters of A-Z, 0-9 and '<'");
    require(mrz2, MRZ_LINE, "mrz2", "44 characters of A-Z, 0-9 and '<'");
  }

  private static void require(String value, Pattern pattern, String name, String what) {
    Objects.requireNonNull(value, name + " == null");
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + name + "' must be " + what);
    }
  }

  /**
   * A passport whose two MRZ lines are computed from the fields, with correct check digits.
   *
   * @param passportType {@code P} and a capital letter or filler, e.g. {@code PM}
   * @param countryCode the issuing state, 3 capital letters
   * @param passportNo 9 capital letters or digits
   * @param surName capital Latin letters
   * @param givenName capital Latin letters
   * @param nationality as printed, e.g. {@code REPUBLIC OF KOREA}
   * @param dateOfBirth {@code YYYYMMDD}
   * @param sex {@code M}, {@code F} or {@code X}
   * @param dateOfIssue {@code YYYYMMDD}
   * @param dateOfExpiry {@code YYYYMMDD}
   * @param koreanName the name in Hangul
   * @param personalNo up to 14 capital letters or digits, possibly empty
   * @return the sample
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument has the wrong format
   */
  public static PassportSample of(String passportType, String countryCode, String passportNo,
      String surName, String givenName, String nationality, String dateOfBirth, String sex,
      String dateOfIssue, String dateOfExpiry, String koreanName, String personalNo) {
    Objects.requireNonNull(passportType, "passportType == null");
    Objects.requireNonNull(countryCode, "countryCode == null");
    Objects.requireNonNull(surName, "surName == null");
    Objects.requireNonNull(givenName, "givenName == null");
    Objects.requireNonNull(passportNo, "passportNo == null");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth == null");
    Objects.requireNonNull(dateOfExpiry, "dateOfExpiry == null");
    Objects.requireNonNull(sex, "sex == null");
    Objects.requireNonNull(personalNo, "personalNo == null");
    String line1 = pad(passportType + countryCode + mrzName(surName) + "<<" + mrzName(givenName), 44);
    String line2 = td3Line2(passportNo, countryCode, yymmdd(dateOfBirth), sex, yymmdd(dateOfExpiry),
        personalNo);
    return new PassportSample(passportType, countryCode, passportNo, surName, givenName,
        nationality, dateOfBirth, sex, dateOfIssue, dateOfExpiry, koreanName, personalNo, line1, line2);
  }

  static String td3Line2(String number, String nationality, String birth, String sex, String expiry,
      String personal) {
    String num = pad(number, 9);
    String pers = pad(personal, 14);
    String persCheck = pers.chars().allMatch(c -> c == '<') ? "<" : "" + CheckDigits.mrzCheckChar(pers);
    String line = num + CheckDigits.mrzCheckChar(num) + nationality
        + birth + CheckDigits.mrzCheckChar(birth) + sex
        + expiry + CheckDigits.mrzCheckChar(expiry)
        + pers + persCheck;
    String composite = line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43);
    return line + CheckDigits.mrzCheckChar(composite);
  }

  private static String mrzName(String name) {
    return name.toUpperCase(Locale.ROOT).replace(' ', '<').replace('-', '<');
  }

  private static String yymmdd(String ymd) {
    if (ymd.length() != 8) {
      throw new IllegalArgumentException("dates must be YYYYMMDD");
    }
    return ymd.substring(2);
  }

  /** Right-pads with '<' to {@code width}, cutting longer names as ICAO 9303 truncation does. */
  private static String pad(String s, int width) {
    if (s.length() >= width) {
      return s.substring(0, width);
    }
    return s + "<".repeat(width - s.length());
  }

  @Override
  public String kind() {
    return "passport";
  }

  /** All five check digits of the MRZ's second line match (see {@link CheckDigits#td3Line2Valid}). */
  @Override
  public boolean passesChecks() {
    return CheckDigits.td3Line2Valid(mrz2);
  }

  /**
   * The same passport with the MRZ's passport-number check digit changed (which the composite
   * check then also catches); the printed fields stay as they were.
   */
  @Override
  public PassportSample withBadCheckDigit() {
    int right = CheckDigits.mrzCheckDigit(mrz2.substring(0, 9));
    String broken = mrz2.substring(0, 9) + (right + 1) % 10 + mrz2.substring(10);
    return new PassportSample(passportType, countryCode, passportNo, surName, givenName,
        nationality, dateOfBirth, sex, dateOfIssue, dateOfExpiry, koreanName, personalNo, mrz1, broken);
  }

  /**
   * A {@code YYYYMMDD} date as a passport prints it: {@code 15 MAR 1985}.
   *
   * @param ymd {@code YYYYMMDD}
   * @return e.g. {@code 15 MAR 1985}
   */
  public static String printedDate(String ymd) {
    int month = Integer.parseInt(ymd.substring(4, 6));
    return ymd.substring(6) + " " + MONTHS[month - 1] + " " + ymd.substring(0, 4);
  }

  @Override
  public String toString() {
    return "PassportSample[passportType=" + passportType + ", countryCode=" + countryCode
        + ", passportNo=" + Masks.all(passportNo) + ", names=" + Masks.all(surName + " " + givenName)
        + ", dates=" + Masks.all(dateOfBirth) + "/" + Masks.all(dateOfIssue) + "/"
        + Masks.all(dateOfExpiry) + ", mrz=<masked>]";
  }
}
