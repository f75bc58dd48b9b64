package io.ocrkit.core.model;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The core's settings. Defaults follow the protocol: 20 MiB image parts, 1-hour Request-Keys.
 *
 * @param maxImageBytes largest image part as sent (the ciphertext, or its Base64 text when the
 *     transport encodes it); bigger ones are refused before any request
 * @param requestKeyTtl how long a Request-Key is honoured after issue
 * @param retry the retry policy for transport faults and retry-later codes
 * @param callTimeout the whole call, retries and waits included
 * @param maxConcurrency attempts in flight at once; further ones queue in the order they came
 * @param rateLimit attempts per second at most, adapted down when the service throttles; empty
 *     for no limit
 */
public record OcrOptions(long maxImageBytes, Duration requestKeyTtl, RetryPolicy retry, Duration callTimeout,
    int maxConcurrency, OptionalDouble rateLimit) {

  /** The service's upload limit since 2026-08-11: 20 MiB of the image part as sent. */
  public static final long DEFAULT_MAX_IMAGE_BYTES = 20L * 1024 * 1024;

  /** Attempts in flight per client. */
  public static final int DEFAULT_MAX_CONCURRENCY = 64;

  /**
   * Checks the limits: sizes and durations must be positive.
   *
   * @param maxImageBytes largest image part as sent (the ciphertext, or its Base64 text when the
   *     transport encodes it); bigger ones are refused before any request
   * @param requestKeyTtl how long a Request-Key is honoured after issue
   * @param retry the retry policy for transport faults and retry-later codes
   * @param callTimeout the whole call, retries and waits included
   * @param maxConcurrency requests in flight per client, at least 1; more calls queue, first come first served
   * @param rateLimit requests sent per second at most, or empty for no limit
   * @throws IllegalArgumentException if {@code maxImageBytes}, {@code callTimeout} or {@code rateLimit} is not
   *     positive, or {@code maxConcurrency} is below 1
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
    checkMaxConcurrency(maxConcurrency);
    Objects.requireNonNull(rateLimit, "rateLimit == null");
    rateLimit.ifPresent(OcrOptions::checkRateLimit);
  }

  /**
   * Without a rate limit, at the default concurrency.
   *
   * @param maxImageBytes largest image part as sent, in bytes
   * @param requestKeyTtl how long a Request-Key is honoured after issue
   * @param retry the retry policy
   * @param callTimeout the whole call, retries and waits included
   */
  public OcrOptions(long maxImageBytes, Duration requestKeyTtl, RetryPolicy retry, Duration callTimeout) {
    this(maxImageBytes, requestKeyTtl, retry, callTimeout, DEFAULT_MAX_CONCURRENCY, OptionalDouble.empty());
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
   * Checks a concurrency limit, for the builders that take one.
   *
   * @param value requests in flight per client
   * @return {@code value}
   * @throws IllegalArgumentException naming {@code maxConcurrency} unless it is at least 1
   */
  public static int checkMaxConcurrency(int value) {
    if (value < 1) {
      throw new IllegalArgumentException("'maxConcurrency' must be at least 1, was " + value);
    }
    return value;
  }

  /**
   * Checks a rate limit, for the builders that take one.
   *
   * @param permitsPerSecond requests per second
   * @return {@code permitsPerSecond}
   * @throws IllegalArgumentException naming {@code rateLimit} unless it is a positive, finite number
   */
  public static double checkRateLimit(double permitsPerSecond) {
    if (!(permitsPerSecond > 0) || Double.isInfinite(permitsPerSecond)) {
      throw new IllegalArgumentException("'rateLimit' must be a positive number of permits per second, was "
          + permitsPerSecond);
    }
    return permitsPerSecond;
  }

  /**
   * A copy with another image limit.
   *
   * @param value the largest image part as sent, in bytes; positive
   * @return a new options value
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public OcrOptions withMaxImageBytes(long value) {
    return new OcrOptions(value, requestKeyTtl, retry, callTimeout, maxConcurrency, rateLimit);
  }

  /**
   * A copy with another Request-Key lifetime.
   *
   * @param value how long a Request-Key is honoured after issue
   * @return a new options value
   */
  public OcrOptions withRequestKeyTtl(Duration value) {
    return new OcrOptions(maxImageBytes, value, retry, callTimeout, maxConcurrency, rateLimit);
  }

  /**
   * A copy with another retry policy.
   *
   * @param value the policy
   * @return a new options value
   */
  public OcrOptions withRetry(RetryPolicy value) {
    return new OcrOptions(maxImageBytes, requestKeyTtl, value, callTimeout, maxConcurrency, rateLimit);
  }

  /**
   * A copy with another deadline for the whole call.
   *
   * @param value positive; covers every attempt and backoff
   * @return a new options value
   * @throws IllegalArgumentException if {@code value} is not positive
   */
  public OcrOptions withCallTimeout(Duration value) {
    return new OcrOptions(maxImageBytes, requestKeyTtl, retry, value, maxConcurrency, rateLimit);
  }

  /**
   * A copy with another concurrency limit.
   *
   * @param value requests in flight per client, at least 1
   * @return a new options value
   * @throws IllegalArgumentException if {@code value} is below 1
   */
  public OcrOptions withMaxConcurrency(int value) {
    return new OcrOptions(maxImageBytes, requestKeyTtl, retry, callTimeout, value, rateLimit);
  }

  /**
   * A copy with a rate limit.
   *
   * @param permitsPerSecond requests sent per second at most; positive and finite
   * @return a new options value
   * @throws IllegalArgumentException if {@code permitsPerSecond} is not positive and finite
   */
  public OcrOptions withRateLimit(double permitsPerSecond) {
    return new OcrOptions(maxImageBytes, requestKeyTtl, retry, callTimeout, maxConcurrency,
        OptionalDouble.of(permitsPerSecond));
  }
}
