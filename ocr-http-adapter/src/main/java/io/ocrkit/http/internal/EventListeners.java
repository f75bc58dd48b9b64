package io.ocrkit.http.internal;

import io.ocrkit.core.port.out.CallId;
import io.ocrkit.core.port.out.CallObserver;
import io.ocrkit.http.OcrEventListener;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Several listeners as one, each isolated: what one throws is logged (its class, never its
 * message, which might quote what it saw) and the next one still runs. Also the core's
 * {@link CallObserver}, so the core's calls reach the listeners as {@link Call}s. Thread-safe when
 * the listeners are.
 */
public final class EventListeners implements OcrEventListener, CallObserver {

  private final List<OcrEventListener> listeners;
  private final RedactingLog log = new RedactingLog();

  public EventListeners(List<OcrEventListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  static Call call(CallId call) {
    return new Call(call.id(), call.operation());
  }

  @Override
  public void callStarted(CallId call) {
    callStart(call(call));
  }

  @Override
  public void callEnded(CallId call, Duration elapsed) {
    callEnd(call(call), elapsed);
  }

  @Override
  public void callFailed(CallId call, RuntimeException error, Duration elapsed) {
    callFailed(call(call), error, elapsed);
  }

  @Override
  public void callStart(Call call) {
    each("callStart", l -> l.callStart(call));
  }

  @Override
  public void callEnd(Call call, Duration elapsed) {
    each("callEnd", l -> l.callEnd(call, elapsed));
  }

  @Override
  public void callFailed(Call call, RuntimeException error, Duration elapsed) {
    each("callFailed", l -> l.callFailed(call, error, elapsed));
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
