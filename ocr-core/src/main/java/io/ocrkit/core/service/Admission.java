package io.ocrkit.core.service;

import io.ocrkit.core.model.OcrOptions;
import io.ocrkit.core.protocol.ResultCode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Lets attempts go: within the client's concurrency limit, in the order they came, then, when a
 * rate limit is set, in the next free slot of the adaptive rate, which the answers' result codes
 * steer. Waiting holds no thread. Thread-safe.
 */
final class Admission {

  private final ConcurrencyLimit limit;
  private final AdaptiveRate rate;
  private final Delay delay;

  private Admission(ConcurrencyLimit limit, AdaptiveRate rate, Delay delay) {
    this.limit = limit;
    this.rate = rate;
    this.delay = delay;
  }

  static Admission of(OcrOptions options, Timing timing) {
    AdaptiveRate rate = options.rateLimit().isPresent()
        ? new AdaptiveRate(options.rateLimit().getAsDouble(), timing.ticker()) : null;
    return new Admission(new ConcurrencyLimit(options.maxConcurrency()), rate, timing.delay());
  }

  /** Completes when the attempt may be sent; each one is followed by exactly one {@link #leave()}. */
  CompletableFuture<Void> enter() {
    CompletableFuture<Void> permit = limit.enter();
    if (rate == null) {
      return permit;
    }
    return permit.thenCompose(admitted -> {
      Duration wait = rate.reserve();
      return wait.isZero() ? CompletableFuture.completedFuture(null) : delay.after(wait);
    });
  }

  void leave() {
    limit.leave();
  }

  /** The attempts waiting for a permit fail, and so does every later one. */
  void close() {
    limit.close();
  }

  /** What the service answered an attempt: a throttle slows the rate down, anything else lets it recover. */
  void answered(int resultCode) {
    if (rate == null) {
      return;
    }
    if (resultCode == ResultCode.API_CALL_LIMIT_EXCEEDED.code()) {
      rate.throttled();
    } else {
      rate.answered();
    }
  }
}
