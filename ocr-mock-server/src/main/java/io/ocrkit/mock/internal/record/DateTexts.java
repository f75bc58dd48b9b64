package io.ocrkit.mock.internal.record;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as ID cards print them, rewritten in place through a {@link DateShift}: the separators,
 * spacing and widths of the original stay as they were. The forms are those the validator reads
 * ({@code 20190315}, {@code 2019.03.15.}, {@code 2019. 3. 15}, {@code 2019-03-15},
 * {@code 2019년 3월 15일}) and the passport's printed {@code 15 MAR 1985}.
 */
final class DateTexts {

  private static final List<Pattern> YEAR_FIRST = List.of(
      Pattern.compile("(\\s*)(\\d{4})()(\\d{2})()(\\d{2})(\\s*)"),
      Pattern.compile("(\\s*)(\\d{4})(\\s*[./-]\\s*)(\\d{1,2})(\\s*[./-]\\s*)(\\d{1,2})(\\s*\\.?\\s*)"),
      Pattern.compile("(\\s*)(\\d{4})(\\s*년\\s*)(\\d{1,2})(\\s*월\\s*)(\\d{1,2})(\\s*일?\\s*)"));
  private static final Pattern PRINTED =
      Pattern.compile("(\\s*)(\\d{1,2})(\\s+)([A-Z]{3})(\\s+)(\\d{4})(\\s*)");
  private static final List<String> MONTHS = List.of(
      "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

  private DateTexts() {}

  /** {@code text} moved by {@code shift}; empty when it has no date's shape. */
  static Optional<String> shift(String text, DateShift shift, DateShift.Role role) {
    for (Pattern form : YEAR_FIRST) {
      Matcher m = form.matcher(text);
      if (m.matches()) {
        int[] moved = shift.full(number(m, 2), number(m, 4), number(m, 6), m.group(6).length(), role);
        return Optional.of(m.group(1) + year(moved[0]) + m.group(3) + m.group(4) + m.group(5)
            + width(moved[2], m.group(6).length()) + m.group(7));
      }
    }
    Matcher m = PRINTED.matcher(text);
    if (m.matches() && MONTHS.contains(m.group(4))) {
      int month = MONTHS.indexOf(m.group(4)) + 1;
      int[] moved = shift.full(number(m, 6), month, number(m, 2), m.group(2).length(), role);
      return Optional.of(m.group(1) + width(moved[2], m.group(2).length()) + m.group(3) + m.group(4)
          + m.group(5) + year(moved[0]) + m.group(7));
    }
    return Optional.empty();
  }

  private static int number(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /** Four digits, as it was: only a year 0 to 3 moved back could leave them (it breaks anyway). */
  private static String year(int year) {
    return String.format(Locale.ROOT, "%04d", Math.floorMod(year, 10_000));
  }

  private static String width(int day, int width) {
    return width == 1 ? Integer.toString(day) : String.format(Locale.ROOT, "%02d", day);
  }
}
