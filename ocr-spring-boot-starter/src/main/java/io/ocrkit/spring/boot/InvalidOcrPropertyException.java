package io.ocrkit.spring.boot;

/**
 * An {@code ocrkit.*} property with a value the client cannot use. It names the property and what
 * it accepts, never the value (it may be a secret), and {@link OcrPropertyFailureAnalyzer} turns it
 * into Boot's startup failure report.
 */
public final class InvalidOcrPropertyException extends IllegalStateException {

  /** The property's full name. */
  private final String property;
  /** What the property accepts, in words. */
  private final String accepts;

  /**
   * A refusal of one property.
   *
   * @param property the full name, e.g. {@code ocrkit.crypto}
   * @param accepts what it accepts, e.g. {@code jca or bouncycastle}; never the value given
   */
  public InvalidOcrPropertyException(String property, String accepts) {
    super("Invalid property '" + property + "': it accepts " + accepts);
    this.property = property;
    this.accepts = accepts;
  }

  /** {@return the property's full name, e.g. {@code ocrkit.crypto}} */
  public String property() {
    return property;
  }

  /** {@return what the property accepts, in words} */
  public String accepts() {
    return accepts;
  }
}
