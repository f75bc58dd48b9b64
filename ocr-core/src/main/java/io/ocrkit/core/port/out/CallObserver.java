package io.ocrkit.core.port.out;

import java.time.Duration;

/**
 * Told when a call starts and how it ends, exactly one of {@link #callEnded} and
 * {@link #callFailed} after each {@link #callStarted}, on whichever thread finishes the call.
 * A call starts once its arguments are checked: what is refused before anything is sent is no
 * call. Implementations must be thread-safe, quick, and must not throw.
 */
public interface CallObserver {

  CallObserver NONE = new CallObserver() {};

  default void callStarted(CallId call) {}

  default void callEnded(CallId call, Duration elapsed) {}

  /** @param error what the caller gets: an {@link io.ocrkit.core.model.OcrException}, or an
   *     {@link IllegalArgumentException} for an image that could not be read again */
  default void callFailed(CallId call, RuntimeException error, Duration elapsed) {}
}
