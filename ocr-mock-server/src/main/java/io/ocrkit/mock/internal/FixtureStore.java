package io.ocrkit.mock.internal;

import io.ocrkit.core.protocol.KeyService;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What registered images "contain", per service and SHA-256 of the plaintext image. Recordings
 * loaded at start are a second layer under the registered fixtures: they belong to the server's
 * configuration, so {@link #clear()} (a reset, {@code clearFixtures}) keeps them, and a fixture
 * registered for the same image wins over them. Thread-safe.
 */
public final class FixtureStore {

  private final Map<String, MockState.Recognition> fixtures = new ConcurrentHashMap<>();
  private final Map<String, MockState.Recognition> loaded = new ConcurrentHashMap<>();

  public void put(KeyService service, String sha256Hex, MockState.Recognition recognition) {
    fixtures.put(key(service, sha256Hex), recognition);
  }

  /** A recording loaded at start: answered like a registered fixture, kept by {@link #clear()}. */
  public void load(KeyService service, String sha256Hex, MockState.Recognition recognition) {
    loaded.put(key(service, sha256Hex), recognition);
  }

  public Optional<MockState.Recognition> get(KeyService service, String sha256Hex) {
    String key = key(service, sha256Hex);
    MockState.Recognition registered = fixtures.get(key);
    return Optional.ofNullable(registered != null ? registered : loaded.get(key));
  }

  /** Registered fixtures and loaded recordings together. */
  public int size() {
    return fixtures.size() + loaded.size();
  }

  /** Forgets the registered fixtures; the loaded recordings stay. */
  public void clear() {
    fixtures.clear();
  }

  private static String key(KeyService service, String sha256Hex) {
    return service.wireName() + ":" + sha256Hex.toLowerCase(Locale.ROOT);
  }
}
