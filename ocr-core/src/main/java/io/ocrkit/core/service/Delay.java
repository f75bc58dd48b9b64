package io.ocrkit.core.service;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits between attempts without a thread: a future that completes after the wait. Tests pass
 * one that moves their clock and completes at once.
 */
@FunctionalInterface
interface Delay {

  /**
   * On the JDK's one shared timer thread, which only completes the future: what follows runs
   * where the caller says ({@code thenComposeAsync} on the client's executor).
   */
  Delay SYSTEM = wait -> {
    CompletableFuture<Void> done = new CompletableFuture<>();
    CompletableFuture.delayedExecutor(wait.toNanos(), TimeUnit.NANOSECONDS, Runnable::run)
        .execute(() -> done.complete(null));
    return done;
  };

  CompletableFuture<Void> after(Duration wait);
}
