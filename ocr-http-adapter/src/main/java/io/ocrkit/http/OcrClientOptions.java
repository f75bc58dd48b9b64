package io.ocrkit.http;

import io.ocrkit.core.model.OcrOptions;
import io.ocrkit.core.model.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A client's effective configuration, as {@link OcrClient#options()} reports it: defaults filled
 * in. It holds no secret and nothing that names the account (no key, no app key, no access key
 * ID), so it is safe to log.
 *
 * @param baseUrl where the service is
 * @param authMode how requests are authenticated
 * @param tokenUrl where v2.1 tokens are issued; empty for {@link AuthMode#SECRET_KEY}
 * @param connectTimeout the connect timeout of the {@code HttpClient} in use; empty when a given
 *     client has none
 * @param attemptTimeout one HTTP exchange, until its answer's headers
 * @param callTimeout the whole call, key fetch, retries and waits included
 * @param retryPolicy how transport faults and retry-later codes are retried
 * @param maxImageBytes the largest image sent
 * @param requestKeyTtl how long a Request-Key is taken to be honoured
 * @param maxConcurrency requests in flight at once; further calls queue in order
 * @param rateLimit requests per second at most, adapted down while the service throttles; empty
 *     for no limit
 * @param base64Upload whether the encrypted image is sent as Base64 text
 * @param insecureHttpAllowed whether {@code http://} to a host other than loopback is permitted
 * @param crypto the envelope crypto's class, e.g. {@code JcaEnvelopeCrypto}
 */
public record OcrClientOptions(URI baseUrl, AuthMode authMode, Optional<URI> tokenUrl,
    Optional<Duration> connectTimeout, Duration attemptTimeout, Duration callTimeout, RetryPolicy retryPolicy,
    long maxImageBytes, Duration requestKeyTtl, int maxConcurrency, OptionalDouble rateLimit, boolean base64Upload,
    boolean insecureHttpAllowed, String crypto) {

  /** Connecting, for an {@code HttpClient} the builder makes. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** One HTTP exchange, until its answer's headers. */
  public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(30);

  /** How requests prove who sends them. */
  public enum AuthMode {
    /** v2.0: the console's secret key in {@code Authorization}. */
    SECRET_KEY,
    /** v2.1: bearer tokens issued for a User Access Key. */
    USER_ACCESS_KEY
  }

  /**
   * Checks the components as the builder and the core do.
   *
   * @param baseUrl where the service is
   * @param authMode how requests are authenticated
   * @param tokenUrl where v2.1 tokens are issued; empty for {@link AuthMode#SECRET_KEY}
   * @param connectTimeout the connect timeout of the {@code HttpClient} in use; empty when a given
   *     client has none
   * @param attemptTimeout one HTTP exchange, until its answer's headers
   * @param callTimeout the whole call, key fetch, retries and waits included
   * @param retryPolicy how transport faults and retry-later codes are retried
   * @param maxImageBytes the largest image sent
   * @param requestKeyTtl how long a Request-Key is taken to be honoured
   * @param base64Upload whether the encrypted image is sent as Base64 text
   * @param insecureHttpAllowed whether {@code http://} to a host other than loopback is permitted
   * @param crypto the envelope crypto's class, e.g. {@code JcaEnvelopeCrypto}
   * @param maxConcurrency requests in flight per client
   * @param rateLimit requests per second at most, or empty for no limit
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a limit or duration is out of range
   */
  public OcrClientOptions {
    Objects.requireNonNull(baseUrl, "baseUrl == null");
    Objects.requireNonNull(authMode, "authMode == null");
    Objects.requireNonNull(tokenUrl, "tokenUrl == null");
    Objects.requireNonNull(connectTimeout, "connectTimeout == null");
    Objects.requireNonNull(attemptTimeout, "attemptTimeout == null");
    Objects.requireNonNull(crypto, "crypto == null");
    // The core's own checks: maxImageBytes, requestKeyTtl, retryPolicy, callTimeout, the limits.
    new OcrOptions(maxImageBytes, requestKeyTtl, retryPolicy, callTimeout, maxConcurrency, rateLimit);
  }

  /** The part of this configuration the core applies. */
  OcrOptions core() {
    return new OcrOptions(maxImageBytes, requestKeyTtl, retryPolicy, callTimeout, maxConcurrency, rateLimit);
  }
}
