package io.ocrkit.mock.internal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Whole numbers of an admin JSON body, each within the range its setting can use. JSON numbers
 * arrive as {@link BigDecimal} of any size: narrowing one silently (1e17 to a long, 1.5 to 1,
 * 2^32 + 502 to an int 502) would store a value nobody sent, or one that breaks the mock later.
 */
final class AdminInput {

  private AdminInput() {}

  /**
   * The field as a long in {@code [min, max]}, or {@code absent} when it is missing or null.
   *
   * @throws IllegalArgumentException naming the field and its range
   */
  static long whole(Map<String, Object> body, String field, long min, long max, long absent) {
    Object value = body.get(field);
    if (value == null) {
      return absent;
    }
    String wanted = "'" + field + "' must be a whole number from " + min + " to " + max;
    if (!(value instanceof Number number)) {
      throw new IllegalArgumentException(wanted);
    }
    BigDecimal exact = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
    try {
      long whole = exact.longValueExact();
      if (whole < min || whole > max) {
        throw new IllegalArgumentException(wanted);
      }
      return whole;
    } catch (ArithmeticException notWholeOrTooLarge) {
      throw new IllegalArgumentException(wanted);
    }
  }

  /** As {@link #whole}, for settings that are ints. */
  static Integer wholeInt(Map<String, Object> body, String field, int min, int max) {
    return body.get(field) == null ? null : Math.toIntExact(whole(body, field, min, max, 0));
  }
}
