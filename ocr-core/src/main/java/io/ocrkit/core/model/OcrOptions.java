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

  public static OcrOptions defaults() {
    return new OcrOptions(DEFAULT_MAX_IMAGE_BYTES, RequestKey.DEFAULT_TTL, RetryPolicy.defaults(),
        Duration.ofSeconds(120));
  }

  public OcrOptions withMaxImageBytes(long value) {
    return new OcrOptions(value, requestKeyTtl, retry, callTimeout);
  }

  public OcrOptions withRequestKeyTtl(Duration value) {
    return new OcrOptions(maxImageBytes, value, retry, callTimeout);
  }

  public OcrOptions withRetry(RetryPolicy value) {
    return new OcrOptions(maxImageBytes, requestKeyTtl, value, callTimeout);
  }

  public OcrOptions withCallTimeout(Duration value) {
    return new OcrOptions(maxImageBytes, requestKeyTtl, retry, value);
  }
}
