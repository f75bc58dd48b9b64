package io.ocrkit.core.service;

import io.ocrkit.core.model.OcrOptions;
import io.ocrkit.core.model.OcrTransportException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * At most {@code max} attempts in flight; the next ones wait in the order they asked, each as a
 * future, so a queued call holds no thread. A permit is handed from the attempt that leaves
 * straight to the first one waiting. Once closed, the attempts waiting and any that ask later fail
 * at once: nothing would ever leave to let them go once the client's executor has stopped.
 * Thread-safe.
 */
final class ConcurrencyLimit {

  private final int max;
  private final Deque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
  private int inFlight;
  private boolean closed;

  ConcurrencyLimit(int max) {
    this.max = OcrOptions.checkMaxConcurrency(max);
  }

  /** Completes when this attempt may go: at once when a permit is free, else in its turn. */
  CompletableFuture<Void> enter() {
    synchronized (this) {
      if (closed) {
        return CompletableFuture.failedFuture(closedError());
      }
      if (inFlight < max) {
        inFlight++;
        return CompletableFuture.completedFuture(null);
      }
      CompletableFuture<Void> turn = new CompletableFuture<>();
      waiting.addLast(turn);
      return turn;
    }
  }

  /** Gives the permit back, to the first attempt waiting if there is one. */
  void leave() {
    CompletableFuture<Void> next;
    synchronized (this) {
      next = waiting.pollFirst();
      if (next == null) {
        inFlight--;
        return;
      }
    }
    next.complete(null); // outside the lock: the next attempt may start on this thread
  }

  /** Fails every attempt waiting, and every later one; the attempts in flight leave as they end. */
  void close() {
    List<CompletableFuture<Void>> failed;
    synchronized (this) {
      closed = true;
      failed = new ArrayList<>(waiting);
      waiting.clear();
    }
    failed.forEach(turn -> turn.completeExceptionally(closedError())); // outside the lock, as in leave()
  }

  private static OcrTransportException closedError() {
    return new OcrTransportException("the client was closed before this call was sent", null);
  }

  synchronized int inFlight() {
    return inFlight;
  }

  synchronized int waiting() {
    return waiting.size();
  }
}
