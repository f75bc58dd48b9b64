package io.ocrkit.mock.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A synthetic credit card: the number (13 to 19 digits, no separators), the expiry as printed
 * ({@code MM/YY}) and the holder's name.
 *
 * @param number 13 to 19 digits
 * @param validThru {@code MM/YY}
 * @param holder the name embossed, not blank
 */
public record CreditCardSample(String number, String validThru, String holder) implements SampleCard {

  private static final Pattern NUMBER = Pattern.compile("[0-9]{13,19}");
  private static final Pattern VALID_THRU = Pattern.compile("(0[1-9]|1[0-2])/[0-9]{2}");

  /**
   * Checks the formats, not the Luhn digit.
   *
   * @param number 13 to 19 digits
   * @param validThru {@code MM/YY}
   * @param holder the name embossed, not blank
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a component has the wrong format
   */
  public CreditCardSample {
    Objects.requireNonNull(number, "number == null");
    Objects.requireNonNull(validThru, "validThru == null");
    Objects.requireNonNull(holder, "holder == null");
    if (!NUMBER.matcher(number).matches()) {
      throw new IllegalArgumentException("'number' must be 13 to 19 digits");
    }
    if (!VALID_THRU.matcher(validThru).matches()) {
      throw new IllegalArgumentException("'validThru' must be MM/YY");
    }
    if (holder.isBlank()) {
      throw new IllegalArgumentException("'holder' must not be blank");
    }
  }

  @Override
  public String kind() {
    return "credit-card";
  }

  @Override
  public boolean passesChecks() {
    return CheckDigits.luhnValid(number);
  }

  /** The same card with its last (Luhn) digit changed, which always breaks the Luhn check. */
  @Override
  public CreditCardSample withBadCheckDigit() {
    int last = number.charAt(number.length() - 1) - '0';
    return new CreditCardSample(
        number.substring(0, number.length() - 1) + (last + 1) % 10, validThru, holder);
  }

  /**
   * The number in the groups embossed on the card, as the service reports them in
   * {@code cardNums}: 4-6-5 for 15 digits (American Express style), otherwise groups of 4 with a
   * shorter last group.
   *
   * @return an immutable list, joined they give {@link #number()}
   */
  public List<String> groups() {
    List<String> groups = new ArrayList<>();
    if (number.length() == 15) {
      groups.add(number.substring(0, 4));
      groups.add(number.substring(4, 10));
      groups.add(number.substring(10));
      return List.copyOf(groups);
    }
    for (int i = 0; i < number.length(); i += 4) {
      groups.add(number.substring(i, Math.min(number.length(), i + 4)));
    }
    return List.copyOf(groups);
  }

  @Override
  public String toString() {
    return "CreditCardSample[number=" + Masks.all(number) + ", validThru=" + validThru
        + ", holder=" + Masks.all(holder) + "]";
  }
}
