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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
   * @param attempt the attempt of the call this exchange is made for
   * @param pathTemplate the request's path as listeners see it, without the app key
   * @param headers the request's headers again, for the redacting log only
   * @param resultCode reads the result code from what {@code interpret} made, for the listener
   */
  <T> T exchange(Attempt attempt, String operation, String pathTemplate, HttpRequest request,
      Map<String, String> headers, Function<HttpResponse<String>, T> interpret, Function<T, Integer> resultCode) {
    OcrEventListener.Exchange exchange = new OcrEventListener.Exchange(EventListeners.call(attempt.call()),
        attempt.number(), operation, request.method(), pathTemplate);
    listener.beforeSend(exchange);
    log.sending(request.method(), operation, headers);
    long start = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = await(request, CappedBody.download(maxAnswerBytes));
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

  /**
   * Runs {@code work} as the client's own call (id 0), outside any call of the core: revoking a
   * token at close. Listeners see it start and end like any other.
   */
  <T> T ownCall(String operation, Function<Attempt, T> work) {
    CallId call = new CallId(0, operation);
    long start = System.nanoTime();
    listener.callStarted(call);
    try {
      T value = work.apply(Attempt.first(call));
      listener.callEnded(call, Duration.ofNanos(System.nanoTime() - start));
      return value;
    } catch (RuntimeException e) {
      listener.callFailed(call, e, Duration.ofNanos(System.nanoTime() - start));
      throw e;
    }
  }

  /**
   * The JDK's request timeout stops at the answer's headers; a body sent a byte at a time would
   * outlive it. So the whole exchange, body included, is awaited for the request's timeout (the
   * caller sets it to what is left of the attempt and of the call), then abandoned: the future
   * and the body subscription are both cancelled, which closes the connection.
   */
  private HttpResponse<String> await(HttpRequest request, CappedBody.Download body)
      throws IOException, InterruptedException {
    CompletableFuture<HttpResponse<String>> future = http.sendAsync(request, body);
    try {
      Optional<Duration> limit = request.timeout();
      return limit.isPresent() ? future.get(limit.get().toNanos(), TimeUnit.NANOSECONDS) : future.get();
    } catch (TimeoutException e) {
      abandon(future, body);
      throw new HttpTimeoutException("the exchange, answer body included, took longer than allowed");
    } catch (InterruptedException e) {
      abandon(future, body);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IOException(cause == null ? "the exchange failed" : cause.getClass().getSimpleName(), cause);
    }
  }

  private static void abandon(CompletableFuture<?> future, CappedBody.Download body) {
    body.cancel();
    future.cancel(true);
  }

  private RuntimeException failed(OcrEventListener.Exchange exchange, long start, RuntimeException error) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    log.failed(exchange.operation(), error, elapsed);
    listener.onError(exchange, error, elapsed);
    return error;
  }
}
