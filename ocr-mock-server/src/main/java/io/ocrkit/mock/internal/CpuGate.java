package io.ocrkit.mock.internal;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Bounds how many requests compute at once (the RSA unwrap, the image's decryption and hash, the
 * answer). Jetty gives every connection a thread: at 16 connections on 2 cores, 16 requests share
 * the cores and all finish late together. Admitted in order of arrival (a fair semaphore), a
 * request waits for its turn instead and none waits behind later ones: measured at 200 KB and 16
 * connections on a busy 2-core machine, p99 42 ms against 91 ms without the gate, for about 5%
 * more CPU per request (the hand-offs between threads).
 *
 * <p>Only work that never blocks runs inside: reading a body, an upstream call or an event stream
 * holds no permit, so a slow client or a delayed answer cannot hold up the others.
 */
final class CpuGate {

  /** The system property that sets the permits; 0 lets every request compute at once. */
  static final String PERMITS_PROPERTY = "io.ocrkit.mock.cpu-permits";

  /** Null: no bound. */
  private final Semaphore permits;

  /** {@code permits} 0: no bound. */
  CpuGate(int permits) {
    if (permits < 0) {
      throw new IllegalArgumentException("permits must not be negative");
    }
    this.permits = permits == 0 ? null : new Semaphore(permits, true);
  }

  /**
   * Twice the cores by default: one request computes while another one's thread is being switched
   * in. The property is for measuring the gate against none.
   */
  static CpuGate forThisMachine() {
    return new CpuGate(Integer.getInteger(PERMITS_PROPERTY, 2 * Runtime.getRuntime().availableProcessors()));
  }

  <T> T call(Supplier<T> work) {
    if (permits == null) {
      return work.get();
    }
    // Uninterruptible: what waits here is CPU work of at most a few milliseconds.
    permits.acquireUninterruptibly();
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }

  void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
