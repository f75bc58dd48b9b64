package io.ocrkit.core.service;

import io.ocrkit.core.port.out.CallId;
import io.ocrkit.core.port.out.CallObserver;
import java.time.Duration;
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

  /** Runs {@code body} as one call of {@code operation}, observed from start to end. */
  <T> T run(String operation, Function<CallId, T> body) {
    Started started = start(operation);
    T value;
    try {
      value = body.apply(started.call);
    } catch (RuntimeException e) {
      started.failed(e);
      throw e;
    }
    started.ended();
    return value;
  }

  Started start(String operation) {
    CallId call = new CallId(ids.incrementAndGet(), operation);
    long start = ticker.getAsLong();
    observer.callStarted(call);
    return new Started(call, start);
  }

  /** A call under way; exactly one of its two methods is called. */
  final class Started {
    final CallId call;
    private final long start;

    private Started(CallId call, long start) {
      this.call = call;
      this.start = start;
    }

    void ended() {
      observer.callEnded(call, elapsed());
    }

    void failed(RuntimeException error) {
      observer.callFailed(call, error, elapsed());
    }

    private Duration elapsed() {
      return Duration.ofNanos(ticker.getAsLong() - start);
    }
  }
}
