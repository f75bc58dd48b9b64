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

  /** The service's or the local result code. */
  private final int resultCode;
  /** The result code's key. */
  private final String resultKey;
  /** Whether the same call may succeed later. */
  private final boolean retryable;

  /**
   * For subtypes: every field is fixed here.
   *
   * @param message the message; never a secret or a decrypted value
   * @param resultCode the service's code, or the code that fits a local failure
   * @param resultKey the code's key, e.g. {@code INVALID_APPKEY_SECRETKEY}
   * @param retryable whether the same call may succeed later
   * @param cause the underlying failure, or null
   */
  protected OcrException(String message, int resultCode, String resultKey, boolean retryable, Throwable cause) {
    super(message, cause);
    this.resultCode = resultCode;
    this.resultKey = resultKey;
    this.retryable = retryable;
  }

  /**
   * The service's result code, or the code that fits a local failure (e.g. {@code -1}).
   *
   * @return the code, e.g. {@code 4000301}
   */
  public int resultCode() {
    return resultCode;
  }

  /**
   * The key of the code, e.g. {@code INVALID_APPKEY_SECRETKEY}, or {@code UNKNOWN_<code>}.
   *
   * @return the key, never null
   */
  public String resultKey() {
    return resultKey;
  }

  /**
   * The documented code, if this SDK knows it.
   *
   * @return the code, or empty for a code newer than this SDK
   */
  public Optional<ResultCode> code() {
    return ResultCode.of(resultCode);
  }

  /**
   * Whether making the same call again later can help.
   *
   * @return {@code true} for transient faults and the codes the protocol says to retry
   */
  public boolean retryable() {
    return retryable;
  }

  /**
   * Whether the service said the caller is over its rate or quota ({@code 4000006}): slow down,
   * and expect the SDK's own retries to have waited at least a second. {@code 5000503} is not
   * throttling of the caller (see {@link ResultCode#throttling()}), nor is a transport fault.
   *
   * @return {@code true} for {@code 4000006} only
   */
  public boolean isThrottling() {
    return code().map(ResultCode::throttling).orElse(false);
  }

  static String keyOf(int code) {
    return ResultCode.of(code).map(ResultCode::key).orElse("UNKNOWN_" + code);
  }
}
