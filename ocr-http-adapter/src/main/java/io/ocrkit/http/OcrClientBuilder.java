package io.ocrkit.http;

import io.ocrkit.core.model.Credential;
import io.ocrkit.core.model.OcrOptions;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.core.validation.ResultValidator;
import io.ocrkit.core.validation.StandardValidator;
import io.ocrkit.crypto.JcaEnvelopeCrypto;
import io.ocrkit.http.OcrClientOptions.AuthMode;
import io.ocrkit.http.internal.Auth;
import io.ocrkit.http.internal.ClientResources;
import io.ocrkit.http.internal.EventListeners;
import io.ocrkit.http.internal.HttpOcrTransport;
import io.ocrkit.http.internal.HttpSender;
import io.ocrkit.http.internal.TokenSource;
import io.ocrkit.http.internal.UrlPolicy;
import io.ocrkit.http.internal.WireJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Everything configurable about an {@link OcrClient}. Required: {@link #appKey} and one of
 * {@link #secretKey} (v2.0) or {@link #userAccessKey} (v2.1). Setters reject null at once;
 * {@link #build()} checks the rest and names the builder method whose argument is missing or
 * wrong. Defaults are the core's {@link OcrOptions#defaults()} and the constants of
 * {@link OcrClientOptions}. Not thread-safe; the client it builds is.
 */
public final class OcrClientBuilder {

  private static final OcrOptions CORE_DEFAULTS = OcrOptions.defaults();

  private URI baseUrl = Protocol.CURRENT_BASE_URL;
  private URI tokenUrl = URI.create(Protocol.OAUTH_BASE_URL + Protocol.TOKEN_PATH);
  private String appKey;
  private Credential secretKey;
  private String accessKeyId;
  private Credential secretAccessKey;
  private EnvelopeCrypto crypto;
  private Duration connectTimeout = OcrClientOptions.DEFAULT_CONNECT_TIMEOUT;
  private Duration attemptTimeout = OcrClientOptions.DEFAULT_ATTEMPT_TIMEOUT;
  /** Call timeout, retry policy, image size limit, concurrency and rate limit: the core's settings. */
  private OcrOptions core = CORE_DEFAULTS;
  private Executor executor;
  private List<OcrEventListener> listeners = new ArrayList<>();
  private HttpClient httpClient;
  /** Another client's, from {@link OcrClient#newBuilder()}; dropped when this builder's connect timeout changes. */
  private HttpClient sharedHttpClient;
  private boolean allowInsecureHttp;
  private ResultValidator resultValidator;
  private Clock clock = Clock.systemUTC();
  private boolean base64Upload;

  OcrClientBuilder() {}

  /** A copy of {@code from}, so that a client keeps its settings whatever its builder does next. */
  private OcrClientBuilder(OcrClientBuilder from) {
    baseUrl = from.baseUrl;
    tokenUrl = from.tokenUrl;
    appKey = from.appKey;
    secretKey = from.secretKey;
    accessKeyId = from.accessKeyId;
    secretAccessKey = from.secretAccessKey;
    crypto = from.crypto;
    connectTimeout = from.connectTimeout;
    attemptTimeout = from.attemptTimeout;
    core = from.core;
    executor = from.executor;
    listeners = new ArrayList<>(from.listeners);
    httpClient = from.httpClient;
    sharedHttpClient = from.sharedHttpClient;
    allowInsecureHttp = from.allowInsecureHttp;
    resultValidator = from.resultValidator;
    clock = from.clock;
    base64Upload = from.base64Upload;
  }

  /**
   * Where the service is; default the current domain {@link Protocol#CURRENT_BASE_URL}.
   *
   * @param baseUrl {@code https}, or {@code http} to loopback (see {@link #allowInsecureHttp()})
   * @return this builder
   * @throws NullPointerException if {@code baseUrl} is null
   */
  public OcrClientBuilder baseUrl(URI baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
    return this;
  }

  /**
   * The current domain, {@link Protocol#CURRENT_BASE_URL}: the default.
   *
   * @return this builder
   */
  public OcrClientBuilder useCurrentDomain() {
    return baseUrl(Protocol.CURRENT_BASE_URL);
  }

  /**
   * The legacy domain, {@link Protocol#LEGACY_BASE_URL}, served until 2027-07-31. It is an API
   * Gateway entry whose former 5 MB upload limit may still apply, below the SDK's 20 MiB check.
   *
   * @return this builder
   */
  public OcrClientBuilder useLegacyDomain() {
    return baseUrl(Protocol.LEGACY_BASE_URL);
  }

  /**
   * The app key path segment: a service or project-integrated app key.
   *
   * @param appKey the console's app key; required
   * @return this builder
   * @throws IllegalArgumentException if it is null; a blank or not URL-safe one fails {@link #build()}
   */
  public OcrClientBuilder appKey(String appKey) {
    this.appKey = Arguments.present(appKey, "appKey");
    return this;
  }

  /**
   * v2.0 authentication: the console's secret key, sent as {@code Authorization}.
   *
   * @param secretKey the secret key; kept masked, never logged
   * @return this builder
   * @throws IllegalArgumentException if it is null or blank
   */
  public OcrClientBuilder secretKey(String secretKey) {
    this.secretKey = Credential.of(Arguments.present(secretKey, "secretKey"), "secretKey");
    return this;
  }

  /**
   * v2.1 authentication: a User Access Key, exchanged for bearer tokens on the {@code /v2.1/} paths.
   *
   * @param accessKeyId the User Access Key ID
   * @param secretAccessKey its secret; kept masked, never logged
   * @return this builder
   * @throws IllegalArgumentException if either is null or blank, or the ID contains {@code :}
   */
  public OcrClientBuilder userAccessKey(String accessKeyId, String secretAccessKey) {
    Arguments.present(accessKeyId, "accessKeyId");
    if (accessKeyId.isBlank() || accessKeyId.contains(":")) {
      throw new IllegalArgumentException("'accessKeyId' must not be blank nor contain ':'");
    }
    this.accessKeyId = accessKeyId;
    this.secretAccessKey = Credential.of(Arguments.present(secretAccessKey, "secretAccessKey"), "secretAccessKey");
    return this;
  }

  /**
   * Where v2.1 tokens are issued; default {@link Protocol#OAUTH_BASE_URL} + {@link Protocol#TOKEN_PATH}.
   *
   * @param tokenUrl the token endpoint's full URL
   * @return this builder
   * @throws NullPointerException if {@code tokenUrl} is null
   */
  public OcrClientBuilder tokenUrl(URI tokenUrl) {
    this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl == null");
    return this;
  }

  /**
   * The envelope crypto; default {@link JcaEnvelopeCrypto}.
   *
   * @param crypto e.g. {@code new BouncyCastleEnvelopeCrypto()}
   * @return this builder
   * @throws NullPointerException if {@code crypto} is null
   */
  public OcrClientBuilder crypto(EnvelopeCrypto crypto) {
    this.crypto = Objects.requireNonNull(crypto, "crypto == null");
    return this;
  }

  /**
   * Connecting, for an {@link HttpClient} this builder makes; default
   * {@link OcrClientOptions#DEFAULT_CONNECT_TIMEOUT}. A given {@link #httpClient} keeps its own. On a
   * builder from {@link OcrClient#newBuilder()} it makes the new client use an HTTP client of its
   * own: the JDK's connect timeout belongs to the HTTP client, not to a request.
   *
   * @param timeout positive
   * @return this builder
   * @throws NullPointerException if {@code timeout} is null
   * @throws IllegalArgumentException if it is zero or negative
   */
  public OcrClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = Arguments.positive(timeout, "connectTimeout");
    this.sharedHttpClient = null;
    return this;
  }

  /**
   * One HTTP exchange, until its answer's headers; default {@link OcrClientOptions#DEFAULT_ATTEMPT_TIMEOUT}.
   *
   * @param timeout positive
   * @return this builder
   * @throws NullPointerException if {@code timeout} is null
   * @throws IllegalArgumentException if it is zero or negative
   */
  public OcrClientBuilder attemptTimeout(Duration timeout) {
    this.attemptTimeout = Arguments.positive(timeout, "attemptTimeout");
    return this;
  }

  /**
   * The whole call, key fetch, retries and waits included; default {@link OcrOptions#defaults()}'s.
   *
   * @param timeout positive
   * @return this builder
   * @throws NullPointerException if {@code timeout} is null
   * @throws IllegalArgumentException if it is zero or negative
   */
  public OcrClientBuilder callTimeout(Duration timeout) {
    this.core = core.withCallTimeout(Arguments.positive(timeout, "callTimeout"));
    return this;
  }

  /**
   * How transport faults and retry-later codes are retried; default {@link RetryPolicy#defaults()}.
   *
   * @param retryPolicy e.g. {@link RetryPolicy#none()} to never retry
   * @return this builder
   * @throws NullPointerException if {@code retryPolicy} is null
   */
  public OcrClientBuilder retryPolicy(RetryPolicy retryPolicy) {
    this.core = core.withRetry(Objects.requireNonNull(retryPolicy, "retryPolicy == null"));
    return this;
  }

  /**
   * Where async calls start, retries resume and futures complete. Default: a pool of daemon
   * threads, one per core, that {@link OcrClient#close()} shuts down; a given executor is never
   * shut down by the SDK. No call waits on it for the network.
   *
   * @param executor the caller's executor; the SDK never shuts it down
   * @return this builder
   * @throws NullPointerException if {@code executor} is null
   */
  public OcrClientBuilder executor(Executor executor) {
    this.executor = Objects.requireNonNull(executor, "executor == null");
    return this;
  }

  /**
   * Adds a listener, told of every exchange after the ones added before it.
   *
   * @param listener the listener
   * @return this builder
   * @throws NullPointerException if {@code listener} is null
   */
  public OcrClientBuilder eventListener(OcrEventListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener == null"));
    return this;
  }

  /**
   * Replaces every listener with {@code listeners}, in their order; an empty list removes them all.
   *
   * @param listeners the listeners, in calling order
   * @return this builder
   * @throws NullPointerException if the list or an element is null
   */
  public OcrClientBuilder eventListeners(List<OcrEventListener> listeners) {
    Objects.requireNonNull(listeners, "listeners == null");
    listeners.forEach(l -> Objects.requireNonNull(l, "listeners contains null"));
    this.listeners = new ArrayList<>(listeners);
    return this;
  }

  /**
   * An existing client to share (its connect timeout, proxy and TLS settings apply). Never
   * closed by the SDK. It should not follow redirects: they would carry the request's keys.
   *
   * @param httpClient the caller's client
   * @return this builder
   * @throws NullPointerException if {@code httpClient} is null
   */
  public OcrClientBuilder httpClient(HttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
    return this;
  }

  /**
   * Permits {@code http://} URLs to hosts other than loopback: keys would travel in clear.
   *
   * @return this builder
   */
  public OcrClientBuilder allowInsecureHttp() {
    this.allowInsecureHttp = true;
    return this;
  }

  /**
   * Largest image sent; default {@link OcrOptions#DEFAULT_MAX_IMAGE_BYTES}, the service's limit.
   *
   * @param maxImageBytes in bytes, counted as sent (ciphertext, or its Base64 text)
   * @return this builder
   * @throws IllegalArgumentException if it is not positive
   */
  public OcrClientBuilder maxImageBytes(long maxImageBytes) {
    this.core = core.withMaxImageBytes(maxImageBytes);
    return this;
  }

  /**
   * Requests in flight per client, default {@link OcrOptions#DEFAULT_MAX_CONCURRENCY}; further calls
   * queue, first come first served, and a queued call holds no thread.
   *
   * @param maxConcurrency at least 1
   * @return this builder
   * @throws IllegalArgumentException naming {@code maxConcurrency} if it is below 1
   */
  public OcrClientBuilder maxConcurrency(int maxConcurrency) {
    this.core = core.withMaxConcurrency(maxConcurrency);
    return this;
  }

  /**
   * Sends at most {@code permitsPerSecond} requests per second (retries included), spaced evenly;
   * default no limit. When the service throttles ({@code 4000006}) the rate drops to 70% and then
   * recovers gradually, as the AWS SDK's adaptive retry mode does, never above this limit.
   *
   * @param permitsPerSecond requests per second at most; positive and finite
   * @return this builder
   * @throws IllegalArgumentException naming {@code rateLimit} if it is not positive and finite
   */
  public OcrClientBuilder rateLimit(double permitsPerSecond) {
    this.core = core.withRateLimit(permitsPerSecond);
    return this;
  }

  /**
   * Checks every result and lists what it finds in {@code findings()}; default
   * {@link StandardValidator} on the client's clock. {@link ResultValidator#none()} turns checks off.
   *
   * @param resultValidator the checks to run on every result
   * @return this builder
   * @throws NullPointerException if {@code resultValidator} is null
   */
  public OcrClientBuilder resultValidator(ResultValidator resultValidator) {
    this.resultValidator = Objects.requireNonNull(resultValidator, "resultValidator == null");
    return this;
  }

  /**
   * Time for Request-Key and token expiry; default UTC system clock.
   *
   * @param clock the clock; tests pass a fixed or mutable one
   * @return this builder
   * @throws NullPointerException if {@code clock} is null
   */
  public OcrClientBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    return this;
  }

  /**
   * Sends the encrypted image as Base64 text instead of raw bytes; default false.
   *
   * @param base64Upload whether to encode the image part
   * @return this builder
   */
  public OcrClientBuilder base64Upload(boolean base64Upload) {
    this.base64Upload = base64Upload;
    return this;
  }

  /**
   * A client with these settings; the builder stays usable and later changes do not reach it.
   *
   * @return a new client, which the caller closes
   * @throws IllegalArgumentException naming the builder method whose argument is missing or wrong
   */
  public OcrClient build() {
    UrlPolicy.checkPathSegment(appKey, "appKey");
    Arguments.oneCredential(secretKey, accessKeyId);
    UrlPolicy.check(baseUrl, "baseUrl", allowInsecureHttp);
    if (accessKeyId != null) {
      UrlPolicy.check(tokenUrl, "tokenUrl", allowInsecureHttp);
    }
    OcrClientBuilder settings = new OcrClientBuilder(this);
    ClientResources resources = ClientResources.open(
        httpClient != null ? httpClient : sharedHttpClient, executor, connectTimeout);
    EnvelopeCrypto envelopes = crypto != null ? crypto : new JcaEnvelopeCrypto();
    EventListeners observers = new EventListeners(listeners);
    return new OcrClient(settings, resources, options(resources.http(), envelopes),
        transport(resources.http(), observers), observers, envelopes,
        resultValidator != null ? resultValidator : StandardValidator.create(clock), clock);
  }

  /** This builder's settings for a client that shares {@code http} and {@code runOn} with another. */
  OcrClientBuilder derive(HttpClient http, Executor runOn) {
    OcrClientBuilder derived = new OcrClientBuilder(this);
    if (derived.httpClient == null) {
      derived.sharedHttpClient = http;
    }
    derived.executor = runOn;
    return derived;
  }

  private OcrClientOptions options(HttpClient http, EnvelopeCrypto envelopes) {
    boolean tokens = accessKeyId != null;
    String cryptoName = envelopes.getClass().getSimpleName();
    return new OcrClientOptions(baseUrl, tokens ? AuthMode.USER_ACCESS_KEY : AuthMode.SECRET_KEY,
        tokens ? Optional.of(tokenUrl) : Optional.empty(), http.connectTimeout(), attemptTimeout, core.callTimeout(),
        core.retry(), core.maxImageBytes(), core.requestKeyTtl(), core.maxConcurrency(), core.rateLimit(),
        base64Upload, allowInsecureHttp,
        cryptoName.isEmpty() ? envelopes.getClass().getName() : cryptoName);
  }

  private HttpOcrTransport transport(HttpClient http, EventListeners observers) {
    WireJson json = new WireJson();
    HttpSender sender = new HttpSender(http, observers);
    Auth auth = secretKey != null
        ? Auth.secretKey(secretKey)
        : new TokenSource(sender, json, tokenUrl, accessKeyId, secretAccessKey, clock, attemptTimeout);
    return new HttpOcrTransport(sender, json, baseUrl, appKey, auth, attemptTimeout, base64Upload, clock);
  }
}
