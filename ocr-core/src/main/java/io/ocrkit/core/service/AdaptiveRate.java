package io.ocrkit.core.service;

import io.ocrkit.core.model.OcrOptions;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A client-side rate limit that backs off when the service throttles ({@code 4000006}) and
 * recovers gradually, as the AWS SDK's adaptive retry mode does: a throttle cuts the rate to
 * {@value #BETA} of what it was; answers after it raise it again along a cubic curve (CUBIC, RFC
 * 8312), slowly near the rate that was throttled, faster beyond it, never above the configured
 * limit nor below {@value #MIN_RATE} per second. Requests are spaced evenly (a slot every
 * 1/rate seconds) rather than let out in bursts. Time comes from a nanosecond ticker. Thread-safe.
 */
final class AdaptiveRate {

  static final double BETA = 0.7;
  static final double SCALE = 0.4;
  static final double MIN_RATE = 0.5;

  private final double limit;
  private final LongSupplier ticker;
  private double rate;
  /** The rate when the service last throttled: CUBIC's W_max. */
  private double lastThrottledRate;
  private long lastThrottle;
  private boolean throttledOnce;
  /** When the next request's slot begins, in ticker nanoseconds. */
  private long nextSlot;

  AdaptiveRate(double permitsPerSecond, LongSupplier ticker) {
    this.limit = OcrOptions.checkRateLimit(permitsPerSecond);
    this.rate = permitsPerSecond;
    this.lastThrottledRate = permitsPerSecond;
    this.ticker = ticker;
    this.nextSlot = ticker.getAsLong();
  }

  /** Takes the next slot and says how long to wait for it (zero when it is now). */
  synchronized Duration reserve() {
    long now = ticker.getAsLong();
    long slot = nextSlot - now > 0 ? nextSlot : now;
    nextSlot = slot + (long) (1e9 / rate);
    return Duration.ofNanos(slot - now);
  }

  /** The service said {@code 4000006}: slow down. */
  synchronized void throttled() {
    lastThrottledRate = rate;
    rate = Math.max(MIN_RATE, rate * BETA);
    lastThrottle = ticker.getAsLong();
    throttledOnce = true;
  }

  /** An answer that was not throttled: recover along the cubic curve. */
  synchronized void answered() {
    if (!throttledOnce || rate >= limit) {
      return;
    }
    double t = (ticker.getAsLong() - lastThrottle) / 1e9;
    double k = Math.cbrt(lastThrottledRate * (1 - BETA) / SCALE);
    double cubic = SCALE * Math.pow(t - k, 3) + lastThrottledRate;
    rate = Math.min(limit, Math.max(rate, cubic));
  }

  /** Permits per second now. */
  synchronized double rate() {
    return rate;
  }
}
