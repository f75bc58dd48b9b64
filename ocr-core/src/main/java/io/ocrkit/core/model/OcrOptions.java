package io.ocrkit.core.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The core's settings. Defaults follow the protocol: 20 MiB image parts, 1-hour Request-Keys.
 *
 * @param maxImageBytes largest image part as sent (the ciphertext, or its Base64 text when the
 *     transport encodes it); bigger ones are refused before any request
 * @param requestKeyTtl how long a Request-Key is honoured after issue
 * @param retry the retry policy for transport faults and retry-later codes
 * @param callTimeout the whole call, retries and waits included
 */
public record OcrOptions(long maxImageBytes, Duration requestKeyTtl, RetryPolicy retry, Duration callTimeout) {

  /** The service's upload limit since 2026-08-11: 20 MiB of the image part as sent. */
  public static final long DEFAULT_MAX_IMAGE_BYTES = 20L * 1024 * 1024;

  /**
   * Checks the limits: sizes and durations must be positive.
   *
   * @param maxImageBytes largest image part as sent (the ciphertext, or its Base64 text when the
   *     transport encodes it); bigger ones are refused before any request
   * @param requestKeyTtl how long a Request-Key is honoured after issue
   * @param retry the retry policy for transport faults and retry-later codes
   * @param callTimeout the whole call, retries and waits included
   * @throws IllegalArgumentException if {@code maxImageBytes} or {@code callTimeout} is not positive
   * @throws NullPointerException if a duration or the policy is null
   */
  public OcrOptions {
    if (maxImageBytes < 1) {
      throw new IllegalArgumentException("'maxImageBytes' must be positive, was " + maxImageBytes);
    }
    Objects.requireNonNull(requestKeyTtl, "requestKeyTtl == null");
    Objects.requireNonNull(retry, "retry == null");
    Objects.requireNonNull(callTimeout, "callTimeout == null");
    if (callTimeout.isNegative() || callTimeout.isZero()) {
      throw new IllegalArgumentException("'callTimeout' must be positive");
    }
  }

  /**
   * The protocol's defaults: 20 MiB, a 1-hour Request-Key TTL, {@link RetryPolicy#defaults()}, and
   * 120 seconds per call.
   *
   * @return the defaults
   */
  public static OcrOptions defaults() {
    return new OcrOptions(DEFAULT_MAX_IMAGE_BYTES, RequestKey.DEFAULT_TTL, RetryPolicy.defaults(),
        Duration.ofSeconds(120));
  }

  /**
   * A copy with another image limit.
   *
   * @param value the largest image part as sent, in bytes; positive
   * @return a new options value
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public OcrOptions withMaxImageBytes(long value) {
    return new OcrOptions(value, requestKeyTtl, retry, callTimeout);
  }

  /**
   * A copy with another Request-Key lifetime.
   *
   * @param value how long a Request-Key is honoured after issue
   * @return a new options value
   */
  public OcrOptions withRequestKeyTtl(Duration value) {
    return new OcrOptions(maxImageBytes, value, retry, callTimeout);
  }

  /**
   * A copy with another retry policy.
   *
   * @param value the policy
   * @return a new options value
   */
  public OcrOptions withRetry(RetryPolicy value) {
    return new OcrOptions(maxImageBytes, requestKeyTtl, value, callTimeout);
  }

  /**
   * A copy with another deadline for the whole call.
   *
   * @param value positive; covers every attempt and backoff
   * @return a new options value
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public OcrOptions withCallTimeout(Duration value) {
    return new OcrOptions(maxImageBytes, requestKeyTtl, retry, value);
  }
}
