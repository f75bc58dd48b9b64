package io.ocrkit.mock.internal;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Bounds how many requests compute at once (the RSA unwrap, the image's decryption and hash, the
 * answer). Jetty gives every connection a thread: at 16 connections on 2 cores, 16 requests would
 * share the cores, each one's buffers pushed out of the caches by the others, all finishing late
 * together, and the JIT compiler waiting behind them. Admitted in order of arrival (a fair
 * semaphore), so no request waits behind later ones.
 *
 * <p>Only work that never blocks runs inside: reading a body, an upstream call or an event stream
 * holds no permit, so a slow client or a delayed answer cannot hold up the others.
 */
final class CpuGate {

  private final Semaphore permits;

  CpuGate(int permits) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1");
    }
    this.permits = new Semaphore(permits, true);
  }

  /** Twice the cores: one request computes while another one's thread is being switched in. */
  static CpuGate forThisMachine() {
    return new CpuGate(2 * Runtime.getRuntime().availableProcessors());
  }

  <T> T call(Supplier<T> work) {
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
