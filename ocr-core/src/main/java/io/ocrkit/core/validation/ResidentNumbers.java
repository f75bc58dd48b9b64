package io.ocrkit.core.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Rules of the Korean resident registration number ({@code YYMMDD-GNNNNNC}) and of its 7-digit
 * form ({@code YYMMDD} + {@code G}) that a driver's-licence authenticity check uses.
 *
 * <p>Sources: the first six digits are the birth date and the seventh gives sex and century —
 * 9, 0: born 1800–1899; 1, 2: 1900–1999; 3, 4: 2000–2099; 5–8 the same for foreigners (5, 6:
 * 1900s; 7, 8: 2000s) (https://lazywriter.tistory.com/10, https://greensul.tistory.com/51).
 * The thirteenth digit of numbers issued before October 2020 is a check digit: the first twelve
 * digits weighted 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5, and check = (11 − sum mod 11) mod 10
 * (https://jslee119.tistory.com/15610222). Since October 2020 the last six digits are random
 * (https://greensul.tistory.com/51), so a newer number carries no check digit and a mismatch
 * does not prove a misread.
 *
 * <p>Foreign registration numbers (seventh digit 5–8) used a different check-digit variant that
 * could not be sourced reliably; {@link #hasCheckDigit} leaves them out rather than guess.
 *
 * <p>Methods take the digits only (no dash) and never throw for a wrong number.
 */
public final class ResidentNumbers {

  /** The first day on which newly issued numbers stopped carrying a check digit. */
  public static final LocalDate CHECK_DIGIT_DROPPED = LocalDate.of(2020, 10, 1);

  private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};
  private static final Pattern FULL = Pattern.compile("\\d{13}");
  private static final Pattern SHORT = Pattern.compile("\\d{7}");

  private ResidentNumbers() {}

  /**
   * Whether {@code digits} is the 13-digit form.
   *
   * @param digits the digits, no dash; not null
   * @return whether it is exactly 13 ASCII digits
   */
  public static boolean isFullForm(String digits) {
    return FULL.matcher(digits).matches();
  }

  /**
   * Whether {@code digits} is the 7-digit form (birth date and sex/century digit).
   *
   * @param digits the digits, no dash; not null
   * @return whether it is exactly 7 ASCII digits
   */
  public static boolean isShortForm(String digits) {
    return SHORT.matcher(digits).matches();
  }

  /**
   * The first year of the century the seventh digit names (1800, 1900 or 2000).
   *
   * @param seventh the seventh digit
   * @return the century's first year, or empty for a character that names none
   */
  public static OptionalInt century(char seventh) {
    return switch (seventh) {
      case '9', '0' -> OptionalInt.of(1800);
      case '1', '2', '5', '6' -> OptionalInt.of(1900);
      case '3', '4', '7', '8' -> OptionalInt.of(2000);
      default -> OptionalInt.empty();
    };
  }

  /**
   * Whether the seventh digit marks a foreign resident (5–8).
   *
   * @param seventh the seventh digit
   * @return whether it is 5 to 8
   */
  public static boolean isForeigner(char seventh) {
    return seventh >= '5' && seventh <= '8';
  }

  /**
   * The birth date the number encodes, in the 7- or 13-digit form; empty when the first six digits
   * are not a real date in the century the seventh digit names (e.g. 29 February of 1900).
   *
   * @param digits the digits, no dash; not null
   * @return the day, or empty for another shape, an unknown century digit or no real date
   */
  public static Optional<LocalDate> birthDate(String digits) {
    if (!isFullForm(digits) && !isShortForm(digits)) {
      return Optional.empty();
    }
    OptionalInt century = century(digits.charAt(6));
    if (century.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(
          century.getAsInt() + Integer.parseInt(digits.substring(0, 2)),
          Integer.parseInt(digits.substring(2, 4)),
          Integer.parseInt(digits.substring(4, 6))));
    } catch (DateTimeException notADate) {
      return Optional.empty();
    }
  }

  /**
   * The check digit for the first twelve digits of {@code digits} (12 or 13 digits).
   *
   * @param digits at least the first twelve digits
   * @return a digit from 0 to 9
   * @throws IllegalArgumentException if {@code digits} does not start with 12 ASCII digits
   */
  public static int checkDigit(String digits) {
    if (digits.length() < 12 || !digits.substring(0, 12).chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("'residentNumber' must start with 12 digits");
    }
    return (11 - weightedSum(digits) % 11) % 10;
  }

  /**
   * Whether a 13-digit number's last digit is the check digit of the first twelve.
   *
   * @param digits the digits, no dash; not null
   * @return {@code false} for any other shape
   */
  public static boolean checkDigitMatches(String digits) {
    return isFullForm(digits) && checkDigit(digits) == digits.charAt(12) - '0';
  }

  /**
   * Whether the number can carry a check digit at all: a Korean national's 13-digit number whose
   * holder was born before {@link #CHECK_DIGIT_DROPPED} (a number is never issued before birth).
   *
   * @param digits the digits, no dash; not null
   * @return whether a check-digit mismatch would mean a misread
   */
  public static boolean hasCheckDigit(String digits) {
    return isFullForm(digits)
        && !isForeigner(digits.charAt(6))
        && birthDate(digits).map(d -> d.isBefore(CHECK_DIGIT_DROPPED)).orElse(false);
  }

  /** The weighted sum of the first twelve digits, modulo 11 (what the check digit encodes). */
  static int weightedSum(String digits) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += WEIGHTS[i] * (digits.charAt(i) - '0');
    }
    return sum;
  }
}
