package io.ocrkit.core.model;

/** A payment card number (PAN). Masked to its last four digits, as PCI DSS allows. */
public final class CardNumber extends SensitiveValue {

  private CardNumber(String value) {
    super(value, "cardNumber");
  }

  public static CardNumber of(String value) {
    return new CardNumber(value);
  }

  /** The digits only, without spaces or dashes the recogniser may have kept. */
  public String digits() {
    return reveal().replaceAll("[^0-9]", "");
  }

  @Override
  public String masked() {
    return reveal().length() <= 4 ? "****" : maskAllBut(reveal(), 4);
  }
}
