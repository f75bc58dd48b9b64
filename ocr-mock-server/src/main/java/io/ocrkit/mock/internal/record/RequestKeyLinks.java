package io.ocrkit.mock.internal.record;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The mock's Request-Keys mapped to the upstream's, with the image each came from. Capped as the
 * mock's own ledger is: the oldest link goes first (its key then answers 4000122). Thread-safe.
 */
final class RequestKeyLinks {

  static final int MAX_LINKS = 10_000;

  /** The upstream's key for one scan. */
  record Link(String upstreamRequestKey, String sha256) {
    @Override
    public String toString() {
      return "Link[sha256=" + sha256 + "]";
    }
  }

  private final Map<String, Link> links = new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Link> eldest) {
      return size() > MAX_LINKS;
    }
  };

  synchronized void put(String mockRequestKey, Link link) {
    links.put(mockRequestKey, link);
  }

  synchronized Optional<Link> get(String mockRequestKey) {
    return Optional.ofNullable(links.get(mockRequestKey));
  }

  /** A check succeeded: the service never accepts the key again, so neither is it kept here. */
  synchronized void spent(String mockRequestKey) {
    links.remove(mockRequestKey);
  }
}
