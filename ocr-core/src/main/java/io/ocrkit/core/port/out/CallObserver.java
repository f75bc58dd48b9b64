package io.ocrkit.core.port.out;

import java.time.Duration;

/**
 * Told when a call starts and how it ends, exactly one of {@link #callEnded} and
 * {@link #callFailed} after each {@link #callStarted}, on whichever thread finishes the call.
 * A call starts once its arguments are checked: what is refused before anything is sent is no
 * call. Implementations must be thread-safe, quick, and must not throw.
 */
public interface CallObserver {

  /** The observer that does nothing. */
  CallObserver NONE = new CallObserver() {};

  /**
   * A call started.
   *
   * @param call the call
   */
  default void callStarted(CallId call) {}

  /**
   * A call returned its result.
   *
   * @param call the call
   * @param elapsed since it started
   */
  default void callEnded(CallId call, Duration elapsed) {}

  /**
   * A call failed.
   *
   * @param call the call
   * @param error what the caller gets: an {@link io.ocrkit.core.model.OcrException}, or an
   *     {@link IllegalArgumentException} for an image that could not be read again
   * @param elapsed since it started
   */
  default void callFailed(CallId call, RuntimeException error, Duration elapsed) {}
}
