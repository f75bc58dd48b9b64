package io.ocrkit.mock.internal.record;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real values an attempt replaced, and the test that none of them, nor any run of four or more
 * of their digits, is still to be found in any text of the substitute. Values shorter than three
 * characters are too common to search for (a sex, a check digit) and are only ever replaced.
 */
final class Leaks {

  private static final int SHORTEST_VALUE = 3;
  private static final Pattern DIGIT_RUN = Pattern.compile("\\d{4,}");

  private final Set<String> values = new HashSet<>();

  /** Notes a real value that was replaced. */
  void replaced(String real) {
    String value = real.strip();
    if (value.length() >= SHORTEST_VALUE) {
      values.add(value);
    }
    Matcher runs = DIGIT_RUN.matcher(real);
    while (runs.find()) {
      values.add(runs.group());
    }
  }

  /** Whether a string anywhere in {@code tree} (maps, lists, strings) contains a replaced value. */
  boolean foundIn(Object tree) {
    if (tree instanceof String text) {
      for (String value : values) {
        if (text.contains(value)) {
          return true;
        }
      }
      return false;
    }
    if (tree instanceof Map<?, ?> map) {
      return map.values().stream().anyMatch(this::foundIn);
    }
    return tree instanceof List<?> list && list.stream().anyMatch(this::foundIn);
  }
}
