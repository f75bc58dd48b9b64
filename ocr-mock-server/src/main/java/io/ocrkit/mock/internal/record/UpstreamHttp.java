package io.ocrkit.mock.internal.record;

import io.ocrkit.mock.internal.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One JSON exchange with the upstream on the JDK's client, within bounded timeouts and a bounded
 * answer. Failures are {@link UpstreamException}s that quote nothing the upstream sent.
 */
final class UpstreamHttp implements AutoCloseable {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** A whole exchange, answer included: the service reads a card in a few seconds. */
  static final Duration EXCHANGE_TIMEOUT = Duration.ofSeconds(60);
  /** An answer is a few KiB of JSON; anything far larger is not the protocol. */
  static final int MAX_ANSWER_BYTES = 1024 * 1024;

  /** An answer: HTTP status, the JSON object, and the Request-Key header if any. */
  record Answer(int status, Map<String, Object> json, Optional<String> requestKey) {
    @Override
    public String toString() {
      return "Answer[status=" + status + "]";
    }
  }

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final Duration exchangeTimeout;

  UpstreamHttp() {
    this(EXCHANGE_TIMEOUT);
  }

  UpstreamHttp(Duration exchangeTimeout) {
    this.exchangeTimeout = exchangeTimeout;
  }

  Answer send(HttpRequest.Builder request, String what) {
    AtomicReference<UpstreamBody> download = new AtomicReference<>();
    CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(request.timeout(exchangeTimeout).build(), info -> {
      UpstreamBody body = new UpstreamBody(MAX_ANSWER_BYTES);
      download.set(body);
      return body;
    });
    HttpResponse<byte[]> response;
    try {
      // The request timeout stops at the headers; this one covers the body too.
      response = exchange.get(exchangeTimeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      UpstreamBody body = download.get();
      if (body != null) {
        body.abandon();
      }
      throw new UpstreamException("the upstream's " + what + " took longer than " + exchangeTimeout.toMillis() + " ms");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UpstreamBody.TooLarge) {
        throw new UpstreamException("the upstream's " + what + " answer is larger than " + MAX_ANSWER_BYTES + " bytes");
      }
      throw new UpstreamException("the upstream's " + what + " failed: " + cause.getClass().getSimpleName(), cause);
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw new UpstreamException("interrupted while calling the upstream's " + what, e);
    }
    byte[] body = response.body();
    Map<String, Object> json;
    try {
      json = Json.readObject(new String(body, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new UpstreamException("the upstream's " + what + " answer (HTTP " + response.statusCode()
          + ") is not a JSON object");
    }
    return new Answer(response.statusCode(), json,
        response.headers().firstValue(io.ocrkit.core.protocol.Protocol.REQUEST_KEY));
  }

  static HttpRequest.Builder request(URI uri) {
    return HttpRequest.newBuilder(uri);
  }

  @Override
  public void close() {
    // HttpClient is AutoCloseable from Java 21 only; on 17 its threads end with it being unreachable.
    if (http instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception ignored) {
        // closing is best effort: nothing is pending once the mock stops
      }
    }
  }
}
