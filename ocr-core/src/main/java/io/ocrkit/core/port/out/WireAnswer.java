package io.ocrkit.core.port.out;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer of the service: its {@code header}, its {@code result} (null when it sent none) and
 * the response headers the protocol gives meaning to.
 *
 * @param <R> the result's wire type
 * @param header the {@code header} object, never null
 * @param result the {@code result} object, or null
 * @param requestKey the {@code Request-Key} response header, or null
 * @param retryAfter the {@code Retry-After} response header, or null
 * @param credentialsRenewed the service refused the credentials this answer was sent with
 *     ({@code 4010006}) and the transport has since renewed them, so a resent request may succeed
 */
public record WireAnswer<R>(Wire.Header header, R result, String requestKey, Duration retryAfter,
    boolean credentialsRenewed) {

  /**
   * Checks that the header is there; everything else may be absent.
   *
   * @param header the {@code header} object, never null
   * @param result the {@code result} object, or null
   * @param requestKey the {@code Request-Key} response header, or null
   * @param retryAfter the {@code Retry-After} response header, or null
   * @param credentialsRenewed the service refused the credentials this answer was sent with
   *     ({@code 4010006}) and the transport has since renewed them, so a resent request may succeed
   * @throws NullPointerException if {@code header} is null
   */
  public WireAnswer {
    Objects.requireNonNull(header, "header == null");
  }

  /**
   * An answer sent with credentials that still held.
   *
   * @param header the {@code header} object
   * @param result the {@code result} object, or null
   * @param requestKey the {@code Request-Key} header, or null
   * @param retryAfter the {@code Retry-After} header, or null
   */
  public WireAnswer(Wire.Header header, R result, String requestKey, Duration retryAfter) {
    this(header, result, requestKey, retryAfter, false);
  }

  /**
   * An answer without the headers the protocol reads.
   *
   * @param header the {@code header} object
   * @param result the {@code result} object, or null
   */
  public WireAnswer(Wire.Header header, R result) {
    this(header, result, null, null, false);
  }

  /**
   * The same answer, marked as sent with credentials the transport has renewed since.
   *
   * @return a copy; this answer is unchanged
   */
  public WireAnswer<R> withCredentialsRenewed() {
    return new WireAnswer<>(header, result, requestKey, retryAfter, true);
  }

  /**
   * The result, when the service sent one.
   *
   * @return the result, or empty
   */
  public Optional<R> resultIfPresent() {
    return Optional.ofNullable(result);
  }
}
