package io.ocrkit.core.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like a resident or card number wherever it is: masking by key name alone trusts
 * the server to label each value, and a resident number under {@code issuer} would print in full.
 * One rule for every surface that shows a result: the CLI's output and the mock's journal.
 */
public final class ShapeMask {

  /** 6 digits, an optional dash, 7 digits; not part of a longer run of digits. */
  private static final Pattern RESIDENT = Pattern.compile("(?<!\\d)\\d{6}-?\\d{7}(?!\\d)");
  /** 13 to 19 digits, spaces or dashes between them allowed. */
  private static final Pattern CARD = Pattern.compile("(?<!\\d)\\d(?:[ -]?\\d){12,18}(?!\\d)");

  private static final int MIN_DIGITS = 13;

  private ShapeMask() {}

  public static String mask(String value) {
    // Both shapes hold at least 13 digits: most values (confidences, coordinates, names, numbers
    // already masked) have fewer, and counting costs less than the two regular expressions.
    if (value.length() < MIN_DIGITS || asciiDigits(value) < MIN_DIGITS) {
      return value;
    }
    String residentsMasked = replace(RESIDENT.matcher(value), 0);
    // The last four digits of a card stay, as the SDK's own card masking keeps them.
    return replace(CARD.matcher(residentsMasked), 4);
  }

  /** The digits the patterns' {@code \d} matches, {@code [0-9]}: they use no Unicode classes. */
  private static int asciiDigits(String value) {
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        n++;
      }
    }
    return n;
  }

  private static String replace(Matcher m, int visibleDigits) {
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(digitsMasked(m.group(), visibleDigits)));
    }
    return m.appendTail(out).toString();
  }

  private static String digitsMasked(String match, int visibleDigits) {
    StringBuilder out = new StringBuilder(match);
    int seen = 0;
    for (int i = out.length() - 1; i >= 0; i--) {
      if (Character.isDigit(out.charAt(i)) && seen++ >= visibleDigits) {
        out.setCharAt(i, '*');
      }
    }
    return out.toString();
  }
}
