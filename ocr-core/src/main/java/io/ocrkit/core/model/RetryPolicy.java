package io.ocrkit.core.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a call is retried after a transport fault, {@code 5000503} or
 * {@code 4000006}: exponential backoff with full jitter, between 0 and
 * {@code min(maxDelay, baseDelay * 2^(attempt-1))}. A {@code Retry-After} from the service wins
 * when it is longer, as long as it fits in the call's total timeout.
 *
 * @param maxAttempts attempts in all, the first included (1 means no retry)
 * @param baseDelay the first backoff's ceiling; not negative
 * @param maxDelay the cap on any backoff's ceiling; at least {@code baseDelay}
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

  /**
   * Checks the attempts and the delays.
   *
   * @param maxAttempts attempts in all, the first included (1 means no retry)
   * @param baseDelay the first backoff's ceiling; not negative
   * @param maxDelay the cap on any backoff's ceiling; at least {@code baseDelay}
   * @throws IllegalArgumentException if {@code maxAttempts} is below 1, {@code baseDelay} is negative
   *     or {@code maxDelay} is below it
   * @throws NullPointerException if a delay is null
   */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("'maxAttempts' must be at least 1, was " + maxAttempts);
    }
    Objects.requireNonNull(baseDelay, "baseDelay == null");
    Objects.requireNonNull(maxDelay, "maxDelay == null");
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException("'baseDelay' must be >= 0 and 'maxDelay' >= 'baseDelay'");
    }
  }

  /**
   * 3 attempts, 200 ms base, 5 s cap.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5));
  }

  /**
   * One attempt only.
   *
   * @return a policy that never retries
   */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
  }

  /**
   * The longest wait before attempt {@code attempt + 1} (attempt counts from 1).
   *
   * @param attempt the attempt that just failed, from 1
   * @return the ceiling of the jittered wait, never more than {@code maxDelay}
   */
  public Duration ceilingAfter(int attempt) {
    int shift = Math.min(Math.max(attempt - 1, 0), 30);
    long ceiling = baseDelay.toMillis() << shift;
    return Duration.ofMillis(Math.min(maxDelay.toMillis(), ceiling < 0 ? Long.MAX_VALUE : ceiling));
  }
}
