package io.ocrkit.http.internal;

import io.ocrkit.core.model.OcrTransportException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The adapter's few blocking waits (a token fetch, the revocation at close) and the unwrapping of
 * what its futures fail with. The core's use cases have their own, in the core: the adapter does
 * not reach into the core's services.
 */
final class Await {

  private Await() {}

  /** {@code error} without the wrappers of {@link CompletableFuture}. */
  static Throwable cause(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** {@link #cause} as an unchecked exception, to rethrow. */
  static RuntimeException unchecked(Throwable error) {
    Throwable t = cause(error);
    if (t instanceof Error fatal) {
      throw fatal;
    }
    return t instanceof RuntimeException runtime ? runtime : new IllegalStateException(t.getClass().getSimpleName(), t);
  }

  static <T> T result(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OcrTransportException("interrupted while waiting for an answer", e);
    } catch (ExecutionException e) {
      throw unchecked(e);
    }
  }
}
