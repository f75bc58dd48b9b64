package io.ocrkit.mock.internal;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Can bound how many requests compute at once (the RSA unwrap, then the image's decryption, hash
 * and answer), admitted in order of arrival (a fair semaphore). Off unless
 * {@value #PERMITS_PROPERTY} sets its permits: on the shared 2-core machine, at 16 connections, one
 * paired run halved p99 at 200 KB with it (42 ms against 91 ms), two others showed no such gain,
 * and at 20 KB it cost up to a tenth more CPU per request (likely the hand-offs between threads) and a
 * third of the throughput the neighbours left. Kept to be measured again on a quiet machine.
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

  /** As {@value #PERMITS_PROPERTY} says; without it, no bound. */
  static CpuGate forThisMachine() {
    return new CpuGate(Integer.getInteger(PERMITS_PROPERTY, 0));
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
