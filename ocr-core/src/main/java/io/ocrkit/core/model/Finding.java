package io.ocrkit.core.model;

import java.util.Objects;

/**
 * Something a validation check noticed about a result, e.g. a card number failing its Luhn check.
 *
 * <p>{@code message} is a sentence a person understands and never contains the value itself.
 *
 * @param code stable machine-readable code, e.g. {@code CARD_LUHN_MISMATCH}
 * @param field the result field it concerns, e.g. {@code totalCardNum}
 * @param severity how much it should worry the caller
 * @param message a sentence for a person; never contains the value
 */
public record Finding(String code, String field, Severity severity, String message) {

  /**
   * Checks the components: none may be null.
   *
   * @param code stable machine-readable code, e.g. {@code CARD_LUHN_MISMATCH}
   * @param field the result field it concerns, e.g. {@code totalCardNum}
   * @param severity how much it should worry the caller
   * @param message a sentence for a person; never contains the value
   * @throws NullPointerException if a component is null
   */
  public Finding {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(field, "field == null");
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** How much a finding should worry the caller. */
  public enum Severity {
    /** Worth knowing; the value can still be right. */
    NOTICE,
    /** Likely a misread or an unusable document; a person should look. */
    WARNING,
    /** The value cannot be right as read. */
    ERROR
  }
}
