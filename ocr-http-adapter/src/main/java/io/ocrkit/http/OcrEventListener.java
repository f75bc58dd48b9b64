package io.ocrkit.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Observes the client's calls and the HTTP exchanges each is made of, for metrics or tracing, as
 * OkHttp's {@code EventListener} does. A client may have several; they run in the order given.
 *
 * <p>A <em>call</em> is what the caller asked for (a scan, an authenticity check, a public key on
 * its own), from {@link #callStart} to exactly one of {@link #callEnd} and {@link #callFailed}.
 * Its exchanges (its attempts, and the public-key fetches and token requests they need) each
 * carry the {@link Call} and their attempt number: {@link #beforeSend}, then exactly one of
 * {@link #afterAnswer} and {@link #onError}. What is refused before anything is sent (a bad image,
 * a spent Request-Key) is no call. Sync and async calls are reported alike; the callbacks of one
 * call come one after another, not necessarily on one thread, so tell calls apart by
 * {@link Call#id()}, not by thread.
 *
 * <p>A listener sees operations, methods, paths with the app key left out, outcomes and result
 * codes; never a header value, a body or the app key: those identify the account or hold keys and
 * personal data. Implementations must be thread-safe and quick. What a listener throws is logged
 * and ignored, and the other listeners still run: observing a call must not change its outcome.
 */
public interface OcrEventListener {

  /**
   * Called when a call begins, before its first exchange.
   *
   * @param call the call, with its id and operation
   */
  default void callStart(Call call) {}

  /**
   * Called when a call returned its result.
   *
   * @param call the call
   * @param elapsed the time since {@link #callStart}
   */
  default void callEnd(Call call, Duration elapsed) {}

  /**
   * Called when a call failed with {@code error}, the exception its caller gets: an
   * {@link io.ocrkit.core.model.OcrException}, or an {@link IllegalArgumentException} for an image
   * that could not be read again for a retry.
   *
   * @param call the call
   * @param error what the caller gets
   * @param elapsed the time since {@link #callStart}
   */
  default void callFailed(Call call, RuntimeException error, Duration elapsed) {}

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
   * One call.
   *
   * @param id unique within the client; 0 is the client's own work when it closes (revoking a
   *     v2.1 token)
   * @param operation what was asked for: {@code credit-card}, {@code id-card},
   *     {@code id-card/stand-alone}, {@code id-card/authenticity}, {@code public-keys/credit-card}
   *     or {@code public-keys/id-card} (a key asked for on its own), {@code token/revoke}
   */
  record Call(long id, String operation) {

    /**
     * Checks the components.
     *
     * @param id unique within the client
     * @param operation what was asked for
     * @throws NullPointerException if {@code operation} is null
     */
    public Call {
      Objects.requireNonNull(operation, "operation == null");
    }
  }

  /**
   * One HTTP exchange.
   *
   * @param call the call it is made for
   * @param attempt which attempt of the call it belongs to, from 1; each resend counts (a retry,
   *     a re-seal under a fresh key, a resend with a renewed token)
   * @param operation e.g. {@code credit-card}, {@code public-keys/id-card}, {@code token}
   * @param method {@code GET} or {@code POST}
   * @param pathTemplate the protocol path with the app key as a placeholder, e.g.
   *     {@code /v2.0/appkeys/{appKey}/credit-card} (a base URL's own path prefix is not included);
   *     for {@code token}, the token URL's path
   */
  record Exchange(Call call, int attempt, String operation, String method, String pathTemplate) {

    /** Stands for the app key in {@link #pathTemplate}. */
    public static final String APP_KEY = "{appKey}";

    /**
     * Checks the components: none may be null.
     *
     * @param call the call it is made for
     * @param attempt which attempt of the call, from 1
     * @param operation e.g. {@code credit-card}, {@code public-keys/id-card}, {@code token}
     * @param method {@code GET} or {@code POST}
     * @param pathTemplate the protocol path with the app key as a placeholder, e.g.
     *     {@code /v2.0/appkeys/{appKey}/credit-card} (a base URL's own path prefix is not included);
     *     for {@code token}, the token URL's path
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code attempt} is below 1
     */
    public Exchange {
      Objects.requireNonNull(call, "call == null");
      Objects.requireNonNull(operation, "operation == null");
      Objects.requireNonNull(method, "method == null");
      Objects.requireNonNull(pathTemplate, "pathTemplate == null");
      if (attempt < 1) {
        throw new IllegalArgumentException("'attempt' must be at least 1, was " + attempt);
      }
    }
  }
}
