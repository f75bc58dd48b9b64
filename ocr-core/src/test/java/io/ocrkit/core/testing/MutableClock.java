package io.ocrkit.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one test clock: a wall clock and a nanosecond ticker (as {@link System#nanoTime()}) that
 * tests move together, by hand. Pass {@code clock::nanoTime} where a ticker is wanted and
 * {@code clock::advance} where a sleeper is, so waits take no time and deadlines still see them.
 * Thread-safe.
 */
public final class MutableClock extends Clock {

  private Instant now;
  private long nanos;

  public MutableClock(Instant start) {
    this.now = start;
  }

  public static MutableClock at(String isoInstant) {
    return new MutableClock(Instant.parse(isoInstant));
  }

  public synchronized void advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("'by' must not be negative: a ticker never goes back");
    }
    now = now.plus(by);
    nanos += by.toNanos();
  }

  /** The ticker: nanoseconds since this clock was made, moved only by {@link #advance}. */
  public synchronized long nanoTime() {
    return nanos;
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
