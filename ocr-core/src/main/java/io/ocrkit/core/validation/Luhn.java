package io.ocrkit.core.validation;

/**
 * The Luhn ("mod 10") check of payment card numbers.
 *
 * <p>Source: ISO/IEC 7812-1 Annex B; H. P. Luhn, US patent 2,950,048 (1960). Starting from the
 * rightmost digit (the check digit), every second digit is doubled, 9 is subtracted from doubles
 * above 9, and the total must be a multiple of 10. It catches every single-digit substitution and
 * most swaps of neighbouring digits, which is why it suits OCR misreads.
 *
 * <p>Methods take digit strings and never throw for a wrong number, only for text that is not
 * digits at all.
 */
public final class Luhn {

  private Luhn() {}

  /**
   * Whether {@code digits} (check digit last) passes the Luhn check.
   *
   * @param digits the whole number, digits only
   * @return {@code false} for an empty string or a failing number
   * @throws IllegalArgumentException if {@code digits} holds anything but ASCII digits
   */
  public static boolean isValid(String digits) {
    requireDigits(digits);
    return !digits.isEmpty() && sum(digits, false) % 10 == 0;
  }

  /**
   * The check digit to append to {@code payload} so that the whole passes.
   *
   * @param payload the number without its check digit, digits only
   * @return a digit from 0 to 9
   * @throws IllegalArgumentException if {@code payload} holds anything but ASCII digits
   */
  public static int checkDigit(String payload) {
    requireDigits(payload);
    // The digit to append sits at the rightmost place, so the payload's last digit is doubled.
    return (10 - sum(payload, true) % 10) % 10;
  }

  private static int sum(String digits, boolean doubleRightmost) {
    int total = 0;
    boolean doubleIt = doubleRightmost;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      total += d;
      doubleIt = !doubleIt;
    }
    return total;
  }

  private static void requireDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("'digits' must be digits only");
      }
    }
  }
}
