package io.ocrkit.core.service;

import io.ocrkit.core.model.OcrTransportException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/** The few moves between futures and plain calls that the use cases share. */
final class Futures {

  private Futures() {}

  /** What a future failed with, without the wrappers {@link CompletableFuture} adds. */
  static RuntimeException unwrap(Throwable error) {
    Throwable t = cause(error);
    if (t instanceof RuntimeException runtime) {
      return runtime;
    }
    if (t instanceof Error fatal) {
      throw fatal;
    }
    return new IllegalStateException(t.getClass().getSimpleName(), t);
  }

  /** {@code error} without the wrappers of {@link CompletableFuture}, checked or not. */
  static Throwable cause(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /**
   * Waits for {@code future} on the calling thread (the sync path) and returns its value or throws
   * what it failed with, as a plain call would.
   */
  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OcrTransportException("the call was interrupted while it waited", e);
    } catch (ExecutionException e) {
      throw unwrap(e);
    }
  }

  /** {@code call()}, with what it throws as a failed future instead. */
  static <T> CompletableFuture<T> attempt(Supplier<CompletableFuture<T>> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * A future completed on {@code executor} as {@code source} completes: callers' dependent actions
   * then never run on an HTTP client's own threads. If the executor refuses (the client was
   * closed meanwhile), it completes on the thread at hand with the call's own outcome: a result
   * that came is not thrown away. A refusal met on the way (a retry the closed client could not
   * schedule) becomes the typed {@link OcrTransportException} every other failure of a closed
   * client is.
   */
  static <T> CompletableFuture<T> completeOn(Executor executor, CompletableFuture<T> source) {
    CompletableFuture<T> out = new CompletableFuture<>();
    source.whenComplete((value, error) -> {
      try {
        executor.execute(() -> complete(out, value, error));
      } catch (RejectedExecutionException closed) {
        complete(out, value, error);
      }
    });
    return out;
  }

  private static <T> void complete(CompletableFuture<T> out, T value, Throwable error) {
    if (error == null) {
      out.complete(value);
    } else if (cause(error) instanceof RejectedExecutionException refused) {
      out.completeExceptionally(new OcrTransportException("the client was closed before this call completed", refused));
    } else {
      out.completeExceptionally(unwrap(error));
    }
  }
}
