package io.ocrkit.core.model;

/** Any other decrypted field (dates, licence and passport numbers, MRZ lines): fully masked. */
public final class SensitiveText extends SensitiveValue {

  private SensitiveText(String value) {
    super(value, "value");
  }

  /**
   * Wraps a decrypted value.
   *
   * @param value the value, not null
   * @return the masked value
   */
  public static SensitiveText of(String value) {
    return new SensitiveText(value);
  }

  @Override
  public String masked() {
    return maskAllBut(reveal(), 0);
  }
}
