package io.ocrkit.mock.internal.record;

import io.ocrkit.core.validation.CardNetwork;
import io.ocrkit.core.validation.Luhn;
import io.ocrkit.core.validation.ResidentNumbers;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Synthetic card, resident and licence numbers that keep what the validator judges in the
 * original: the format, the card network (by prefix) and length, the Luhn result, the resident
 * number's birth date (moved with the document's other dates), sex and century digit and
 * check-digit result, the licence's region code. Everything else is drawn afresh, so a card number
 * keeps its first digit, network and length only. Separators stay where they were.
 */
final class Numbers {

  private static final Pattern CARD_DIGITS = Pattern.compile("\\d{12,19}");
  private static final Pattern TWELVE = Pattern.compile("\\d{12}");
  /** A network's prefix may need up to four digits past the first; this many draws always meet it. */
  private static final int CARD_TRIES = 10_000;

  private final Draws draws;
  private final DateShift dates;

  Numbers(Draws draws, DateShift dates) {
    this.draws = draws;
    this.dates = dates;
  }

  /**
   * The whole card number without separators, replaced: same network, length and Luhn result when
   * it has a card number's format, a same-shape placeholder (so still no card number) otherwise.
   */
  String cardDigits(String whole) {
    if (!CARD_DIGITS.matcher(whole).matches()) {
      return draws.placeholder(whole);
    }
    Optional<CardNetwork> network = CardNetwork.of(whole);
    boolean valid = Luhn.isValid(whole);
    for (int i = 0; i < CARD_TRIES; i++) {
      String payload = whole.charAt(0) + draws.digits(whole.length() - 2);
      if (CardNetwork.of(payload + '0').equals(network)) {
        int check = Luhn.checkDigit(payload);
        return payload + (valid ? check : (check + draws.between(1, 9)) % 10);
      }
    }
    throw new IllegalStateException("no card number of the same network was drawn");
  }

  /** A resident registration number, 13 digits or the licence's 7-digit form, dashes kept. */
  String residentNumber(String text) {
    String digits = compact(text);
    boolean full = ResidentNumbers.isFullForm(digits);
    if (!full && !ResidentNumbers.isShortForm(digits)) {
      return draws.placeholder(text);
    }
    String head = dates.residentBirth(digits.substring(0, 6), digits.charAt(6)) + digits.charAt(6);
    if (!full) {
      return respace(text, head);
    }
    String first12 = head + draws.digits(5);
    int check = ResidentNumbers.checkDigit(first12);
    int last = ResidentNumbers.checkDigitMatches(digits) ? check : (check + draws.between(1, 9)) % 10;
    return respace(text, first12 + last);
  }

  /** A licence number {@code RR-YY-NNNNNN-SS}: region kept, year moved with the dates, rest drawn. */
  String licenceNumber(String text) {
    String digits = compact(text);
    if (!TWELVE.matcher(digits).matches()) {
      return draws.placeholder(text);
    }
    return respace(text, digits.substring(0, 2) + dates.twoDigitYear(digits.substring(2, 4)) + draws.digits(8));
  }

  /** {@code text} without the spaces and dashes the validators ignore ({@code [\s-]}). */
  static String compact(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (!isSeparator(text.charAt(i))) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }

  /** Exactly the characters of the validators' {@code [\s-]}: Java's {@code \s} is ASCII only. */
  static boolean isSeparator(char c) {
    return c == '-' || c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** {@code compact}'s characters put where {@code original} has its non-separators. */
  static String respace(String original, String compact) {
    StringBuilder out = new StringBuilder(original.length());
    int next = 0;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      out.append(isSeparator(c) ? c : compact.charAt(next++));
    }
    return out.toString();
  }
}
