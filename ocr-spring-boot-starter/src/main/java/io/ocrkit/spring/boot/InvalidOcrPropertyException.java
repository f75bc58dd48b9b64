package io.ocrkit.spring.boot;

/**
 * An {@code ocrkit.*} property with a value the client cannot use. It names the property and what
 * it accepts, never the value (it may be a secret), and {@link OcrPropertyFailureAnalyzer} turns it
 * into Boot's startup failure report.
 */
public final class InvalidOcrPropertyException extends IllegalStateException {

  private final String property;
  private final String accepts;

  public InvalidOcrPropertyException(String property, String accepts) {
    super("Invalid property '" + property + "': it accepts " + accepts);
    this.property = property;
    this.accepts = accepts;
  }

  public String property() {
    return property;
  }

  public String accepts() {
    return accepts;
  }
}
