package io.ocrkit.cli;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Scans files through an asynchronous scanner with at most {@code window} scans in flight, and
 * hands each outcome to one consumer on the calling thread, in the order they finish. Since no more
 * than {@code window} scans have started and not finished, no more than that many images are read.
 *
 * <p>{@link #stop} (from any thread, e.g. a shutdown hook) starts nothing new; {@link #run} still
 * waits for the scans in flight and hands over their outcomes before it returns, so a consumer
 * writing lines leaves every line complete.
 */
final class BatchRun {

  /** One file's end: a result, or the failure that ended it. */
  record Outcome(Path file, Map<String, Object> result, Throwable failure) {}

  private final int window;
  private final Function<Path, CompletableFuture<Map<String, Object>>> scanner;
  private volatile boolean stopped;

  BatchRun(int window, Function<Path, CompletableFuture<Map<String, Object>>> scanner) {
    if (window < 1) {
      throw new IllegalArgumentException("'window' must be at least 1");
    }
    this.window = window;
    this.scanner = scanner;
  }

  void stop() {
    stopped = true;
  }

  boolean stopped() {
    return stopped;
  }

  /** Returns how many files were started; each of them has been handed to {@code each}. */
  int run(List<Path> files, Consumer<Outcome> each) {
    BlockingQueue<Outcome> finished = new LinkedBlockingQueue<>();
    Iterator<Path> next = files.iterator();
    int inFlight = 0;
    int started = 0;
    boolean interrupted = false;
    while (true) {
      while (inFlight < window && next.hasNext() && !stopped) {
        Path file = next.next();
        start(file, finished);
        inFlight++;
        started++;
      }
      if (inFlight == 0) {
        break;
      }
      Outcome outcome;
      try {
        outcome = finished.take();
      } catch (InterruptedException e) {
        // The scans in flight still end (each has a deadline): their lines are still written.
        interrupted = true;
        stopped = true;
        continue;
      }
      inFlight--;
      each.accept(outcome);
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return started;
  }

  private void start(Path file, BlockingQueue<Outcome> finished) {
    CompletableFuture<Map<String, Object>> scan;
    try {
      scan = scanner.apply(file);
    } catch (RuntimeException failure) {
      scan = CompletableFuture.failedFuture(failure);
    }
    scan.whenComplete((result, failure) -> finished.add(new Outcome(file, failure == null ? result : null,
        unwrap(failure))));
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
