package io.ocrkit.mock.internal;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.Fault;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the mock remembers, kept per app key so parallel tests with their own app keys do not
 * collide: key rings, Request-Keys, resident-card locks, rate windows. Fixtures are shared but keyed
 * by image hash. Thread-safe.
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
      int journalCapacity) {
    public Config {
      credentials = Map.copyOf(credentials);
    }
  }

  /** What one image "contains": a plain result, whether the card is authentic, or a forced code. */
  public record Recognition(Map<String, Object> result, boolean authentic, Integer resultCode) {}

  /** A scan that answered a Request-Key: what it read, for the authenticity check. */
  public static final class Scan {
    final String idType;
    final Map<String, String> values;
    final boolean authentic;
    final Instant issued;
    boolean spent;

    Scan(String idType, Map<String, String> values, boolean authentic, Instant issued) {
      this.idType = idType;
      this.values = Map.copyOf(values);
      this.authentic = authentic;
      this.issued = issued;
    }

    public String idType() {
      return idType;
    }

    public Optional<String> value(String key) {
      return Optional.ofNullable(values.get(key));
    }

    public boolean authentic() {
      return authentic;
    }
  }

  /** The lock outcome of one wrong or right issue date. */
  public enum IssueDateCheck { LOCKED, WRONG, RIGHT }

  /** The resident-card lock: this many wrong issue dates lock a card. */
  public static final int WRONG_ISSUE_DATES_TO_LOCK = 5;

  /**
   * The most Request-Keys one app key holds. Beyond it the oldest is forgotten (it then answers
   * 4000122, as an expired key does), so a long run or a flood of ID-card scans cannot grow the
   * mock's heap without bound.
   */
  public static final int MAX_REQUEST_KEYS_PER_APP = 10_000;

  /** The most v2.1 tokens the mock remembers; past it, expired ones and then the soonest to expire go. */
  public static final int MAX_TOKENS = 10_000;

  /** Resident cards whose wrong issue dates are counted, per app key; past it the oldest is forgotten. */
  public static final int MAX_COUNTED_CARDS_PER_APP = 10_000;

  private final Config config;
  private final MockClock clock;
  private final SecureRandom random;
  private final Map<String, App> apps = new ConcurrentHashMap<>();
  private final Map<String, Recognition> fixtures = new ConcurrentHashMap<>();
  private final List<ActiveFault> faults = new ArrayList<>();
  private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
  private final Journal journal;

  public MockState(Config config, MockClock clock, SecureRandom random) {
    this.config = Objects.requireNonNull(config, "config == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.random = Objects.requireNonNull(random, "random == null");
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

  /** Back to a fresh state: new keys on next use, no fixtures, faults, tokens, journal or offset. */
  public void reset() {
    apps.clear();
    fixtures.clear();
    synchronized (faults) {
      faults.clear();
    }
    tokens.clear();
    journal.clear();
    clock.reset();
  }

  // --- credentials ---

  /** Whether the app key exists and the secret is its secret, compared in constant time. */
  public boolean validSecret(String appKey, String secret) {
    String expected = config.credentials().get(appKey);
    // Compare against something even for an unknown app key: the time taken does not tell which.
    byte[] a = (expected == null ? "\0unknown" : expected).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] b = secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return MessageDigest.isEqual(a, b) && expected != null;
  }

  public boolean knownAppKey(String appKey) {
    return config.credentials().containsKey(appKey);
  }

  public boolean validUserAccessKey(String id, String secret) {
    boolean idOk = MessageDigest.isEqual(bytes(config.userAccessKeyId()), bytes(id));
    boolean secretOk = MessageDigest.isEqual(bytes(config.secretAccessKey()), bytes(secret));
    return idOk & secretOk;
  }

  public String issueToken() {
    String token = randomHex(32);
    Instant now = clock.instant();
    synchronized (tokens) {
      if (tokens.size() >= MAX_TOKENS) {
        tokens.values().removeIf(expiry -> !now.isBefore(expiry));
      }
      if (tokens.size() >= MAX_TOKENS) {
        tokens.entrySet().stream().min(Map.Entry.comparingByValue())
            .ifPresent(soonest -> tokens.remove(soonest.getKey()));
      }
      tokens.put(token, now.plus(config.tokenTtl()));
    }
    return token;
  }

  /** How many v2.1 tokens the mock remembers now. */
  public int tokensHeld() {
    return tokens.size();
  }

  public boolean validToken(String token) {
    Instant expiry = tokens.get(token);
    return expiry != null && clock.instant().isBefore(expiry);
  }

  // --- keys ---

  public App app(String appKey) {
    return apps.computeIfAbsent(appKey, k -> new App());
  }

  // --- fixtures ---

  public void putFixture(KeyService service, String sha256Hex, Recognition recognition) {
    fixtures.put(service.wireName() + ":" + sha256Hex.toLowerCase(java.util.Locale.ROOT), recognition);
  }

  public Optional<Recognition> fixture(KeyService service, String sha256Hex) {
    return Optional.ofNullable(fixtures.get(service.wireName() + ":" + sha256Hex));
  }

  public void clearFixtures() {
    fixtures.clear();
  }

  // --- faults ---

  public void addFault(Fault fault) {
    synchronized (faults) {
      faults.add(new ActiveFault(fault));
    }
  }

  /** Takes one use of the first fault for this endpoint, if any. */
  public Optional<Fault> takeFault(String endpoint) {
    synchronized (faults) {
      for (Iterator<ActiveFault> it = faults.iterator(); it.hasNext(); ) {
        ActiveFault f = it.next();
        if (f.fault.endpoint().equals(endpoint)) {
          if (--f.remaining == 0) {
            it.remove();
          }
          return Optional.of(f.fault);
        }
      }
    }
    return Optional.empty();
  }

  private static final class ActiveFault {
    final Fault fault;
    int remaining;

    ActiveFault(Fault fault) {
      this.fault = fault;
      this.remaining = fault.times();
    }
  }

  String randomHex(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static byte[] bytes(String s) {
    return (s == null ? "" : s).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** One app key's state. Its methods lock the app, never the whole mock. */
  public final class App {
    private final Map<KeyService, KeyRing> rings = new EnumMap<>(KeyService.class);
    // Insertion order is issue order: expired keys and, past the cap, the oldest are at the head.
    private final Map<String, Scan> requestKeys = new LinkedHashMap<>();
    private final Map<String, Integer> wrongIssueDates = new LinkedHashMap<>();
    private long windowSecond = Long.MIN_VALUE;
    private int windowCount;

    /** The current key version and its key pair, made on first use. */
    public synchronized Map.Entry<String, KeyPair> currentKey(KeyService service) {
      KeyRing ring = ring(service);
      return Map.entry(ring.current, ring.versions.get(ring.current));
    }

    /** The private key of a version that exists and is not retired. */
    public synchronized Optional<PrivateKey> privateKey(KeyService service, String version) {
      KeyRing ring = ring(service);
      if (ring.retired.contains(version)) {
        return Optional.empty();
      }
      return Optional.ofNullable(ring.versions.get(version)).map(KeyPair::getPrivate);
    }

    /** Issues a new version, which becomes current; retires the previous one if asked. */
    public synchronized String rotate(KeyService service, boolean retirePrevious) {
      KeyRing ring = ring(service);
      String previous = ring.current;
      ring.add(newKeyPair());
      if (retirePrevious) {
        ring.retired.add(previous);
      }
      return ring.current;
    }

    /** Whether this call fits in the configured calls per second (always, when there is no limit). */
    public synchronized boolean admitCall() {
      if (config.rateLimitPerSecond() <= 0) {
        return true;
      }
      long second = clock.instant().getEpochSecond();
      if (second != windowSecond) {
        windowSecond = second;
        windowCount = 0;
      }
      return ++windowCount <= config.rateLimitPerSecond();
    }

    public synchronized String issueRequestKey(String idType, Map<String, String> values, boolean authentic) {
      String key = randomHex(16);
      Instant now = clock.instant();
      forgetExpiredAndOldestRequestKeys(now);
      requestKeys.put(key, new Scan(idType, values, authentic, now));
      return key;
    }

    /** How many Request-Keys this app key holds now (live, spent or not yet forgotten). */
    public synchronized int requestKeysHeld() {
      return requestKeys.size();
    }

    private void forgetExpiredAndOldestRequestKeys(Instant now) {
      Iterator<Scan> head = requestKeys.values().iterator();
      while (head.hasNext()) {
        Scan oldest = head.next();
        boolean expired = !now.isBefore(oldest.issued.plus(config.requestKeyTtl()));
        if (!expired && requestKeys.size() < MAX_REQUEST_KEYS_PER_APP) {
          return;
        }
        head.remove();
      }
    }

    /** The scan behind a Request-Key that is known, unspent and within its time-to-live. */
    public synchronized Optional<Scan> liveScan(String requestKey) {
      Scan scan = requestKeys.get(requestKey);
      if (scan == null || scan.spent || !clock.instant().isBefore(scan.issued.plus(config.requestKeyTtl()))) {
        return Optional.empty();
      }
      return Optional.of(scan);
    }

    public synchronized void spend(Scan scan) {
      scan.spent = true;
    }

    public synchronized boolean locked(String residentNumber) {
      return wrongIssueDates.getOrDefault(residentNumber, 0) >= WRONG_ISSUE_DATES_TO_LOCK;
    }

    /** Counts a wrong issue date for this card; LOCKED once it reaches the limit. */
    public synchronized IssueDateCheck wrongIssueDate(String residentNumber) {
      if (!wrongIssueDates.containsKey(residentNumber) && wrongIssueDates.size() >= MAX_COUNTED_CARDS_PER_APP) {
        Iterator<String> oldest = wrongIssueDates.keySet().iterator();
        oldest.next();
        oldest.remove();
      }
      int count = wrongIssueDates.merge(residentNumber, 1, Integer::sum);
      return count >= WRONG_ISSUE_DATES_TO_LOCK ? IssueDateCheck.LOCKED : IssueDateCheck.WRONG;
    }

    private KeyRing ring(KeyService service) {
      return rings.computeIfAbsent(service, s -> {
        KeyRing ring = new KeyRing();
        ring.add(newKeyPair());
        return ring;
      });
    }
  }

  private static final class KeyRing {
    final Map<String, KeyPair> versions = new LinkedHashMap<>();
    final Set<String> retired = new HashSet<>();
    String current;

    void add(KeyPair pair) {
      current = String.valueOf(versions.size());
      versions.put(current, pair);
    }
  }

  private KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048, random);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA key generation is not available", e);
    }
  }
}
