package io.ocrkit.mock;

import io.ocrkit.mock.internal.MockClock;
import io.ocrkit.mock.internal.MockState;
import io.ocrkit.mock.internal.StateAdmin;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stateful stand-in for the Document OCR service on Javalin: the protocol's paths (v2.0 and
 * v2.1), the digital envelope (server side, the JDK's crypto or BouncyCastle), every result code from the input that
 * causes it, and an admin API under {@code /mock/v1} for loopback callers. It is its own
 * {@link MockAdmin}.
 *
 * <pre>{@code
 * try (MockOcrServer mock = MockOcrServer.builder().port(0).build().start()) {
 *   URI base = mock.baseUrl(); // point the SDK here, with mock.appKey() and mock.secretKey()
 * }
 * }</pre>
 *
 * <p>Recording: with {@link Builder#recordFrom} and {@link Builder#recordTo} it forwards every scan
 * to another service and writes what that one read, one file per image; {@link Builder#fixtures}
 * loads such files at start and answers them as registered fixtures (docs/recording-format.md).
 *
 * <p>Thread-safe. {@link #close()} stops the server and may be called more than once. Nothing
 * secret is logged: not the secret key, not a symmetric key, not a plaintext number, not the
 * upstream's credentials.
 */
public final class MockOcrServer extends DelegatingAdmin implements AutoCloseable {

  private final MockOcrConfig config;
  private final MockState state;
  private final MockAdmin admin;
  private Running running;
  private volatile int boundPort = -1;
  private volatile boolean closed;

  private MockOcrServer(MockOcrConfig config) {
    this.config = config;
    Map<String, String> credentials = new LinkedHashMap<>(config.extraCredentials());
    credentials.put(config.appKey(), config.secretKey());
    this.state = new MockState(new MockState.Config(credentials, config.userAccessKeyId(), config.secretAccessKey(),
        config.requestKeyTtl(), config.tokenTtl(), config.maxUploadBytes(), config.rateLimit(),
        config.journalCapacity(), config.tokenExpiresInAsString()), new MockClock(config.clock()), new SecureRandom());
    this.admin = new StateAdmin(state, config.appKey());
  }

  /** {@return a builder with every default: loopback, a free port, random credentials} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts listening.
   *
   * @return this server
   * @throws IllegalStateException if it was already started
   */
  public synchronized MockOcrServer start() {
    if (running != null) {
      throw new IllegalStateException("already started");
    }
    running = Running.start(config, state, admin);
    boundPort = running.port();
    return this;
  }

  /** {@return the settings it was built with} */
  public MockOcrConfig config() {
    return config;
  }

  /**
   * {@return {@code http://host:port}, the base URL to give the SDK}
   *
   * @throws IllegalStateException if the server was never started
   */
  public URI baseUrl() {
    return URI.create("http://" + Settings.hostForUrl(config.host()) + ":" + port());
  }

  /**
   * {@return the port it listens on (or listened on, once closed)}
   *
   * @throws IllegalStateException if the server was never started
   */
  public int port() {
    if (boundPort < 0) {
      throw new IllegalStateException("not started");
    }
    return boundPort;
  }

  /** {@return the address it binds, as configured} */
  public String host() {
    return config.host();
  }

  /** {@return the app key it accepts, to put in the SDK's builder} */
  public String appKey() {
    return config.appKey();
  }

  /** {@return the v2.0 secret key; for the test or the person who started the mock, never logged} */
  public String secretKey() {
    return config.secretKey();
  }

  /** {@return the v2.1 User Access Key ID it accepts} */
  public String userAccessKeyId() {
    return config.userAccessKeyId();
  }

  /** {@return the v2.1 secret access key; never logged} */
  public String secretAccessKey() {
    return config.secretAccessKey();
  }

  /** {@return the largest image part it accepts, in bytes} */
  public long maxUploadBytes() {
    return config.maxUploadBytes();
  }

  /** {@return while recording, how many answers were forwarded and recorded, by operation and code} */
  public Optional<String> recordingSummary() {
    Running r = running;
    return r == null ? Optional.empty() : r.recordingSummary();
  }

  @Override
  MockAdmin admin() {
    return admin;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (running != null) {
      running.stop();
    }
    state.close();
  }

  @Override
  public String toString() {
    return "MockOcrServer[" + (boundPort < 0 ? "not started" : baseUrl()) + ", appKey=" + config.appKey() + "]";
  }

  /** Settings of a {@link MockOcrServer}; credentials left unset are made up at random by {@link #build()}. */
  public static final class Builder {
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
    private boolean tokenExpiresInAsString;
    private MockCrypto crypto = MockCrypto.JCA;
    private URI recordFrom;
    private Path recordTo;
    private UpstreamCredentials upstream;
    private boolean recordRaw;
    private Path fixtures;

    private Builder() {}

    /**
     * Forwards every scan to this service and records it; goes with {@link #recordTo}.
     *
     * @param upstreamBaseUrl the service's base URL, {@code https} unless loopback
     * @return this builder
     * @throws NullPointerException if {@code upstreamBaseUrl} is null
     */
    public Builder recordFrom(URI upstreamBaseUrl) {
      this.recordFrom = Objects.requireNonNull(upstreamBaseUrl, "upstreamBaseUrl == null");
      return this;
    }

    /**
     * The directory recordings are written into, one {@code <sha256>.json} per image.
     *
     * @param dir created if missing
     * @return this builder
     * @throws NullPointerException if {@code dir} is null
     */
    public Builder recordTo(Path dir) {
      this.recordTo = Objects.requireNonNull(dir, "dir == null");
      return this;
    }

    /**
     * How the recorder authenticates to the service it records.
     *
     * @param credentials v2.0 or v2.1 credentials of the upstream; never printed
     * @return this builder
     * @throws NullPointerException if {@code credentials} is null
     */
    public Builder upstreamCredentials(UpstreamCredentials credentials) {
      this.upstream = Objects.requireNonNull(credentials, "credentials == null");
      return this;
    }

    /**
     * Keep the real personal values (files readable by their owner only) instead of synthetic ones.
     *
     * @param raw {@code true} to keep them; {@code false} (the default) records synthetic values
     * @return this builder
     */
    public Builder recordRaw(boolean raw) {
      this.recordRaw = raw;
      return this;
    }

    /**
     * A directory of recordings, loaded at start and answered by image hash as registered fixtures.
     *
     * @param dir a directory of {@code <sha256>.json} recordings
     * @return this builder
     * @throws NullPointerException if {@code dir} is null
     */
    public Builder fixtures(Path dir) {
      this.fixtures = Objects.requireNonNull(dir, "dir == null");
      return this;
    }

    /**
     * The primitives envelopes are opened with; the JDK's by default.
     *
     * @param crypto which primitives
     * @return this builder
     */
    public Builder crypto(MockCrypto crypto) {
      this.crypto = Objects.requireNonNull(crypto, "crypto == null");
      return this;
    }

    /**
     * The address to bind; {@code 127.0.0.1} by default.
     *
     * @param host a host name or IP address literal
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host == null");
      return this;
    }

    /**
     * 0 (the default) picks a free port.
     *
     * @param port 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException if it is out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("'port' must be 0..65535");
      }
      this.port = port;
      return this;
    }

    /**
     * The app key to accept; random ({@code mock-…}) by default.
     *
     * @param appKey not blank
     * @return this builder
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if it is blank
     */
    public Builder appKey(String appKey) {
      this.appKey = Settings.requireText(appKey, "appKey");
      return this;
    }

    /**
     * The v2.0 secret key to accept; random by default.
     *
     * @param secretKey not blank
     * @return this builder
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if it is blank
     */
    public Builder secretKey(String secretKey) {
      this.secretKey = Settings.requireText(secretKey, "secretKey");
      return this;
    }

    /**
     * Another app key the mock accepts, with its own state (keys, Request-Keys, locks).
     *
     * @param appKey not blank
     * @param secretKey not blank
     * @return this builder
     * @throws NullPointerException if either is null
     * @throws IllegalArgumentException if either is blank
     */
    public Builder credential(String appKey, String secretKey) {
      extraCredentials.put(Settings.requireText(appKey, "appKey"), Settings.requireText(secretKey, "secretKey"));
      return this;
    }

    /**
     * The v2.1 user access key id, for {@code POST /oauth2/token/create}.
     *
     * @param id not blank; random by default
     * @return this builder
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if it is blank
     */
    public Builder userAccessKeyId(String id) {
      this.userAccessKeyId = Settings.requireText(id, "userAccessKeyId");
      return this;
    }

    /**
     * The v2.1 secret access key to accept; random by default.
     *
     * @param secret not blank
     * @return this builder
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if it is blank
     */
    public Builder secretAccessKey(String secret) {
      this.secretAccessKey = Settings.requireText(secret, "secretAccessKey");
      return this;
    }

    /**
     * How long a Request-Key stays valid, on the mock's clock; one hour by default.
     *
     * @param ttl positive
     * @return this builder
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder requestKeyTtl(Duration ttl) {
      this.requestKeyTtl = Settings.positive(ttl, "requestKeyTtl");
      return this;
    }

    /**
     * v2.1 tokens' lifetime; the service allows 60 s to 86400 s.
     *
     * @param ttl positive (the mock does not enforce the service's range)
     * @return this builder
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder tokenTtl(Duration ttl) {
      this.tokenTtl = Settings.positive(ttl, "tokenTtl");
      return this;
    }

    /**
     * The upload limit (20 MB by default); one byte more answers {@code 4131000}.
     *
     * @param bytes positive
     * @return this builder
     * @throws IllegalArgumentException if it is not positive
     */
    public Builder maxUploadBytes(long bytes) {
      this.maxUploadBytes = Settings.atLeast(bytes, 1, "'maxUploadBytes' must be positive");
      return this;
    }

    /**
     * Calls per second and app key before {@code 4000006}; 0 (the default) for no limit.
     *
     * @param callsPerSecond not negative
     * @return this builder
     * @throws IllegalArgumentException if it is negative
     */
    public Builder rateLimit(int callsPerSecond) {
      this.rateLimit = (int) Settings.atLeast(callsPerSecond, 0, "'rateLimit' must not be negative");
      return this;
    }

    /**
     * How many requests the journal keeps, oldest dropped first; 1000 by default.
     *
     * @param entries at least 1
     * @return this builder
     * @throws IllegalArgumentException if it is below 1
     */
    public Builder journalCapacity(int entries) {
      this.journalCapacity = (int) Settings.atLeast(entries, 1, "'journalCapacity' must be at least 1");
      return this;
    }

    /**
     * The token endpoint's {@code expires_in} as a string ("86400"), not a number: the SDK takes both.
     *
     * @param asString {@code true} for a string
     * @return this builder
     */
    public Builder tokenExpiresInAsString(boolean asString) {
      this.tokenExpiresInAsString = asString;
      return this;
    }

    /**
     * The base clock; the admin API's clock advance adds to it.
     *
     * @param clock e.g. a fixed clock in tests
     * @return this builder
     * @throws NullPointerException if {@code clock} is null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * A server, not started, with a copy of these settings; the builder can be changed and used again.
     *
     * @return the server
     * @throws IllegalArgumentException naming the recording setting that is missing or wrong
     */
    public MockOcrServer build() {
      return new MockOcrServer(new MockOcrConfig(host, port,
          appKey != null ? appKey : "mock-" + Settings.randomText(8),
          secretKey != null ? secretKey : Settings.randomText(16),
          extraCredentials,
          userAccessKeyId != null ? userAccessKeyId : "mock-uak-" + Settings.randomText(8),
          secretAccessKey != null ? secretAccessKey : Settings.randomText(16),
          requestKeyTtl, tokenTtl, maxUploadBytes, rateLimit, journalCapacity, clock, tokenExpiresInAsString,
          crypto, RecordSettingsCheck.of(recordFrom, recordTo, upstream, recordRaw), fixtures));
    }
  }
}
