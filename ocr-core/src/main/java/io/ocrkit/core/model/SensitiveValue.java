package io.ocrkit.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A piece of personal or secret text that must not leak by accident.
 *
 * <p>{@link #toString()} masks the value, {@link #equals(Object)} compares in constant time, and
 * the raw value is only given by an explicit {@link #reveal()}. These are deliberately not records:
 * a record would print its value and compare it in variable time.
 */
public abstract sealed class SensitiveValue
    permits CardNumber, ResidentNumber, PersonName, Credential, SensitiveText, CardExpiry, RequestKey {

  private final String value;

  SensitiveValue(String value, String name) {
    this.value = Objects.requireNonNull(value, () -> name + " == null");
  }

  /**
   * The raw value. Every call site is a place where personal data leaves its wrapper.
   *
   * @return the value in clear, never null
   */
  public final String reveal() {
    return value;
  }

  /**
   * Number of characters of the raw value, safe to show.
   *
   * @return the length in UTF-16 code units
   */
  public final int length() {
    return value.length();
  }

  /**
   * A masked form that is safe to log or print.
   *
   * @return the masked text; it shows no more than the type's masking rule allows
   */
  public abstract String masked();

  @Override
  public final String toString() {
    return masked();
  }

  @Override
  public final boolean equals(Object other) {
    if (other == null || other.getClass() != getClass()) {
      return false;
    }
    return MessageDigest.isEqual(
        value.getBytes(StandardCharsets.UTF_8),
        ((SensitiveValue) other).value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public final int hashCode() {
    // Only the class and length: a hash of the value would be a cheap oracle for short numbers.
    return 31 * getClass().hashCode() + value.length();
  }

  /** Masks every character except the last {@code visible} ones; keeps separators' positions. */
  static String maskAllBut(String value, int visible) {
    StringBuilder out = new StringBuilder(value.length());
    int keepFrom = value.length() - visible;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean separator = c == '-' || c == ' ';
      out.append(i >= keepFrom || separator ? c : '*');
    }
    return out.toString();
  }
}
