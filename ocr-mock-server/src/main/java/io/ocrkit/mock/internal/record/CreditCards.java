package io.ocrkit.mock.internal.record;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The credit-card fields replaced in place: the whole number and its printed groups share one
 * substitute, so groups that made up the number still do, and a group that disagreed with it still
 * disagrees at the same place. The expiry is kept when it reads as {@code MM/YY}: on its own it
 * identifies nobody, and the expiry check compares it with the clock of whoever replays it.
 */
final class CreditCards {

  private static final Pattern MM_YY = Pattern.compile("\\s*(\\d{2})\\s*/\\s*(\\d{2})\\s*");
  private static final int TRIES = 16;

  private final Draws draws;
  private final Numbers numbers;
  private final Leaks leaks;
  private boolean broken;

  CreditCards(Draws draws, Numbers numbers, Leaks leaks) {
    this.draws = draws;
    this.numbers = numbers;
    this.leaks = leaks;
  }

  boolean broken() {
    return broken;
  }

  @SuppressWarnings("unchecked")
  void substitute(Map<String, Object> result) {
    Object total = result.get("totalCardNum");
    String whole = total == null ? "" : Numbers.compact(String.valueOf(total));
    String substitute = total == null ? "" : numbers.cardDigits(whole);
    if (total != null) {
      leaks.replaced(String.valueOf(total));
      result.put("totalCardNum", Numbers.respace(String.valueOf(total), substitute));
    }
    if (result.get("cardNums") instanceof List<?> groups) {
      int offset = 0;
      for (Object group : groups) {
        if (group instanceof Map<?, ?> map && map.get("value") != null) {
          String text = String.valueOf(map.get("value"));
          String digits = Numbers.compact(text);
          leaks.replaced(text);
          ((Map<String, Object>) map).put("value", Numbers.respace(text, group(whole, substitute, digits, offset)));
          offset += digits.length();
        }
      }
    }
    if (result.get("validThru") instanceof Map<?, ?> validThru && validThru.get("value") != null) {
      String text = String.valueOf(validThru.get("value"));
      if (!MM_YY.matcher(text).matches()) {
        leaks.replaced(text);
        ((Map<String, Object>) validThru).put("value", draws.placeholder(text));
      }
    }
  }

  /** The validator tests each group with {@code whole.startsWith(group, offset)}: so does this. */
  private String group(String whole, String substitute, String digits, int offset) {
    if (whole.startsWith(digits, offset)) {
      return substitute.substring(offset, offset + digits.length());
    }
    for (int i = 0; i < TRIES; i++) {
      String other = draws.placeholder(digits);
      if (!substitute.startsWith(other, offset)) {
        return other;
      }
    }
    broken = true;
    return digits;
  }
}
