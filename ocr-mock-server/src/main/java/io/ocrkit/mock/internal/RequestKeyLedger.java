package io.ocrkit.mock.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * One app key's Request-Keys and the scans behind them. An authenticity call {@link #claim claims}
 * its key before it is judged, so of two concurrent calls with one key exactly one can succeed;
 * the claim is spent with a result, or released (the key usable again) when the call ends without
 * one. Capped: past {@link #MAX_REQUEST_KEYS} the oldest key is forgotten (it then answers 4000122,
 * as an expired key does). Thread-safe.
 */
public final class RequestKeyLedger {

  /** The most Request-Keys one app key holds. */
  public static final int MAX_REQUEST_KEYS = 10_000;

  /** A scan that answered a Request-Key: what it read, for the authenticity check. */
  public record Scan(String idType, Map<String, String> values, boolean authentic) {
    public Scan {
      values = Map.copyOf(values);
    }

    public Optional<String> value(String key) {
      return Optional.ofNullable(values.get(key));
    }

    /** Names the fields only: the values are what a card says about a person. */
    @Override
    public String toString() {
      return "Scan[idType=" + idType + ", fields=" + values.keySet() + ", authentic=" + authentic + "]";
    }
  }

  /** A claimed key; {@link #close()} releases it unless it was {@link #spend() spent}. */
  public final class Claim implements AutoCloseable {
    private final Entry entry;
    private boolean spent;

    private Claim(Entry entry) {
      this.entry = entry;
    }

    public Scan scan() {
      return entry.scan;
    }

    /** The call had its result: the key can never be used again. */
    public void spend() {
      synchronized (RequestKeyLedger.this) {
        entry.state = State.SPENT;
        spent = true;
      }
    }

    @Override
    public void close() {
      synchronized (RequestKeyLedger.this) {
        if (!spent) {
          entry.state = State.LIVE;
        }
      }
    }
  }

  private enum State { LIVE, CLAIMED, SPENT }

  private static final class Entry {
    final Scan scan;
    final Instant issued;
    State state = State.LIVE;

    Entry(Scan scan, Instant issued) {
      this.scan = scan;
      this.issued = issued;
    }
  }

  private final Clock clock;
  private final Duration ttl;
  private final IntFunction<byte[]> random;
  // Insertion order is issue order: expired keys and, past the cap, the oldest are at the head.
  private final Map<String, Entry> keys = new LinkedHashMap<>();

  /** {@code random} gives that many random bytes; the key is their hex. */
  public RequestKeyLedger(Clock clock, Duration ttl, IntFunction<byte[]> random) {
    this.clock = clock;
    this.ttl = ttl;
    this.random = random;
  }

  public synchronized String issue(Scan scan) {
    String key = HexFormat.of().formatHex(random.apply(16));
    Instant now = clock.instant();
    forgetExpiredAndOldest(now);
    keys.put(key, new Entry(scan, now));
    return key;
  }

  /** Claims a key that is known, live (not claimed, not spent) and within its time-to-live. */
  public synchronized Optional<Claim> claim(String requestKey) {
    Entry entry = keys.get(requestKey);
    if (entry == null || entry.state != State.LIVE || !clock.instant().isBefore(entry.issued.plus(ttl))) {
      return Optional.empty();
    }
    entry.state = State.CLAIMED;
    return Optional.of(new Claim(entry));
  }

  /** How many keys are held now (live, claimed, spent or not yet forgotten). */
  public synchronized int held() {
    return keys.size();
  }

  /**
   * The keys held now, oldest first: the first four hex digits only (enough to tell them apart on
   * a screen, too few to use one), the seconds left, and whether it is live, claimed or spent.
   */
  public synchronized java.util.List<Map<String, Object>> describe() {
    Instant now = clock.instant();
    java.util.List<Map<String, Object>> out = new java.util.ArrayList<>();
    keys.forEach((key, e) -> {
      long left = Math.max(0, Duration.between(now, e.issued.plus(ttl)).toSeconds());
      out.add(Map.of("id", key.substring(0, 4) + "…", "remainingSeconds", left,
          "state", left == 0 ? "expired" : e.state.name().toLowerCase(java.util.Locale.ROOT)));
    });
    return out;
  }

  public synchronized void clear() {
    keys.clear();
  }

  private void forgetExpiredAndOldest(Instant now) {
    Iterator<Entry> head = keys.values().iterator();
    while (head.hasNext()) {
      Entry oldest = head.next();
      boolean expired = !now.isBefore(oldest.issued.plus(ttl));
      if (!expired && keys.size() < MAX_REQUEST_KEYS) {
        return;
      }
      head.remove();
    }
  }
}
