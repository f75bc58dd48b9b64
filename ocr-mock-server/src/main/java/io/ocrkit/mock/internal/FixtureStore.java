package io.ocrkit.mock.internal;

import io.ocrkit.core.protocol.KeyService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What registered images "contain", per service and SHA-256 of the plaintext image, and a
 * thumbnail of each fixture image the mock has seen (registered from its bytes, or scanned).
 * Only fixture images get one: the user registered them, whereas any other scan is someone's
 * personal data and leaves nothing of its pixels behind. At most {@link #MAX_THUMBNAILS}
 * thumbnails are kept, the oldest forgotten first. Recordings loaded at start are a second layer
 * under the registered fixtures: they belong to the server's configuration, so {@link #clear()}
 * (a reset, {@code clearFixtures}) keeps them, and a fixture registered for the same image wins
 * over them. Thread-safe.
 */
public final class FixtureStore {

  static final int MAX_THUMBNAILS = 64;
  /** How many fixtures the state lists (newest first); the count covers them all. */
  static final int LISTED = 100;

  private final Map<String, MockState.Recognition> fixtures = new ConcurrentHashMap<>();
  // Registration order, for the dashboard's list; the map above answers scans without this lock.
  private final LinkedHashSet<String> order = new LinkedHashSet<>();
  private final LinkedHashMap<String, byte[]> thumbnails = new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
      return size() > MAX_THUMBNAILS;
    }
  };
  private final Map<String, MockState.Recognition> loaded = new ConcurrentHashMap<>();

  public void put(KeyService service, String sha256Hex, MockState.Recognition recognition) {
    String key = key(service, sha256Hex);
    synchronized (this) {
      fixtures.put(key, recognition);
      order.remove(key);
      order.add(key);
    }
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

  /**
   * The mock holds the plaintext of a fixture image: keeps its thumbnail if it has none yet. Does
   * nothing for an image that is not a fixture's.
   */
  public void seen(KeyService service, String sha256Hex, byte[] image) {
    String key = key(service, sha256Hex);
    synchronized (this) {
      if (!fixtures.containsKey(key) || thumbnails.containsKey(key)) {
        return;
      }
    }
    Thumbnail.of(image).ifPresent(png -> {
      synchronized (this) {
        if (fixtures.containsKey(key)) {
          thumbnails.put(key, png);
        }
      }
    });
  }

  /** The thumbnail PNG of a fixture image seen, if one is kept. */
  public synchronized Optional<byte[]> thumbnail(KeyService service, String sha256Hex) {
    return Optional.ofNullable(thumbnails.get(key(service, sha256Hex))).map(byte[]::clone);
  }

  /** The newest fixtures, newest first: service, hash, what they answer, whether a thumbnail is kept. */
  public synchronized List<Map<String, Object>> describe() {
    List<String> keys = new ArrayList<>(order);
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = keys.size() - 1; i >= 0 && out.size() < LISTED; i--) {
      String key = keys.get(i);
      MockState.Recognition r = fixtures.get(key);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("service", key.substring(0, key.indexOf(':')));
      m.put("sha256", key.substring(key.indexOf(':') + 1));
      if (r.resultCode() != null) {
        m.put("resultCode", r.resultCode());
      }
      if (r.result() != null && r.result().get("idType") instanceof String idType) {
        m.put("idType", idType);
      }
      m.put("authentic", r.authentic());
      m.put("thumbnail", thumbnails.containsKey(key));
      out.add(m);
    }
    return out;
  }

  /** Registered fixtures and loaded recordings together. */
  public int size() {
    return fixtures.size() + loaded.size();
  }

  /** Forgets the registered fixtures and their thumbnails; the loaded recordings stay. */
  public synchronized void clear() {
    fixtures.clear();
    order.clear();
    thumbnails.clear();
  }

  private static String key(KeyService service, String sha256Hex) {
    return service.wireName() + ":" + sha256Hex.toLowerCase(Locale.ROOT);
  }
}
