package io.ocrkit.core.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@code Request-Key} an ID-card scan answers, needed for one authenticity check.
 *
 * <p>It is valid for {@link #DEFAULT_TTL one hour} after issue and is spent by the first successful
 * authenticity answer. The key knows both, so the SDK can refuse a doomed call before sending it.
 * Thread-safe: a check claims the key before sending it, so two threads holding the same key never
 * both send it. Masked in {@code toString}: it authorises a query about a person.
 */
public final class RequestKey extends SensitiveValue {

  /** How long the service honours a Request-Key after issuing it. */
  public static final Duration DEFAULT_TTL = Duration.ofHours(1);

  private final Instant issuedAt;
  private final Duration ttl;
  private final AtomicReference<Use> use = new AtomicReference<>(Use.FREE);

  private enum Use { FREE, CLAIMED, SPENT }

  private RequestKey(String value, Instant issuedAt, Duration ttl) {
    super(value, "requestKey");
    if (value.isBlank()) {
      throw new IllegalArgumentException("'requestKey' must not be blank");
    }
    this.issuedAt = issuedAt;
    this.ttl = Objects.requireNonNull(ttl, "ttl == null");
  }

  /**
   * A key just answered by the service, issued at {@code issuedAt}.
   *
   * @param value the key as the service sent it, not blank
   * @param issuedAt when the answer carrying it arrived
   * @param ttl how long the service honours it, usually {@link #DEFAULT_TTL}
   * @return a free key
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static RequestKey issued(String value, Instant issuedAt, Duration ttl) {
    return new RequestKey(value, Objects.requireNonNull(issuedAt, "issuedAt == null"), ttl);
  }

  /**
   * A key whose issue time is unknown (typed in by a person): only the service can judge it.
   *
   * @param value the key, not blank
   * @return a free key that never counts as expired here
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static RequestKey of(String value) {
    return new RequestKey(value, null, DEFAULT_TTL);
  }

  /**
   * When it was issued, if known.
   *
   * @return the issue instant, or empty for {@link #of(String)}
   */
  public Optional<Instant> issuedAt() {
    return Optional.ofNullable(issuedAt);
  }

  /**
   * When it stops being honoured, if its issue time is known.
   *
   * @return the expiry instant, or empty for {@link #of(String)}
   */
  public Optional<Instant> expiresAt() {
    return issuedAt().map(t -> t.plus(ttl));
  }

  /**
   * True once the time-to-live has passed by {@code clock}; false when the issue time is unknown.
   *
   * @param clock the clock to judge by, usually the client's
   * @return whether the key is past its time-to-live
   */
  public boolean isExpired(Clock clock) {
    return expiresAt().map(end -> !clock.instant().isBefore(end)).orElse(false);
  }

  /**
   * True once an authenticity check with this key has succeeded.
   *
   * @return whether it can no longer be used
   */
  public boolean isSpent() {
    return use.get() == Use.SPENT;
  }

  /**
   * Reserves the key for one check about to be sent; false if another check holds it or it is
   * spent. Called by the SDK before sending, followed by {@link #markSpent} or {@link #releaseClaim}.
   *
   * @return {@code true} if this caller now holds the claim
   */
  public boolean tryClaim() {
    return use.compareAndSet(Use.FREE, Use.CLAIMED);
  }

  /** Gives up a claim: the check ended without an answer that spends the key. */
  public void releaseClaim() {
    use.compareAndSet(Use.CLAIMED, Use.FREE);
  }

  /**
   * Marks the key spent, claimed or not; returns false if it already was. Called by the SDK after a success.
   *
   * @return {@code true} if this call spent it
   */
  public boolean markSpent() {
    return use.getAndSet(Use.SPENT) != Use.SPENT;
  }

  @Override
  public String masked() {
    String v = reveal();
    return v.length() <= 8 ? "****" : v.substring(0, 4) + "…" + "(" + v.length() + ")";
  }
}
