package io.ocrkit.http;

import io.ocrkit.core.model.OcrException;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.OcrTransportException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * Sends one HTTP exchange on the shared {@link HttpClient}, with the interceptor and the log
 * around it, and turns "no answer" into {@link OcrTransportException}. Thread-safe.
 */
final class HttpSender {

  private final HttpClient http;
  private final OcrInterceptor interceptor;
  private final RedactingLog log = new RedactingLog();

  private final int maxAnswerBytes;

  HttpSender(HttpClient http, OcrInterceptor interceptor) {
    this(http, interceptor, CappedBody.DEFAULT_MAX_BYTES);
  }

  HttpSender(HttpClient http, OcrInterceptor interceptor, int maxAnswerBytes) {
    this.http = http;
    this.interceptor = interceptor;
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
   * @param headers the request's headers again, for the redacting log only
   * @param resultCode reads the result code from what {@code interpret} made, for the interceptor
   */
  <T> T exchange(String operation, HttpRequest request, Map<String, String> headers,
      Function<HttpResponse<String>, T> interpret, Function<T, Integer> resultCode) {
    OcrInterceptor.Exchange exchange = new OcrInterceptor.Exchange(operation, request.method(), request.uri());
    guard("beforeSend", () -> interceptor.beforeSend(exchange));
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
    guard("afterAnswer", () -> interceptor.afterAnswer(exchange, response.statusCode(), code, elapsed));
    return value;
  }

  private RuntimeException failed(OcrInterceptor.Exchange exchange, long start, RuntimeException error) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    log.failed(exchange.operation(), error, elapsed);
    guard("onError", () -> interceptor.onError(exchange, error, elapsed));
    return error;
  }

  private void guard(String hook, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      log.interceptorFailed(hook, e);
    }
  }
}
