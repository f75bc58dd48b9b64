package io.ocrkit.http.internal;

import io.ocrkit.http.OcrEventListener;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Several listeners as one, each isolated: what one throws is logged (its class, never its
 * message, which might quote what it saw) and the next one still runs. Thread-safe when the
 * listeners are.
 */
public final class EventListeners implements OcrEventListener {

  private final List<OcrEventListener> listeners;
  private final RedactingLog log = new RedactingLog();

  public EventListeners(List<OcrEventListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void beforeSend(Exchange exchange) {
    each("beforeSend", l -> l.beforeSend(exchange));
  }

  @Override
  public void afterAnswer(Exchange exchange, int httpStatus, Integer resultCode, Duration elapsed) {
    each("afterAnswer", l -> l.afterAnswer(exchange, httpStatus, resultCode, elapsed));
  }

  @Override
  public void onError(Exchange exchange, RuntimeException error, Duration elapsed) {
    each("onError", l -> l.onError(exchange, error, elapsed));
  }

  private void each(String hook, Consumer<OcrEventListener> call) {
    for (OcrEventListener listener : listeners) {
      try {
        call.accept(listener);
      } catch (RuntimeException e) {
        log.listenerFailed(hook, listener, e);
      }
    }
  }
}
