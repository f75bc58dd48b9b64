package io.ocrkit.core.model;

/**
 * A Korean resident registration number (13 digits, often written {@code YYMMDD-GNNNNNN}), or its
 * 7-digit prefix as a driver's-licence authenticity check uses it. Fully masked: the birth date and
 * sex it encodes are personal data too.
 */
public final class ResidentNumber extends SensitiveValue {

  private ResidentNumber(String value) {
    super(value, "residentNumber");
  }

  /**
   * Wraps a resident number as read or typed; it is not checked here (see the validation package).
   *
   * @param value the number, with or without its dash; not null
   * @return the masked value
   */
  public static ResidentNumber of(String value) {
    return new ResidentNumber(value);
  }

  /**
   * The digits only, without the dash.
   *
   * @return the digits in clear; personal data, do not log it
   */
  public String digits() {
    return reveal().replaceAll("[^0-9]", "");
  }

  @Override
  public String masked() {
    return maskAllBut(reveal(), 0);
  }
}
