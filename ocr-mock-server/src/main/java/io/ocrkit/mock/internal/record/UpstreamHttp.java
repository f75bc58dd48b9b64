package io.ocrkit.mock.internal.record;

import io.ocrkit.mock.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

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

  Answer send(HttpRequest.Builder request, String what) {
    HttpResponse<InputStream> response;
    try {
      response = http.send(request.timeout(EXCHANGE_TIMEOUT).build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new UpstreamException("the upstream's " + what + " failed: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UpstreamException("interrupted while calling the upstream's " + what, e);
    }
    byte[] body;
    try (InputStream in = response.body()) {
      body = in.readNBytes(MAX_ANSWER_BYTES + 1);
    } catch (IOException e) {
      throw new UpstreamException("the upstream's " + what + " answer could not be read", e);
    }
    if (body.length > MAX_ANSWER_BYTES) {
      throw new UpstreamException("the upstream's " + what + " answer is larger than " + MAX_ANSWER_BYTES + " bytes");
    }
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
