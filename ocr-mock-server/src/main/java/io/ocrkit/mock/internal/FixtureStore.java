package io.ocrkit.mock.internal;

import io.ocrkit.core.protocol.KeyService;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** What registered images "contain", per service and SHA-256 of the plaintext image. Thread-safe. */
public final class FixtureStore {

  private final Map<String, MockState.Recognition> fixtures = new ConcurrentHashMap<>();

  public void put(KeyService service, String sha256Hex, MockState.Recognition recognition) {
    fixtures.put(key(service, sha256Hex), recognition);
  }

  public Optional<MockState.Recognition> get(KeyService service, String sha256Hex) {
    return Optional.ofNullable(fixtures.get(key(service, sha256Hex)));
  }

  public int size() {
    return fixtures.size();
  }

  public void clear() {
    fixtures.clear();
  }

  private static String key(KeyService service, String sha256Hex) {
    return service.wireName() + ":" + sha256Hex.toLowerCase(Locale.ROOT);
  }
}
