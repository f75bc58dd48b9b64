package io.ocrkit.mock.internal;

import java.time.Clock;

/** Calls per second for one app key, in fixed one-second windows of the mock's clock. Thread-safe. */
public final class RateWindow {

  private final Clock clock;
  private final int perSecond;
  private long windowSecond = Long.MIN_VALUE;
  private int count;

  /** {@code perSecond} 0 or less admits every call. */
  public RateWindow(Clock clock, int perSecond) {
    this.clock = clock;
    this.perSecond = perSecond;
  }

  public synchronized boolean admit() {
    if (perSecond <= 0) {
      return true;
    }
    long second = clock.instant().getEpochSecond();
    if (second != windowSecond) {
      windowSecond = second;
      count = 0;
    }
    return ++count <= perSecond;
  }
}
