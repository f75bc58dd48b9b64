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

  private final transient Duration retryAfter;

  public OcrTransportException(String message, Throwable cause) {
    this(message, null, cause);
  }

  /** @param retryAfter what the gateway asked us to wait ({@code Retry-After}), or null */
  public OcrTransportException(String message, Duration retryAfter, Throwable cause) {
    super(message, ResultCode.FAIL.code(), "TRANSPORT", true, cause);
    this.retryAfter = retryAfter;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
