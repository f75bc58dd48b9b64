package io.ocrkit.core.model;

import io.ocrkit.core.protocol.ResultCode;

import java.util.Optional;

/**
 * The root of every failure the SDK reports (unchecked). Subtypes say what the caller does next:
 * {@link OcrServiceException} the service said no, {@link OcrTransportException} the network or
 * a gateway failed, {@link OcrProtocolException} an answer that did not parse or decrypt.
 * Bad arguments are {@link IllegalArgumentException}s, thrown before anything is sent.
 *
 * <p>Messages name the operation and the code; they never hold a secret or a decrypted value.
 */
public abstract class OcrException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int resultCode;
  private final String resultKey;
  private final boolean retryable;

  protected OcrException(String message, int resultCode, String resultKey, boolean retryable, Throwable cause) {
    super(message, cause);
    this.resultCode = resultCode;
    this.resultKey = resultKey;
    this.retryable = retryable;
  }

  /** The service's result code, or the code that fits a local failure (e.g. {@code -1}). */
  public int resultCode() {
    return resultCode;
  }

  /** The key of the code, e.g. {@code INVALID_APPKEY_SECRETKEY}, or {@code UNKNOWN_<code>}. */
  public String resultKey() {
    return resultKey;
  }

  /** The documented code, if this SDK knows it. */
  public Optional<ResultCode> code() {
    return ResultCode.of(resultCode);
  }

  /** Whether making the same call again later can help. */
  public boolean retryable() {
    return retryable;
  }

  /**
   * Whether the service said the caller is over its rate or quota ({@code 4000006}): slow down,
   * and expect the SDK's own retries to have waited at least a second. {@code 5000503} is not
   * throttling of the caller (see {@link ResultCode#throttling()}), nor is a transport fault.
   */
  public boolean isThrottling() {
    return code().map(ResultCode::throttling).orElse(false);
  }

  static String keyOf(int code) {
    return ResultCode.of(code).map(ResultCode::key).orElse("UNKNOWN_" + code);
  }
}
