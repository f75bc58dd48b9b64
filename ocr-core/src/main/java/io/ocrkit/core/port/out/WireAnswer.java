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
 * @param credentialsRenewed the service refused the credentials this answer was sent with
 *     ({@code 4010006}) and the transport has since renewed them, so a resent request may succeed
 */
public record WireAnswer<R>(Wire.Header header, R result, String requestKey, Duration retryAfter,
    boolean credentialsRenewed) {

  public WireAnswer {
    Objects.requireNonNull(header, "header == null");
  }

  public WireAnswer(Wire.Header header, R result, String requestKey, Duration retryAfter) {
    this(header, result, requestKey, retryAfter, false);
  }

  public WireAnswer(Wire.Header header, R result) {
    this(header, result, null, null, false);
  }

  /** The same answer, marked as sent with credentials the transport has renewed since. */
  public WireAnswer<R> withCredentialsRenewed() {
    return new WireAnswer<>(header, result, requestKey, retryAfter, true);
  }

  public Optional<R> resultIfPresent() {
    return Optional.ofNullable(result);
  }
}
