package io.ocrkit.core.service;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The end of one call's time budget, read on a ticker ({@link System#nanoTime()} in production).
 * Elapsed time is compared, never instants, so a ticker that wraps around does no harm.
 */
final class Deadline {

  private static final long MIN_REMAINING = Duration.ofMillis(1).toNanos();

  private final LongSupplier ticker;
  private final long start;
  private final long budget;

  private Deadline(LongSupplier ticker, long budget) {
    this.ticker = ticker;
    this.start = ticker.getAsLong();
    this.budget = budget;
  }

  static Deadline after(Duration budget, LongSupplier ticker) {
    return new Deadline(ticker, saturatedNanos(budget));
  }

  /** The time left; at least a millisecond, so a last attempt can still fail fast. */
  Duration remaining() {
    return Duration.ofNanos(Math.max(budget - elapsed(), MIN_REMAINING));
  }

  boolean expired() {
    return elapsed() >= budget;
  }

  /** Whether waiting {@code wait} would still leave time to try again. */
  boolean leavesTimeAfter(Duration wait) {
    return saturatedNanos(wait) < budget - elapsed();
  }

  private long elapsed() {
    return ticker.getAsLong() - start;
  }

  private static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException tooLong) {
      return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }
}
