package io.ocrkit.core.model;

import java.util.Objects;
import java.util.function.Function;

/**
 * One value the service read, with its confidence between 0 and 1 and, when the service gave it,
 * the area it was read from ({@code box} may be null).
 *
 * @param <T> the value's type, often a masked {@link SensitiveValue}
 * @param value what was read, not null
 * @param confidence how sure the service was, from 0 to 1
 * @param box where it was read, or null
 */
public record Recognized<T>(T value, double confidence, Quadrilateral box) {

  /**
   * Checks the value and the confidence.
   *
   * @param value what was read, not null
   * @param confidence how sure the service was, from 0 to 1
   * @param box where it was read, or null
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code confidence} is not between 0 and 1 (or is NaN)
   */
  public Recognized {
    Objects.requireNonNull(value, "value == null");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("'confidence' must be between 0 and 1, was " + confidence);
    }
  }

  /**
   * A reading without an area.
   *
   * @param value what was read, not null
   * @param confidence from 0 to 1
   */
  public Recognized(T value, double confidence) {
    this(value, confidence, null);
  }

  /**
   * The same reading with its value converted, e.g. to a typed sensitive value.
   *
   * @param <U> the new value's type
   * @param mapper the conversion; must not return null
   * @return a new reading with the same confidence and box
   */
  public <U> Recognized<U> map(Function<? super T, ? extends U> mapper) {
    return new Recognized<>(mapper.apply(value), confidence, box);
  }
}
