package io.ocrkit.cli;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Spaces the batch's scans at most {@code perSecond} apart, with no burst: the n-th scan starts no
 * earlier than n / perSecond seconds after the first.
 *
 * <p><b>To be replaced by the client's own limit.</b> This is a seam for {@code --rate} until
 * {@code OcrClientBuilder.rateLimit(double)} is on this branch: then {@code --rate} goes to the
 * builder (which also slows down on 4000006) and this class goes away. {@link BatchScan} is its
 * only caller.
 */
final class RatePacer {

  /** How the pacer waits; tests pass one that advances their ticker instead. */
  interface Sleeper {
    void sleepNanos(long nanos) throws InterruptedException;
  }

  private static final RatePacer UNLIMITED = new RatePacer(0, () -> 0, nanos -> { });

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final Sleeper sleeper;
  private long next = Long.MIN_VALUE;

  RatePacer(double perSecond, LongSupplier nanoTime, Sleeper sleeper) {
    this.intervalNanos = perSecond <= 0 ? 0 : Math.max(1, Math.round(1e9 / perSecond));
    this.nanoTime = nanoTime;
    this.sleeper = sleeper;
  }

  /** {@code perSecond} scans a second on the system's ticker, or no limit when null. */
  static RatePacer of(Double perSecond) {
    return perSecond == null ? UNLIMITED : new RatePacer(perSecond, System::nanoTime, TimeUnit.NANOSECONDS::sleep);
  }

  /** Returns when the next scan may start. Called from one thread. */
  void acquire() throws InterruptedException {
    if (intervalNanos == 0) {
      return;
    }
    long now = nanoTime.getAsLong();
    long slot = next == Long.MIN_VALUE || now - next > 0 ? now : next;
    next = slot + intervalNanos;
    if (slot - now > 0) {
      sleeper.sleepNanos(slot - now);
    }
  }
}
