package io.ocrkit.core.model;

import java.util.Objects;
import java.util.function.Function;

/**
 * One value the service read, with its confidence between 0 and 1 and, when the service gave it,
 * the area it was read from ({@code box} may be null).
 */
public record Recognized<T>(T value, double confidence, Quadrilateral box) {

  public Recognized {
    Objects.requireNonNull(value, "value == null");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("'confidence' must be between 0 and 1, was " + confidence);
    }
  }

  public Recognized(T value, double confidence) {
    this(value, confidence, null);
  }

  /** The same reading with its value converted, e.g. to a typed sensitive value. */
  public <U> Recognized<U> map(Function<? super T, ? extends U> mapper) {
    return new Recognized<>(mapper.apply(value), confidence, box);
  }
}
