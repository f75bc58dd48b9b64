package io.ocrkit.mock;

import io.javalin.Javalin;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.crypto.server.BouncyCastleServerEnvelopeCrypto;
import io.ocrkit.mock.internal.AdminApi;
import io.ocrkit.mock.internal.Fixtures;
import io.ocrkit.mock.internal.Json;
import io.ocrkit.mock.internal.MockClock;
import io.ocrkit.mock.internal.MockState;
import io.ocrkit.mock.internal.OcrApi;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A stateful stand-in for the Document OCR service on Javalin: the protocol's paths (v2.0 and
 * v2.1), the digital envelope (BouncyCastle, server side), every result code from the input that
 * causes it, and an admin API under {@code /mock/v1} for loopback callers.
 *
 * <pre>{@code
 * try (MockOcrServer mock = MockOcrServer.builder().port(0).build().start()) {
 *   URI base = mock.baseUrl(); // point the SDK here, with mock.appKey() and mock.secretKey()
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #close()} stops the server and may be called more than once. Nothing
 * secret is logged: not the secret key, not a symmetric key, not a plaintext number.
 */
public final class MockOcrServer implements AutoCloseable {

  /** The most bytes of a body the mock reads into memory whole: admin JSON, the token form. */
  static final int MAX_READ_WHOLE_BODY = 64 * 1024;

  private final Builder config;
  private final MockState state;
  private Javalin javalin;
  private volatile int boundPort = -1;
  private volatile boolean closed;

  private MockOcrServer(Builder builder) {
    this.config = builder;
    Map<String, String> credentials = new LinkedHashMap<>(builder.extraCredentials);
    credentials.put(builder.appKey, builder.secretKey);
    this.state = new MockState(new MockState.Config(credentials, builder.userAccessKeyId, builder.secretAccessKey,
        builder.requestKeyTtl, builder.tokenTtl, builder.maxUploadBytes, builder.rateLimit, builder.journalCapacity),
        new MockClock(builder.clock), new SecureRandom());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts listening; returns this. */
  public synchronized MockOcrServer start() {
    if (javalin != null) {
      throw new IllegalStateException("already started");
    }
    OcrApi api = new OcrApi(state, new BouncyCastleServerEnvelopeCrypto());
    AdminApi admin = new AdminApi(state, config.appKey);
    String app = "/{version}/appkeys/{appKey}/";
    javalin = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.startup.startupWatcherEnabled = false;
      cfg.jetty.host = config.host;
      cfg.jetty.port = config.port;
      // Bodies read whole (admin JSON, the token form) stop at 64 KiB with HTTP 413; uploads and the
      // authenticity JSON are streamed and capped by the OCR API itself.
      cfg.http.maxRequestSize = MAX_READ_WHOLE_BODY;
      cfg.routes.get(app + "public-keys/{serviceName}", api::publicKey);
      cfg.routes.post(app + "credit-card", ctx -> api.scan(ctx, Operation.CREDIT_CARD));
      cfg.routes.post(app + "id-card", ctx -> api.scan(ctx, Operation.ID_CARD));
      cfg.routes.post(app + "id-card/stand-alone", ctx -> api.scan(ctx, Operation.ID_CARD_STAND_ALONE));
      cfg.routes.post(app + "id-card/authenticity", api::authenticity);
      cfg.routes.post("/oauth2/token/create", admin::token);
      cfg.routes.post("/mock/v1/fixtures", admin.guarded(admin::addFixture));
      cfg.routes.delete("/mock/v1/fixtures", admin.guarded(admin::clearFixtures));
      cfg.routes.post("/mock/v1/keys/{serviceName}/rotate", admin.guarded(admin::rotate));
      cfg.routes.post("/mock/v1/faults", admin.guarded(admin::addFault));
      cfg.routes.post("/mock/v1/clock/advance", admin.guarded(admin::advanceClock));
      cfg.routes.get("/mock/v1/requests", admin.guarded(admin::requests));
      cfg.routes.post("/mock/v1/reset", admin.guarded(admin::reset));
      // The service answers an unknown URL inside its protocol: HTTP 200, code 4041007.
      cfg.routes.error(404, ctx -> {
        state.journal().begin(state.clock().instant().toString(), ctx.method().name(), ctx.path())
            .resultCode(io.ocrkit.core.protocol.ResultCode.URL_NOT_FOUND.code());
        ctx.status(200).contentType("application/json; charset=UTF-8")
            .result(Json.write(OcrApi.body(io.ocrkit.core.protocol.ResultCode.URL_NOT_FOUND.code(), null)));
      });
    });
    javalin.start();
    boundPort = javalin.port();
    return this;
  }

  /** {@code http://host:port}, once started. */
  public URI baseUrl() {
    return URI.create("http://" + hostForUrl() + ":" + port());
  }

  /** The port it listens on (or listened on, once closed). */
  public int port() {
    if (boundPort < 0) {
      throw new IllegalStateException("not started");
    }
    return boundPort;
  }

  public String host() {
    return config.host;
  }

  public String appKey() {
    return config.appKey;
  }

  /** The v2.0 secret key; for the test or the person who started the mock, never logged. */
  public String secretKey() {
    return config.secretKey;
  }

  public String userAccessKeyId() {
    return config.userAccessKeyId;
  }

  public String secretAccessKey() {
    return config.secretAccessKey;
  }

  public long maxUploadBytes() {
    return config.maxUploadBytes;
  }

  /** What an image of this service "contains", keyed by the SHA-256 of the plaintext image. */
  public void registerFixture(String service, byte[] plaintextImage, String resultJson, boolean authentic) {
    registerFixture(service, sha256Hex(plaintextImage), resultJson, authentic);
  }

  /** As the admin API's {@code POST /mock/v1/fixtures}; {@code resultJson} holds plain values. */
  public void registerFixture(String service, String sha256Hex, String resultJson, boolean authentic) {
    Map<String, Object> fixture = new LinkedHashMap<>();
    fixture.put("service", service);
    fixture.put("sha256", sha256Hex);
    fixture.put("result", Json.readObject(resultJson));
    fixture.put("authentic", authentic);
    Fixtures.Parsed parsed = Fixtures.parse(fixture, true);
    state.putFixture(parsed.service(), parsed.sha256(), parsed.recognition());
  }

  public void clearFixtures() {
    state.clearFixtures();
  }

  /** Issues a new key version for the configured app key; returns it. */
  public String rotateKey(KeyService service, boolean retirePrevious) {
    return state.app(config.appKey).rotate(service, retirePrevious);
  }

  public void injectFault(Fault fault) {
    state.addFault(Objects.requireNonNull(fault, "fault == null"));
  }

  /** Moves the mock's clock: Request-Key and token expiry follow it. */
  public void advanceClock(Duration by) {
    state.clock().advance(Objects.requireNonNull(by, "by == null"));
  }

  /** The request journal, newest last: no secrets, no plaintext numbers. */
  public List<Map<String, Object>> requests() {
    return state.journal().snapshot();
  }

  /** Back to a fresh state: new keys, no fixtures, faults, tokens, journal; clock offset zero. */
  public void reset() {
    state.reset();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (javalin != null) {
      javalin.stop();
    }
  }

  private String hostForUrl() {
    String h = config.host;
    if ("0.0.0.0".equals(h)) {
      return "127.0.0.1";
    }
    return h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
  }

  static String sha256Hex(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  @Override
  public String toString() {
    return "MockOcrServer[" + (javalin == null ? "not started" : baseUrl()) + ", appKey=" + config.appKey + "]";
  }

  /** Settings of a {@link MockOcrServer}; credentials left unset are made up at random. */
  public static final class Builder {
    private static final SecureRandom RANDOM = new SecureRandom();

    private String host = "127.0.0.1";
    private int port;
    private String appKey;
    private String secretKey;
    private final Map<String, String> extraCredentials = new LinkedHashMap<>();
    private String userAccessKeyId;
    private String secretAccessKey;
    private Duration requestKeyTtl = Duration.ofHours(1);
    private Duration tokenTtl = Duration.ofSeconds(86400);
    private long maxUploadBytes = 20L * 1024 * 1024;
    private int rateLimit;
    private int journalCapacity = 1000;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host == null");
      return this;
    }

    /** 0 (the default) picks a free port. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("'port' must be 0..65535");
      }
      this.port = port;
      return this;
    }

    public Builder appKey(String appKey) {
      this.appKey = requireText(appKey, "appKey");
      return this;
    }

    public Builder secretKey(String secretKey) {
      this.secretKey = requireText(secretKey, "secretKey");
      return this;
    }

    /** Another app key the mock accepts, with its own state (keys, Request-Keys, locks). */
    public Builder credential(String appKey, String secretKey) {
      extraCredentials.put(requireText(appKey, "appKey"), requireText(secretKey, "secretKey"));
      return this;
    }

    /** The v2.1 user access key id, for {@code POST /oauth2/token/create}. */
    public Builder userAccessKeyId(String id) {
      this.userAccessKeyId = requireText(id, "userAccessKeyId");
      return this;
    }

    public Builder secretAccessKey(String secret) {
      this.secretAccessKey = requireText(secret, "secretAccessKey");
      return this;
    }

    public Builder requestKeyTtl(Duration ttl) {
      this.requestKeyTtl = positive(ttl, "requestKeyTtl");
      return this;
    }

    /** v2.1 tokens' lifetime; the service allows 60 s to 86400 s. */
    public Builder tokenTtl(Duration ttl) {
      this.tokenTtl = positive(ttl, "tokenTtl");
      return this;
    }

    /** The upload limit (20 MB by default); one byte more answers {@code 4131000}. */
    public Builder maxUploadBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("'maxUploadBytes' must be positive");
      }
      this.maxUploadBytes = bytes;
      return this;
    }

    /** Calls per second and app key before {@code 4000006}; 0 (the default) for no limit. */
    public Builder rateLimit(int callsPerSecond) {
      if (callsPerSecond < 0) {
        throw new IllegalArgumentException("'rateLimit' must not be negative");
      }
      this.rateLimit = callsPerSecond;
      return this;
    }

    public Builder journalCapacity(int entries) {
      if (entries < 1) {
        throw new IllegalArgumentException("'journalCapacity' must be at least 1");
      }
      this.journalCapacity = entries;
      return this;
    }

    /** The base clock; the admin API's clock advance adds to it. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    public MockOcrServer build() {
      if (appKey == null) {
        appKey = "mock-" + randomText(8);
      }
      if (secretKey == null) {
        secretKey = randomText(16);
      }
      if (userAccessKeyId == null) {
        userAccessKeyId = "mock-uak-" + randomText(8);
      }
      if (secretAccessKey == null) {
        secretAccessKey = randomText(16);
      }
      return new MockOcrServer(this);
    }

    private static String randomText(int bytes) {
      byte[] b = new byte[bytes];
      RANDOM.nextBytes(b);
      return HexFormat.of().formatHex(b);
    }

    private static String requireText(String value, String name) {
      Objects.requireNonNull(value, name + " == null");
      if (value.isBlank()) {
        throw new IllegalArgumentException("'" + name + "' must not be blank");
      }
      return value;
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("'" + name + "' must be positive");
      }
      return d;
    }
  }
}
