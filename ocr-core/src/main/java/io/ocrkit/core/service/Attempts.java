package io.ocrkit.core.service;

import io.ocrkit.core.model.OcrException;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.core.model.RetryPolicy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The retry budget of one call: how many attempts are left, how long to wait before the next,
 * and how much of the whole-call timeout remains. Retries only what the protocol says may
 * succeed later: transport faults, {@code 5000503} and {@code 4000006}.
 */
final class Attempts {

  /** Waits between attempts; replaced in tests so they need not sleep. */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final long deadlineNanos;
  private int attempt = 1;

  Attempts(RetryPolicy policy, Duration callTimeout, Sleeper sleeper) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.deadlineNanos = System.nanoTime() + callTimeout.toNanos();
  }

  /** The time left for the whole call; at least a millisecond so a last attempt can still fail fast. */
  Duration remaining() {
    return Duration.ofNanos(Math.max(deadlineNanos - System.nanoTime(), 1_000_000));
  }

  boolean expired() {
    return System.nanoTime() >= deadlineNanos;
  }

  /**
   * Decides whether {@code failure} gets another attempt; if so, waits for it and returns
   * normally. Otherwise rethrows {@code failure}.
   *
   * @param retryAfter what the service asked us to wait, or null
   */
  void retryOrThrow(OcrException failure, Duration retryAfter, boolean repeatable) {
    if (!repeatable || !retryable(failure) || attempt >= policy.maxAttempts()) {
      throw failure;
    }
    Duration wait = backoff(failure, retryAfter);
    if (System.nanoTime() + wait.toNanos() >= deadlineNanos) {
      throw failure; // the wait alone would spend the call's whole budget
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure;
    }
    attempt++;
  }

  int attempt() {
    return attempt;
  }

  private Duration backoff(OcrException failure, Duration retryAfter) {
    long ceiling = policy.ceilingAfter(attempt).toMillis();
    long jittered = ceiling == 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1);
    Optional<Duration> asked = failure instanceof OcrTransportException t ? t.retryAfter() : Optional.ofNullable(retryAfter);
    return asked.filter(a -> a.toMillis() > jittered).orElse(Duration.ofMillis(jittered));
  }

  private static boolean retryable(OcrException failure) {
    if (failure instanceof OcrTransportException) {
      return true;
    }
    return failure instanceof OcrServiceException
        && (failure.resultCode() == ResultCode.API_TEMPORARILY_UNAVAILABLE.code()
            || failure.resultCode() == ResultCode.API_CALL_LIMIT_EXCEEDED.code());
  }
}
