package io.ocrkit.mock;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Settings of a {@link MockOcrServer} (from {@link MockOcrServer#builder()}); credentials left unset are made up at random by {@link #build()}. */
public final class MockOcrServerBuilder {
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

  MockOcrServerBuilder() {}

  /**
   * Forwards every scan to this service and records it; goes with {@link #recordTo}.
   *
   * @param upstreamBaseUrl the service's base URL, {@code https} unless loopback
   * @return this builder
   * @throws NullPointerException if {@code upstreamBaseUrl} is null
   */
  public MockOcrServerBuilder recordFrom(URI upstreamBaseUrl) {
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
  public MockOcrServerBuilder recordTo(Path dir) {
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
  public MockOcrServerBuilder upstreamCredentials(UpstreamCredentials credentials) {
    this.upstream = Objects.requireNonNull(credentials, "credentials == null");
    return this;
  }

  /**
   * Keep the real personal values (files readable by their owner only) instead of synthetic ones.
   *
   * @param raw {@code true} to keep them; {@code false} (the default) records synthetic values
   * @return this builder
   */
  public MockOcrServerBuilder recordRaw(boolean raw) {
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
  public MockOcrServerBuilder fixtures(Path dir) {
    this.fixtures = Objects.requireNonNull(dir, "dir == null");
    return this;
  }

  /**
   * The primitives envelopes are opened with; the JDK's by default.
   *
   * @param crypto which primitives
   * @return this builder
   */
  public MockOcrServerBuilder crypto(MockCrypto crypto) {
    this.crypto = Objects.requireNonNull(crypto, "crypto == null");
    return this;
  }

  /**
   * The address to bind; {@code 127.0.0.1} by default.
   *
   * @param host a host name or IP address literal
   * @return this builder
   */
  public MockOcrServerBuilder host(String host) {
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
  public MockOcrServerBuilder port(int port) {
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
  public MockOcrServerBuilder appKey(String appKey) {
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
  public MockOcrServerBuilder secretKey(String secretKey) {
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
  public MockOcrServerBuilder credential(String appKey, String secretKey) {
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
  public MockOcrServerBuilder userAccessKeyId(String id) {
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
  public MockOcrServerBuilder secretAccessKey(String secret) {
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
  public MockOcrServerBuilder requestKeyTtl(Duration ttl) {
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
  public MockOcrServerBuilder tokenTtl(Duration ttl) {
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
  public MockOcrServerBuilder maxUploadBytes(long bytes) {
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
  public MockOcrServerBuilder rateLimit(int callsPerSecond) {
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
  public MockOcrServerBuilder journalCapacity(int entries) {
    this.journalCapacity = (int) Settings.atLeast(entries, 1, "'journalCapacity' must be at least 1");
    return this;
  }

  /**
   * The token endpoint's {@code expires_in} as a string ("86400"), not a number: the SDK takes both.
   *
   * @param asString {@code true} for a string
   * @return this builder
   */
  public MockOcrServerBuilder tokenExpiresInAsString(boolean asString) {
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
  public MockOcrServerBuilder clock(Clock clock) {
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
