package io.ocrkit.http;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.Credential;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.OcrOptions;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.port.in.DocumentOcr;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.core.service.OcrService;
import io.ocrkit.core.validation.ResultValidator;
import io.ocrkit.core.validation.StandardValidator;
import io.ocrkit.crypto.JcaEnvelopeCrypto;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The Document OCR client: every operation, sync and {@link CompletableFuture}, results decrypted
 * and typed. Build one with {@link OcrClients#create} or {@link #builder()}, share it, close it.
 *
 * <p>Guarantees: thread-safe; one {@link HttpClient} and its connections are shared by all calls;
 * futures complete on the configured executor, never on an HTTP I/O thread; retries are bounded
 * (transport faults, {@code 5000503}, {@code 4000006}, and once {@code 4000301}), each one re-sealed
 * under a fresh key. Failures are those of {@link DocumentOcr}: {@link IllegalArgumentException}
 * before sending, else {@link io.ocrkit.core.model.OcrServiceException},
 * {@link io.ocrkit.core.model.OcrTransportException} or {@link io.ocrkit.core.model.OcrProtocolException},
 * whose messages name the operation and code, never a key or a decrypted value.
 */
public final class OcrClient implements DocumentOcr, AutoCloseable {

  private final OcrService service;
  private final ExecutorService ownedExecutor;

  private OcrClient(OcrService service, ExecutorService ownedExecutor) {
    this.service = service;
    this.ownedExecutor = ownedExecutor;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public CreditCard scanCreditCard(ImageSource image) {
    return service.scanCreditCard(image);
  }

  public CreditCard scanCreditCard(Path image) {
    return scanCreditCard(ImageSource.of(image));
  }

  public CreditCard scanCreditCard(byte[] image) {
    return scanCreditCard(ImageSource.of(image));
  }

  @Override
  public IdCardScan scanIdCard(ImageSource image) {
    return service.scanIdCard(image);
  }

  public IdCardScan scanIdCard(Path image) {
    return scanIdCard(ImageSource.of(image));
  }

  public IdCardScan scanIdCard(byte[] image) {
    return scanIdCard(ImageSource.of(image));
  }

  @Override
  public IdCardScan scanIdCardStandAlone(ImageSource image) {
    return service.scanIdCardStandAlone(image);
  }

  public IdCardScan scanIdCardStandAlone(Path image) {
    return scanIdCardStandAlone(ImageSource.of(image));
  }

  public IdCardScan scanIdCardStandAlone(byte[] image) {
    return scanIdCardStandAlone(ImageSource.of(image));
  }

  @Override
  public boolean verifyAuthenticity(RequestKey requestKey, AuthenticityRequest request) {
    return service.verifyAuthenticity(requestKey, request);
  }

  @Override
  public CompletableFuture<CreditCard> scanCreditCardAsync(ImageSource image) {
    return service.scanCreditCardAsync(image);
  }

  public CompletableFuture<CreditCard> scanCreditCardAsync(Path image) {
    return scanCreditCardAsync(ImageSource.of(image));
  }

  public CompletableFuture<CreditCard> scanCreditCardAsync(byte[] image) {
    return scanCreditCardAsync(ImageSource.of(image));
  }

  @Override
  public CompletableFuture<IdCardScan> scanIdCardAsync(ImageSource image) {
    return service.scanIdCardAsync(image);
  }

  public CompletableFuture<IdCardScan> scanIdCardAsync(Path image) {
    return scanIdCardAsync(ImageSource.of(image));
  }

  public CompletableFuture<IdCardScan> scanIdCardAsync(byte[] image) {
    return scanIdCardAsync(ImageSource.of(image));
  }

  @Override
  public CompletableFuture<IdCardScan> scanIdCardStandAloneAsync(ImageSource image) {
    return service.scanIdCardStandAloneAsync(image);
  }

  public CompletableFuture<IdCardScan> scanIdCardStandAloneAsync(Path image) {
    return scanIdCardStandAloneAsync(ImageSource.of(image));
  }

  public CompletableFuture<IdCardScan> scanIdCardStandAloneAsync(byte[] image) {
    return scanIdCardStandAloneAsync(ImageSource.of(image));
  }

  @Override
  public CompletableFuture<Boolean> verifyAuthenticityAsync(RequestKey requestKey, AuthenticityRequest request) {
    return service.verifyAuthenticityAsync(requestKey, request);
  }

  /** The public key the next request to {@code keyService} is sealed under, fetched if needed. */
  public ServicePublicKey publicKey(KeyService keyService) {
    return service.publicKey(keyService);
  }

  /**
   * Stops the executor the client made (not one it was given) and lets go of the
   * {@link HttpClient} it made; a client passed to {@link Builder#httpClient} is never closed.
   * Calls still running may fail. Safe to call more than once.
   */
  @Override
  public void close() {
    if (ownedExecutor != null) {
      ownedExecutor.shutdown();
    }
  }

  /**
   * Everything configurable. Required: {@link #appKey} and one of {@link #secretKey} (v2.0) or
   * {@link #userAccessKey} (v2.1). Setters reject null at once; {@link #build()} checks the rest
   * and names the argument that is wrong. Not thread-safe; the client it builds is.
   */
  public static final class Builder {

    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._~-]+");

    private URI baseUrl = Protocol.LEGACY_BASE_URL;
    private URI tokenUrl;
    private String appKey;
    private Credential secretKey;
    private String accessKeyId;
    private Credential secretAccessKey;
    private EnvelopeCrypto crypto;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration attemptTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = OcrOptions.defaults().callTimeout();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Executor executor;
    private OcrInterceptor interceptor = OcrInterceptor.none();
    private HttpClient httpClient;
    private boolean allowInsecureHttp;
    private long maxImageBytes = OcrOptions.DEFAULT_MAX_IMAGE_BYTES;
    private ResultValidator resultValidator;
    private Clock clock = Clock.systemUTC();
    private boolean base64Upload;

    private Builder() {}

    /** Where the service is; default the legacy domain {@link Protocol#LEGACY_BASE_URL}. */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl == null");
      return this;
    }

    /** The current domain, {@link Protocol#CURRENT_BASE_URL}. */
    public Builder useCurrentDomain() {
      return baseUrl(Protocol.CURRENT_BASE_URL);
    }

    /** The app key path segment: a service or project-integrated app key. */
    public Builder appKey(String appKey) {
      this.appKey = Objects.requireNonNull(appKey, "appKey == null");
      return this;
    }

    /** v2.0 authentication: the console's secret key, sent as {@code Authorization}. */
    public Builder secretKey(String secretKey) {
      this.secretKey = Credential.of(Objects.requireNonNull(secretKey, "secretKey == null"), "secretKey");
      return this;
    }

    /** v2.1 authentication: a User Access Key, exchanged for bearer tokens on the {@code /v2.1/} paths. */
    public Builder userAccessKey(String accessKeyId, String secretAccessKey) {
      Objects.requireNonNull(accessKeyId, "accessKeyId == null");
      if (accessKeyId.isBlank() || accessKeyId.contains(":")) {
        throw new IllegalArgumentException("'accessKeyId' must not be blank nor contain ':'");
      }
      this.accessKeyId = accessKeyId;
      this.secretAccessKey = Credential.of(Objects.requireNonNull(secretAccessKey, "secretAccessKey == null"),
          "secretAccessKey");
      return this;
    }

    /** Where v2.1 tokens are issued; default {@link Protocol#OAUTH_BASE_URL} + {@link Protocol#TOKEN_PATH}. */
    public Builder tokenUrl(URI tokenUrl) {
      this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl == null");
      return this;
    }

    /** The envelope crypto; default {@link JcaEnvelopeCrypto}. */
    public Builder crypto(EnvelopeCrypto crypto) {
      this.crypto = Objects.requireNonNull(crypto, "crypto == null");
      return this;
    }

    /** Connecting, for an {@link HttpClient} this builder makes; default 10 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** One HTTP exchange, until its answer's headers; default 30 s. */
    public Builder attemptTimeout(Duration timeout) {
      this.attemptTimeout = positive(timeout, "attemptTimeout");
      return this;
    }

    /** The whole call, key fetch, retries and waits included; default 120 s. */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive(timeout, "callTimeout");
      return this;
    }

    /** Default {@link RetryPolicy#defaults()}: 3 attempts, 200 ms base, 5 s cap, full jitter. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
      return this;
    }

    /**
     * Where async calls run and their futures complete. Default: a cached pool of daemon threads
     * that {@link OcrClient#close()} shuts down; a given executor is never shut down.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor == null");
      return this;
    }

    public Builder interceptor(OcrInterceptor interceptor) {
      this.interceptor = Objects.requireNonNull(interceptor, "interceptor == null");
      return this;
    }

    /**
     * An existing client to share (its connect timeout, proxy and TLS settings apply). Never
     * closed by the SDK. It should not follow redirects: they would carry the request's keys.
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient == null");
      return this;
    }

    /** Permits {@code http://} URLs to hosts other than loopback: keys would travel in clear. */
    public Builder allowInsecureHttp() {
      this.allowInsecureHttp = true;
      return this;
    }

    /** Largest image sent; default 20 MB, the service's limit. */
    public Builder maxImageBytes(long maxImageBytes) {
      if (maxImageBytes < 1) {
        throw new IllegalArgumentException("'maxImageBytes' must be positive, was " + maxImageBytes);
      }
      this.maxImageBytes = maxImageBytes;
      return this;
    }

    /**
     * Checks every result and lists what it finds in {@code findings()}; default
     * {@link StandardValidator} on the client's clock. {@link ResultValidator#none()} turns checks off.
     */
    public Builder resultValidator(ResultValidator resultValidator) {
      this.resultValidator = Objects.requireNonNull(resultValidator, "resultValidator == null");
      return this;
    }

    /** Time for Request-Key and token expiry; default UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** Sends the encrypted image as Base64 text instead of raw bytes; default false. */
    public Builder base64Upload(boolean base64Upload) {
      this.base64Upload = base64Upload;
      return this;
    }

    /** @throws IllegalArgumentException naming the argument that is missing or wrong */
    public OcrClient build() {
      if (appKey == null || appKey.isBlank()) {
        throw new IllegalArgumentException("'appKey' is required and must not be blank");
      }
      if (!URL_SAFE.matcher(appKey).matches()) {
        throw new IllegalArgumentException(
            "'appKey' must be URL-safe: letters, digits, '-', '_', '.' or '~' only");
      }
      if (secretKey != null && accessKeyId != null) {
        throw new IllegalArgumentException("set either 'secretKey' (v2.0) or 'userAccessKey' (v2.1), not both");
      }
      if (secretKey == null && accessKeyId == null) {
        throw new IllegalArgumentException("'secretKey' (v2.0) or 'userAccessKey' (v2.1) is required");
      }
      checkUrl(baseUrl, "baseUrl");
      URI tokens = tokenUrl != null ? tokenUrl : URI.create(Protocol.OAUTH_BASE_URL + Protocol.TOKEN_PATH);
      if (accessKeyId != null) {
        checkUrl(tokens, "tokenUrl");
      }
      HttpClient http = httpClient != null ? httpClient : HttpClient.newBuilder()
          .connectTimeout(connectTimeout)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
      ExecutorService owned = executor == null ? Executors.newCachedThreadPool(daemonThreads()) : null;
      Executor runOn = executor != null ? executor : owned;
      WireJson json = new WireJson();
      HttpSender sender = new HttpSender(http, interceptor);
      Auth auth = secretKey != null
          ? Auth.secretKey(secretKey)
          : new TokenSource(sender, json, tokens, accessKeyId, secretAccessKey, clock, attemptTimeout);
      HttpOcrTransport transport =
          new HttpOcrTransport(sender, json, baseUrl, appKey, auth, attemptTimeout, base64Upload, clock);
      OcrOptions options = OcrOptions.defaults()
          .withMaxImageBytes(maxImageBytes)
          .withRetry(retryPolicy)
          .withCallTimeout(callTimeout);
      OcrService service = new OcrService(transport, crypto != null ? crypto : new JcaEnvelopeCrypto(),
          options, resultValidator != null ? resultValidator : StandardValidator.create(clock), runOn, clock);
      return new OcrClient(service, owned);
    }

    private void checkUrl(URI url, String argument) {
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (url.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
        throw new IllegalArgumentException("'" + argument + "' must be an absolute http(s) URL");
      }
      if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
        throw new IllegalArgumentException("'" + argument + "' must not have user info, a query or a fragment");
      }
      if (scheme.equals("http") && !allowInsecureHttp && !isLoopback(url.getHost())) {
        throw new IllegalArgumentException("'" + argument + "' is http:// to a host that is not loopback;"
            + " keys would travel in clear. Use https://, or allowInsecureHttp() to insist");
      }
    }

    /** Loopback by name or literal address; never resolves other names (no DNS at build time). */
    private static boolean isLoopback(String host) {
      String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
      if (h.equalsIgnoreCase("localhost")) {
        return true;
      }
      if (!h.matches("[0-9.]+") && !h.contains(":")) {
        return false;
      }
      try {
        return InetAddress.getByName(h).isLoopbackAddress(); // a literal: parsed, not looked up
      } catch (UnknownHostException e) {
        return false;
      }
    }

    private static Duration positive(Duration d, String argument) {
      Objects.requireNonNull(d, argument + " == null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("'" + argument + "' must be positive");
      }
      return d;
    }

    private static ThreadFactory daemonThreads() {
      AtomicInteger n = new AtomicInteger();
      return r -> {
        Thread t = new Thread(r, "ocrkit-client-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      };
    }
  }
}
