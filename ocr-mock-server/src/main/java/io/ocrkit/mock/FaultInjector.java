package io.ocrkit.mock;

import java.time.Duration;
import java.util.Optional;

/**
 * What a {@link Fault} can do to one answer; the mock gives each faulted request its own injector
 * (WireMock's {@code FaultInjector}). Every method but {@link #delay} answers (or drops) the
 * request in place of the normal handling.
 */
public interface FaultInjector {

  /**
   * A normal protocol header with this result code, with a {@code Retry-After} header if given.
   *
   * @param code the result code, in a header with {@code isSuccessful: false} unless it is 0
   * @param retryAfter the {@code Retry-After} to send, or empty
   */
  void resultCode(int code, Optional<Duration> retryAfter);

  /**
   * Waits, then handles the request normally; no server thread is held while it waits.
   *
   * @param delay how long to wait, on the wall clock
   */
  void delay(Duration delay);

  /** Drops the connection without an answer (TCP reset). */
  void resetConnection();

  /** HTTP 200 with an empty body. */
  void emptyResponse();

  /** HTTP 200 with a body cut off in the middle of the JSON. */
  void malformedJson();

  /**
   * An HTML page with this gateway status (502, 503 or 504), with a {@code Retry-After} header if given.
   *
   * @param status 502, 503 or 504
   * @param retryAfter the {@code Retry-After} to send, or empty
   */
  void gatewayPage(int status, Optional<Duration> retryAfter);
}
