package io.ocrkit.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A seam around every HTTP exchange the client makes (public-key fetches, scans, authenticity
 * checks, token requests, each retry on its own), good enough for metrics or tracing.
 *
 * <p>Exactly one of {@link #afterAnswer} and {@link #onError} follows each {@link #beforeSend}, on
 * the thread that made the call. An interceptor sees the operation, the method, the URL and the
 * outcome, never a header value or a body: those hold keys and personal data. Implementations must
 * be thread-safe and quick. What an interceptor throws is logged and ignored: observing a call
 * must not change its outcome.
 */
public interface OcrInterceptor {

  /** Called just before the request is sent. */
  default void beforeSend(Exchange exchange) {}

  /**
   * Called when an answer came back, whatever it says.
   *
   * @param httpStatus the HTTP status
   * @param resultCode the header's {@code resultCode}, or null when the answer had none (a
   *     gateway's page, a token answer)
   */
  default void afterAnswer(Exchange exchange, int httpStatus, Integer resultCode, Duration elapsed) {}

  /** Called when no usable answer came: a connection failure, a timeout, a gateway's page. */
  default void onError(Exchange exchange, RuntimeException error, Duration elapsed) {}

  /** The interceptor that does nothing. */
  static OcrInterceptor none() {
    return new OcrInterceptor() {};
  }

  /**
   * One HTTP exchange.
   *
   * @param operation e.g. {@code credit-card}, {@code public-keys/id-card}, {@code token}
   * @param method {@code GET} or {@code POST}
   * @param uri where it goes (no credentials are ever in a URL)
   */
  record Exchange(String operation, String method, URI uri) {
    public Exchange {
      Objects.requireNonNull(operation, "operation == null");
      Objects.requireNonNull(method, "method == null");
      Objects.requireNonNull(uri, "uri == null");
    }
  }
}
