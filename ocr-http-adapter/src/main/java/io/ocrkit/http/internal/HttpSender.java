package io.ocrkit.http.internal;

import io.ocrkit.core.model.OcrException;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.port.out.Attempt;
import io.ocrkit.core.port.out.CallId;
import io.ocrkit.http.OcrEventListener;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Sends one HTTP exchange on the shared {@link HttpClient}, asynchronously, with the listener and
 * the log around it, and turns "no answer" into {@link OcrTransportException}. Thread-safe.
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
   * Sends {@code request} without waiting and hands the answer to {@code interpret}, which may
   * itself throw (a gateway's page is a transport fault, a bad JSON answer a protocol fault); the
   * future fails with what it throws, or with {@link OcrTransportException} when no answer came.
   *
   * <p>The JDK's request timeout stops at the answer's headers; a body sent a byte at a time would
   * outlive it. So the whole exchange, body included, is bounded by the request's timeout (the
   * caller sets it to what is left of the attempt and of the call), then abandoned: the exchange
   * and the body subscription are both cancelled, which closes the connection. No thread waits.
   *
   * @param attempt the attempt of the call this exchange is made for
   * @param pathTemplate the request's path as listeners see it, without the app key
   * @param headers the request's headers again, for the redacting log only
   * @param resultCode reads the result code from what {@code interpret} made, for the listener
   */
  <T> CompletableFuture<T> exchange(Attempt attempt, String operation, String pathTemplate, HttpRequest request,
      Map<String, String> headers, Function<HttpResponse<String>, T> interpret, Function<T, Integer> resultCode) {
    OcrEventListener.Exchange exchange = new OcrEventListener.Exchange(EventListeners.call(attempt.call()),
        attempt.number(), operation, request.method(), pathTemplate);
    listener.beforeSend(exchange);
    log.sending(request.method(), operation, headers);
    long start = System.nanoTime();
    CappedBody.Download body = CappedBody.download(maxAnswerBytes);
    CompletableFuture<HttpResponse<String>> sent;
    try {
      sent = http.sendAsync(request, body);
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    CompletableFuture<HttpResponse<String>> exchanged = sent;
    CompletableFuture<HttpResponse<String>> bounded = request.timeout()
        .map(limit -> exchanged.copy().orTimeout(limit.toNanos(), TimeUnit.NANOSECONDS))
        .orElse(exchanged);
    return bounded.handle((response, error) -> {
      if (error != null) {
        throw failed(exchange, start, noAnswer(operation, request, Await.cause(error), exchanged, body));
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
    });
  }

  /** Why no answer came, as the exception the core judges; a timed-out exchange is abandoned first. */
  private RuntimeException noAnswer(String operation, HttpRequest request, Throwable error,
      CompletableFuture<?> exchange, CappedBody.Download body) {
    if (error instanceof TimeoutException) {
      body.cancel();
      exchange.cancel(true);
      error = new HttpTimeoutException("the exchange, answer body included, took longer than allowed");
    }
    if (error instanceof HttpTimeoutException e) {
      return new OcrTransportException(operation + " timed out after "
          + request.timeout().map(Duration::toMillis).orElse(-1L) + " ms", e);
    }
    if (error instanceof IOException e) {
      if (tooLarge(e)) {
        // Not retried: a service that answers this much will answer it again.
        return new OcrProtocolException(operation + " answered more than " + maxAnswerBytes + " bytes");
      }
      return new OcrTransportException(operation + " failed in transport: " + e.getClass().getSimpleName(), e);
    }
    // e.g. the upload stream failed while being sent (an image shorter than declared)
    return new OcrTransportException(operation + " failed while sending: " + error.getClass().getSimpleName(), error);
  }

  /**
   * Runs {@code work} as the client's own call (id 0), outside any call of the core: revoking a
   * token at close. Listeners see it start and end like any other.
   */
  <T> T ownCall(String operation, Function<Attempt, CompletableFuture<T>> work) {
    CallId call = new CallId(0, operation);
    long start = System.nanoTime();
    listener.callStarted(call);
    try {
      T value = Await.result(work.apply(Attempt.first(call)));
      listener.callEnded(call, Duration.ofNanos(System.nanoTime() - start));
      return value;
    } catch (RuntimeException e) {
      listener.callFailed(call, e, Duration.ofNanos(System.nanoTime() - start));
      throw e;
    }
  }

  private RuntimeException failed(OcrEventListener.Exchange exchange, long start, RuntimeException error) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    log.failed(exchange.operation(), error, elapsed);
    listener.onError(exchange, error, elapsed);
    return error;
  }
}
