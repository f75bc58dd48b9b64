package io.ocrkit.core.service;

import io.ocrkit.core.model.OcrException;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.model.RetryPolicy;
import java.time.Duration;
import java.util.Optional;

/**
 * The retry budget of one call: how many attempts are left, how long to wait before the next,
 * and how much of the whole-call timeout remains. Which failures deserve a retry is not decided
 * here but by {@link io.ocrkit.core.protocol.Recovery}; this only spends the budget.
 */
final class Attempts {

  private final RetryPolicy policy;
  private final Deadline deadline;
  private final BackoffStrategy backoff;
  private int attempt = 1;

  Attempts(RetryPolicy policy, Deadline deadline, BackoffStrategy backoff) {
    this.policy = policy;
    this.deadline = deadline;
    this.backoff = backoff;
  }

  Deadline deadline() {
    return deadline;
  }

  Duration remaining() {
    return deadline.remaining();
  }

  boolean expired() {
    return deadline.expired();
  }

  int attempt() {
    return attempt;
  }

  /**
   * Spends one retry and returns how long to wait before it, or rethrows {@code failure} when the
   * budget does not allow one: the request cannot be sent again, the attempts are used up, or the
   * wait would outlast the call's deadline.
   *
   * @param retryAfter what the service asked us to wait, or null
   */
  Duration backOffOrThrow(OcrException failure, Duration retryAfter, boolean repeatable) {
    if (!repeatable || attempt >= policy.maxAttempts()) {
      throw failure;
    }
    Duration wait = wait(failure, retryAfter);
    if (!deadline.leavesTimeAfter(wait)) {
      throw failure; // the wait alone would spend the call's whole budget
    }
    attempt++;
    return wait;
  }

  /** The backoff, or what the service asked for when that is longer. */
  private Duration wait(OcrException failure, Duration retryAfter) {
    Duration jittered = backoff.delayAfter(attempt);
    Optional<Duration> asked =
        failure instanceof OcrTransportException t ? t.retryAfter() : Optional.ofNullable(retryAfter);
    return asked.filter(a -> a.compareTo(jittered) > 0).orElse(jittered);
  }
}
