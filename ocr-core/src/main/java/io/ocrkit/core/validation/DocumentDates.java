package io.ocrkit.core.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates printed on Korean ID cards in the forms the service returns them: {@code 20190315},
 * {@code 2019.03.15}, {@code 2019. 3. 15.}, {@code 2019-03-15}, {@code 2019/03/15} and
 * {@code 2019년 3월 15일}.
 *
 * <p>It tells apart text that has no date's shape (unreadable) from text with a date's shape that
 * names no real day (e.g. the 30th of February), because the first is a recognition problem and
 * the second a misread digit. Never throws.
 */
public final class DocumentDates {

  private static final List<Pattern> FORMS = List.of(
      Pattern.compile("(\\d{4})(\\d{2})(\\d{2})"),
      Pattern.compile("(\\d{4})\\s*[./-]\\s*(\\d{1,2})\\s*[./-]\\s*(\\d{1,2})\\s*\\.?"),
      Pattern.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일?"));

  private DocumentDates() {}

  /**
   * Whether {@code text} has the shape of a date in one of the accepted forms.
   *
   * @param text the text as read, not null
   * @return {@code true} even for a shape that names no real day
   */
  public static boolean hasDateShape(String text) {
    return match(text).isPresent();
  }

  /**
   * The day {@code text} names; empty when it has no date's shape or names no real day.
   *
   * @param text the text as read, not null
   * @return the day, or empty
   */
  public static Optional<LocalDate> parse(String text) {
    return match(text).flatMap(m -> {
      try {
        return Optional.of(LocalDate.of(
            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
      } catch (DateTimeException notADay) {
        return Optional.empty();
      }
    });
  }

  private static Optional<Matcher> match(String text) {
    String trimmed = text.strip();
    for (Pattern form : FORMS) {
      Matcher m = form.matcher(trimmed);
      if (m.matches()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
