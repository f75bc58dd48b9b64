package io.ocrkit.core.port.out;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer of the service: its {@code header}, its {@code result} (null when it sent none) and
 * the response headers the protocol gives meaning to.
 *
 * @param requestKey the {@code Request-Key} response header, or null
 * @param retryAfter the {@code Retry-After} response header, or null
 */
public record WireAnswer<R>(Wire.Header header, R result, String requestKey, Duration retryAfter) {

  public WireAnswer {
    Objects.requireNonNull(header, "header == null");
  }

  public WireAnswer(Wire.Header header, R result) {
    this(header, result, null, null);
  }

  public Optional<R> resultIfPresent() {
    return Optional.ofNullable(result);
  }
}
