package io.ocrkit.core.model;

import io.ocrkit.core.protocol.ResultCode;

import java.time.Duration;
import java.util.Optional;

/**
 * The call did not reach the service or got no usable answer: connection refused or reset, a
 * timeout, a gateway's 5xx or HTML page. Retryable: the service may never have seen the call.
 */
public class OcrTransportException extends OcrException {

  private static final long serialVersionUID = 1L;

  /** The gateway's {@code Retry-After}; transient, so a deserialised copy has none. */
  private final transient Duration retryAfter;

  /**
   * A transport failure with no {@code Retry-After}.
   *
   * @param message what failed; never a secret or a body
   * @param cause the I/O failure, or null
   */
  public OcrTransportException(String message, Throwable cause) {
    this(message, null, cause);
  }

  /**
   * A transport failure, with the wait a gateway asked for.
   *
   * @param message what failed; never a secret or a body
   * @param retryAfter what the gateway asked us to wait ({@code Retry-After}), or null
   * @param cause the I/O failure, or null
   */
  public OcrTransportException(String message, Duration retryAfter, Throwable cause) {
    super(message, ResultCode.FAIL.code(), "TRANSPORT", true, cause);
    this.retryAfter = retryAfter;
  }

  /**
   * What the gateway asked the caller to wait, when it said.
   *
   * @return the wait, or empty
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
