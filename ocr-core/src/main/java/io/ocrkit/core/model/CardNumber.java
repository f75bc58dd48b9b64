package io.ocrkit.core.model;

/** A payment card number (PAN). Masked to its last four digits, as PCI DSS allows. */
public final class CardNumber extends SensitiveValue {

  private CardNumber(String value) {
    super(value, "cardNumber");
  }

  /**
   * Wraps a card number as read; it is not checked here (the validation package's Luhn check is).
   *
   * @param value the number as read, possibly with spaces or dashes; not null
   * @return the masked value
   */
  public static CardNumber of(String value) {
    return new CardNumber(value);
  }

  /**
   * The digits only, without spaces or dashes the recogniser may have kept.
   *
   * @return the digits in clear; a secret, do not log it
   */
  public String digits() {
    return reveal().replaceAll("[^0-9]", "");
  }

  @Override
  public String masked() {
    return reveal().length() <= 4 ? "****" : maskAllBut(reveal(), 4);
  }
}
