package io.ocrkit.http.internal;

import io.ocrkit.core.model.OcrException;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.http.OcrEventListener;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * Sends one HTTP exchange on the shared {@link HttpClient}, with the listener and the log
 * around it, and turns "no answer" into {@link OcrTransportException}. Thread-safe.
 */
public final class HttpSender {

  private final HttpClient http;
  private final EventListeners listener;
  private final RedactingLog log = new RedactingLog();

  private final int maxAnswerBytes;

  public HttpSender(HttpClient http, EventListeners listener) {
    this(http, listener, CappedBody.DEFAULT_MAX_BYTES);
  }

  HttpSender(HttpClient http, EventListeners listener, int maxAnswerBytes) {
    this.http = http;
    this.listener = listener;
    this.maxAnswerBytes = maxAnswerBytes;
  }

  private static boolean tooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CappedBody.TooLarge) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sends {@code request} and hands the answer to {@code interpret}, which may itself throw (a
   * gateway's page is a transport fault, a bad JSON answer a protocol fault).
   *
   * @param pathTemplate the request's path as listeners see it, without the app key
   * @param headers the request's headers again, for the redacting log only
   * @param resultCode reads the result code from what {@code interpret} made, for the listener
   */
  <T> T exchange(String operation, String pathTemplate, HttpRequest request, Map<String, String> headers,
      Function<HttpResponse<String>, T> interpret, Function<T, Integer> resultCode) {
    OcrEventListener.Exchange exchange = new OcrEventListener.Exchange(operation, request.method(), pathTemplate);
    listener.beforeSend(exchange);
    log.sending(request.method(), operation, headers);
    long start = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = http.send(request, CappedBody.handler(maxAnswerBytes));
    } catch (HttpTimeoutException e) {
      throw failed(exchange, start, new OcrTransportException(operation + " timed out after "
          + request.timeout().map(Duration::toMillis).orElse(-1L) + " ms", e));
    } catch (IOException e) {
      if (tooLarge(e)) {
        // Not retried: a service that answers this much will answer it again.
        throw failed(exchange, start, new OcrProtocolException(operation + " answered more than "
            + maxAnswerBytes + " bytes"));
      }
      throw failed(exchange, start, new OcrTransportException(operation + " failed in transport: "
          + e.getClass().getSimpleName(), e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failed(exchange, start, new OcrTransportException(operation + " was interrupted", e));
    } catch (RuntimeException e) {
      // e.g. the upload stream failed while being sent (an image shorter than declared)
      throw failed(exchange, start, new OcrTransportException(operation + " failed while sending: "
          + e.getClass().getSimpleName(), e));
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    T value;
    try {
      value = interpret.apply(response);
    } catch (OcrException e) {
      log.answered(operation, response.statusCode(), null, elapsed, response.headers());
      throw failed(exchange, start, e);
    }
    Integer code = resultCode.apply(value);
    log.answered(operation, response.statusCode(), code, elapsed, response.headers());
    listener.afterAnswer(exchange, response.statusCode(), code, elapsed);
    return value;
  }

  private RuntimeException failed(OcrEventListener.Exchange exchange, long start, RuntimeException error) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    log.failed(exchange.operation(), error, elapsed);
    listener.onError(exchange, error, elapsed);
    return error;
  }
}
