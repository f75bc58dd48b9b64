package io.ocrkit.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Observes every HTTP exchange the client makes (public-key fetches, scans, authenticity checks,
 * token requests, each retry on its own), for metrics or tracing, as OkHttp's
 * {@code EventListener} does. A client may have several; they run in the order given.
 *
 * <p>Exactly one of {@link #afterAnswer} and {@link #onError} follows each {@link #beforeSend}, on
 * the thread that made the call. A listener sees the operation, the method, the path with the app
 * key left out, and the outcome; never a header value, a body or the app key: those identify the
 * account or hold keys and personal data. Implementations must be thread-safe and quick. What a
 * listener throws is logged and ignored, and the other listeners still run: observing a call must
 * not change its outcome.
 */
public interface OcrEventListener {

  /**
   * Called just before the request is sent.
   *
   * @param exchange what is about to be sent
   */
  default void beforeSend(Exchange exchange) {}

  /**
   * Called when an answer came back, whatever it says.
   *
   * @param httpStatus the HTTP status
   * @param resultCode the header's {@code resultCode}, or null when the answer had none (a
   *     gateway's page, a token answer)
   * @param exchange what was sent
   * @param elapsed from just before sending until the answer's headers
   */
  default void afterAnswer(Exchange exchange, int httpStatus, Integer resultCode, Duration elapsed) {}

  /**
   * Called when no usable answer came: a connection failure, a timeout, a gateway's page.
   *
   * @param exchange what was sent
   * @param error the failure the client reports, or a cause of it; its message holds no secret
   * @param elapsed from just before sending until the failure
   */
  default void onError(Exchange exchange, RuntimeException error, Duration elapsed) {}

  /**
   * The listener that does nothing.
   *
   * @return a stateless listener
   */
  static OcrEventListener none() {
    return new OcrEventListener() {};
  }

  /**
   * One HTTP exchange.
   *
   * @param operation e.g. {@code credit-card}, {@code public-keys/id-card}, {@code token}
   * @param method {@code GET} or {@code POST}
   * @param pathTemplate the protocol path with the app key as a placeholder, e.g.
   *     {@code /v2.0/appkeys/{appKey}/credit-card} (a base URL's own path prefix is not included);
   *     for {@code token}, the token URL's path
   */
  record Exchange(String operation, String method, String pathTemplate) {

    /** Stands for the app key in {@link #pathTemplate}. */
    public static final String APP_KEY = "{appKey}";

    /**
     * Checks the components: none may be null.
     *
     * @param operation e.g. {@code credit-card}, {@code public-keys/id-card}, {@code token}
     * @param method {@code GET} or {@code POST}
     * @param pathTemplate the protocol path with the app key as a placeholder, e.g.
     *     {@code /v2.0/appkeys/{appKey}/credit-card} (a base URL's own path prefix is not included);
     *     for {@code token}, the token URL's path
     * @throws NullPointerException if a component is null
     */
    public Exchange {
      Objects.requireNonNull(operation, "operation == null");
      Objects.requireNonNull(method, "method == null");
      Objects.requireNonNull(pathTemplate, "pathTemplate == null");
    }
  }
}
