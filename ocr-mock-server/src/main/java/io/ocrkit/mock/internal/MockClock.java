package io.ocrkit.mock.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests can move forward: Request-Key and token expiry follow it, so a test checks
 * an hour's time-to-live without waiting an hour. Thread-safe.
 */
public final class MockClock extends Clock {

  /**
   * The most the clock can be moved forward in all: far beyond any time-to-live, and far inside
   * what {@link Instant} holds, so no advance can make every later {@link #instant()} throw.
   */
  public static final Duration MAX_OFFSET = Duration.ofDays(365L * 1000);

  private final Clock base;
  private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

  public MockClock(Clock base) {
    this.base = Objects.requireNonNull(base, "base == null");
  }

  public void advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("'seconds' must not be negative");
    }
    offset.updateAndGet(o -> {
      if (by.compareTo(MAX_OFFSET.minus(o)) > 0) {
        throw new IllegalArgumentException("the clock can move at most " + MAX_OFFSET.toDays()
            + " days forward in all; it is " + o.toDays() + " days ahead");
      }
      return o.plus(by);
    });
  }

  /** How far the clock has been moved forward. */
  public Duration offset() {
    return offset.get();
  }

  public void reset() {
    offset.set(Duration.ZERO);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }
}
