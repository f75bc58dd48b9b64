package io.ocrkit.core.service;

import io.ocrkit.core.model.RetryPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How long to wait before the next attempt (AWS SDK v2's {@code BackoffStrategy}). The randomness
 * comes in from outside, so a test can make every wait exact.
 */
@FunctionalInterface
interface BackoffStrategy {

  /** The wait after attempt {@code attempt} failed (attempts count from 1). */
  Duration delayAfter(int attempt);

  /**
   * Full jitter: uniformly from 0 to the policy's ceiling for that attempt, both included. Spreads
   * the clients a common outage hit, so they do not all come back at the same instant.
   */
  static BackoffStrategy fullJitter(RetryPolicy policy, RandomGenerator random) {
    Objects.requireNonNull(policy, "policy == null");
    Objects.requireNonNull(random, "random == null");
    return attempt -> {
      long ceiling = policy.ceilingAfter(attempt).toMillis();
      return Duration.ofMillis(ceiling == 0 ? 0 : random.nextLong(ceiling + 1));
    };
  }
}
