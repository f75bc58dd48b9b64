package io.ocrkit.mock.internal;

import io.ocrkit.core.protocol.KeyService;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One app key's key versions per service: the current one, older ones that still open requests,
 * and retired ones that answer 4000301. Thread-safe; RSA pairs are taken from the source outside
 * the ring's lock, so a rotation does not stall the app's other calls.
 */
public final class KeyRing {

  /** A version and its pair. */
  public record Current(String version, KeyPair pair) {}

  private final KeyPairSource source;
  private final Map<KeyService, Versions> services = new EnumMap<>(KeyService.class);

  public KeyRing(KeyPairSource source) {
    this.source = source;
  }

  /** The current version, made on first use. */
  public Current current(KeyService service) {
    synchronized (this) {
      Versions v = services.get(service);
      if (v != null) {
        return v.current();
      }
    }
    KeyPair pair = source.take();
    String version = source.nextVersion();
    synchronized (this) {
      Versions v = services.get(service);
      if (v != null) {
        // Another call made the first key meanwhile: it stays, this pair goes back.
        source.recycle(List.of(pair));
        return v.current();
      }
      v = new Versions();
      v.add(version, pair);
      services.put(service, v);
      return v.current();
    }
  }

  /** The private key of a version that exists and is not retired. */
  public synchronized Optional<PrivateKey> privateKey(KeyService service, String version) {
    Versions v = services.get(service);
    if (v == null || v.retired.contains(version)) {
      return Optional.empty();
    }
    return Optional.ofNullable(v.pairs.get(version)).map(KeyPair::getPrivate);
  }

  /** Issues a new version, which becomes current; retires the previous one if asked. */
  public String rotate(KeyService service, boolean retirePrevious) {
    current(service);
    KeyPair pair = source.take();
    String version = source.nextVersion();
    synchronized (this) {
      // A reset may have cleared the ring while the pair was being made: the new version then
      // starts a fresh ring, so what this call answers is always served.
      Versions v = services.computeIfAbsent(service, s -> new Versions());
      String previous = v.current;
      v.add(version, pair);
      if (retirePrevious && previous != null) {
        v.retired.add(previous);
      }
      return version;
    }
  }

  /**
   * Forgets every version; returns their pairs, which the caller gives back to the source once no
   * client of this mock can hold their public keys (a reset must answer new keys).
   */
  public synchronized List<KeyPair> clear() {
    List<KeyPair> pairs = new ArrayList<>();
    services.values().forEach(v -> pairs.addAll(v.pairs.values()));
    services.clear();
    return pairs;
  }

  /** Per service with a key: its versions oldest first, the current one and the retired ones. */
  public synchronized Map<KeyService, Map<String, Object>> describe() {
    Map<KeyService, Map<String, Object>> out = new EnumMap<>(KeyService.class);
    services.forEach((service, v) -> out.put(service, Map.of("current", v.current,
        "versions", List.copyOf(v.pairs.keySet()), "retired", v.retired.stream().sorted().toList())));
    return out;
  }

  private static final class Versions {
    final Map<String, KeyPair> pairs = new LinkedHashMap<>();
    final Set<String> retired = new HashSet<>();
    String current;

    void add(String version, KeyPair pair) {
      pairs.put(version, pair);
      current = version;
    }

    Current current() {
      return new Current(current, pairs.get(current));
    }
  }
}
