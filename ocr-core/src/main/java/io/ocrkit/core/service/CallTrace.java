package io.ocrkit.core.service;

import io.ocrkit.core.port.out.CallId;
import io.ocrkit.core.port.out.CallObserver;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Gives each call its id and tells the observer when it starts and how it ends, so that a call's
 * attempts, key fetches and token requests can be told apart from another call's. Thread-safe.
 */
final class CallTrace {

  private final AtomicLong ids = new AtomicLong();
  private final CallObserver observer;
  private final LongSupplier ticker;

  CallTrace(CallObserver observer, LongSupplier ticker) {
    this.observer = observer;
    this.ticker = ticker;
  }

  /**
   * Runs {@code body} as one call of {@code operation}, observed from start to end: the observer
   * hears of the end before the future returned completes.
   */
  <T> CompletableFuture<T> run(String operation, Function<CallId, CompletableFuture<T>> body) {
    CallId call = new CallId(ids.incrementAndGet(), operation);
    long start = ticker.getAsLong();
    observer.callStarted(call);
    return Futures.attempt(() -> body.apply(call)).whenComplete((value, error) -> {
      Duration elapsed = Duration.ofNanos(ticker.getAsLong() - start);
      if (error == null) {
        observer.callEnded(call, elapsed);
      } else {
        observer.callFailed(call, Futures.unwrap(error), elapsed);
      }
    });
  }
}
