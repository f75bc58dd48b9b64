package io.ocrkit.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (or SIGTERM) during a batch: the JVM runs shutdown hooks and then halts, killing every other
 * thread wherever it is. This hook asks the batch to stop and holds the JVM until the batch says it is
 * finished (lines in flight written, file closed, summary printed), so the results file is valid.
 */
final class ShutdownStop implements AutoCloseable {

  /** A scan has its own deadline; this only keeps a hung batch from holding the JVM forever. */
  private static final long MOST_SECONDS = 120;

  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  ShutdownStop(Runnable stop) {
    hook = new Thread(() -> {
      stop.run();
      try {
        finished.await(MOST_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "ocr-batch-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** The batch is finished: a shutdown from now on need not wait. */
  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or has run; it returns now that the latch is open.
    }
  }
}
