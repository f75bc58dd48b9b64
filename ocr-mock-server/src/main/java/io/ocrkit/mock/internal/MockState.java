package io.ocrkit.mock.internal;

import io.ocrkit.core.protocol.KeyService;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Everything the mock remembers, as one store per job: credentials, tokens, fixtures, the fault
 * queue, the journal, and per app key its {@link AppState}. Fixtures are shared but keyed by image
 * hash. Thread-safe.
 */
public final class MockState {

  /** What the service was configured with; fixed for the server's life. */
  public record Config(
      Map<String, String> credentials,
      String userAccessKeyId,
      String secretAccessKey,
      Duration requestKeyTtl,
      Duration tokenTtl,
      long maxUploadBytes,
      int rateLimitPerSecond,
      int journalCapacity,
      boolean tokenExpiresInAsString) {
    public Config {
      credentials = Map.copyOf(credentials);
    }

    /** As the canonical constructor, {@code expires_in} a number. */
    public Config(Map<String, String> credentials, String userAccessKeyId, String secretAccessKey,
        Duration requestKeyTtl, Duration tokenTtl, long maxUploadBytes, int rateLimitPerSecond, int journalCapacity) {
      this(credentials, userAccessKeyId, secretAccessKey, requestKeyTtl, tokenTtl, maxUploadBytes, rateLimitPerSecond,
          journalCapacity, false);
    }
  }

  /** What one image "contains": a plain result, whether the card is authentic, or a forced code. */
  public record Recognition(Map<String, Object> result, boolean authentic, Integer resultCode) {}

  private final Config config;
  private final MockClock clock;
  private final IntFunction<byte[]> random;
  private final KeyPairSource keyPairs;
  private final CredentialStore credentials;
  private final TokenStore tokens;
  private final FixtureStore fixtures = new FixtureStore();
  private final FaultQueue faults = new FaultQueue();
  private final Journal journal;
  private final Map<String, AppState> apps = new ConcurrentHashMap<>();
  // Pairs the last reset let go of: handed back to the source at the next reset (or close), so a
  // reset never answers the key from just before it, and tests that reset often still reuse pairs.
  private List<KeyPair> quarantined = new ArrayList<>();

  public MockState(Config config, MockClock clock, SecureRandom random) {
    this(config, clock, random, KeyPairSource.shared());
  }

  public MockState(Config config, MockClock clock, SecureRandom random, KeyPairSource keyPairs) {
    this.config = Objects.requireNonNull(config, "config == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    Objects.requireNonNull(random, "random == null");
    this.random = n -> {
      byte[] b = new byte[n];
      random.nextBytes(b);
      return b;
    };
    this.keyPairs = Objects.requireNonNull(keyPairs, "keyPairs == null");
    this.credentials = new CredentialStore(config.credentials(), config.userAccessKeyId(), config.secretAccessKey());
    this.tokens = new TokenStore(clock, config.tokenTtl(), this.random);
    this.journal = new Journal(config.journalCapacity());
  }

  public Config config() {
    return config;
  }

  public MockClock clock() {
    return clock;
  }

  public Journal journal() {
    return journal;
  }

  public CredentialStore credentials() {
    return credentials;
  }

  public TokenStore tokens() {
    return tokens;
  }

  public FixtureStore fixtures() {
    return fixtures;
  }

  public FaultQueue faults() {
    return faults;
  }

  /** The state of one app key, made on first use. */
  public AppState app(String appKey) {
    return apps.computeIfAbsent(appKey, k -> new AppState(new KeyRing(keyPairs),
        new RequestKeyLedger(clock, config.requestKeyTtl(), random), new CardLocks(),
        new RateWindow(clock, config.rateLimitPerSecond())));
  }

  /**
   * Starts making, in the background, a pair for each service of one app key, so that neither the
   * first request after start nor the first after a reset waits for RSA key generation.
   */
  public void prefillKeys() {
    keyPairs.prefill(KeyService.values().length);
  }

  /** As {@link #prefillKeys()}, one pair only: what a first request needs, while the server starts. */
  public void prefillFirstKey() {
    keyPairs.prefill(1);
  }

  /** The app keys that have state now, with it. */
  public Map<String, AppState> apps() {
    return Map.copyOf(apps);
  }

  /** Back to a fresh state: new keys on next use, no fixtures, faults, tokens, journal or offset. */
  public void reset() {
    List<KeyPair> pairs = new ArrayList<>();
    apps.values().forEach(app -> pairs.addAll(app.clear()));
    apps.clear();
    List<KeyPair> free;
    synchronized (this) {
      free = quarantined;
      quarantined = pairs;
    }
    keyPairs.recycle(free);
    prefillKeys();
    fixtures.clear();
    faults.clear();
    tokens.clear();
    journal.clear();
    clock.reset();
  }

  /** The mock has stopped: every key pair it used goes back to the source for other mocks. */
  public void close() {
    List<KeyPair> pairs = new ArrayList<>();
    apps.values().forEach(app -> pairs.addAll(app.clear()));
    apps.clear();
    synchronized (this) {
      pairs.addAll(quarantined);
      quarantined = new ArrayList<>();
    }
    keyPairs.recycle(pairs);
  }
}
