package io.ocrkit.mock.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The v2.1 bearer tokens the mock issued, with their expiry on the mock's clock. Capped at
 * {@link #MAX_TOKENS}: past it, expired ones and then the soonest to expire go. Thread-safe.
 */
public final class TokenStore {

  public static final int MAX_TOKENS = 10_000;

  private final Clock clock;
  private final Duration ttl;
  private final IntFunction<byte[]> random;
  private final Map<String, Instant> expiries = new HashMap<>();

  public TokenStore(Clock clock, Duration ttl, IntFunction<byte[]> random) {
    this.clock = clock;
    this.ttl = ttl;
    this.random = random;
  }

  public Duration ttl() {
    return ttl;
  }

  public synchronized String issue() {
    String token = HexFormat.of().formatHex(random.apply(32));
    Instant now = clock.instant();
    if (expiries.size() >= MAX_TOKENS) {
      expiries.values().removeIf(expiry -> !now.isBefore(expiry));
    }
    if (expiries.size() >= MAX_TOKENS) {
      expiries.entrySet().stream().min(Map.Entry.comparingByValue())
          .ifPresent(soonest -> expiries.remove(soonest.getKey()));
    }
    expiries.put(token, now.plus(ttl));
    return token;
  }

  public synchronized boolean valid(String token) {
    Instant expiry = expiries.get(token);
    return expiry != null && clock.instant().isBefore(expiry);
  }

  public synchronized int held() {
    return expiries.size();
  }

  /** This token stops working; false when it was unknown (or had expired and been forgotten). */
  public synchronized boolean revoke(String token) {
    return expiries.remove(token) != null;
  }

  /** Every token stops working at once, as when the service revokes them. */
  public synchronized void clear() {
    expiries.clear();
  }
}
