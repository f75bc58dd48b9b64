package io.ocrkit.mock;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A fault the mock injects into the next {@code times} calls of one endpoint: either a result
 * code in a normal protocol header, or a {@link FaultKind} that breaks the answer itself. It
 * applies itself through a {@link FaultInjector}.
 *
 * @param endpoint {@code credit-card}, {@code id-card}, {@code id-card/stand-alone},
 *     {@code id-card/authenticity}, {@code public-keys}, or {@code token} (the v2.1 token endpoint)
 * @param times how many calls in a row it breaks, at least 1
 * @param resultCode the code to answer, or null when {@code kind} is set
 * @param kind the breakage, or null when {@code resultCode} is set
 * @param delayMs for {@link FaultKind#DELAY}
 * @param retryAfterSeconds a {@code Retry-After} header, for a result code or a gateway page; null for none
 * @param gatewayStatus the HTTP status of {@link FaultKind#HTTP_502_HTML}: 502, 503 or 504
 */
public record Fault(String endpoint, int times, Integer resultCode, FaultKind kind, long delayMs,
    Integer retryAfterSeconds, int gatewayStatus) {

  /** The endpoints a fault can target. */
  public static final Set<String> ENDPOINTS =
      Set.of("credit-card", "id-card", "id-card/stand-alone", "id-card/authenticity", "public-keys", "token");

  /** The statuses a gateway page can have. */
  public static final Set<Integer> GATEWAY_STATUSES = Set.of(502, 503, 504);

  /**
   * Checks that the components make one coherent fault.
   *
   * @param endpoint {@code credit-card}, {@code id-card}, {@code id-card/stand-alone},
   *     {@code id-card/authenticity}, {@code public-keys}, or {@code token} (the v2.1 token endpoint)
   * @param times how many calls in a row it breaks, at least 1
   * @param resultCode the code to answer, or null when {@code kind} is set
   * @param kind the breakage, or null when {@code resultCode} is set
   * @param delayMs for {@link FaultKind#DELAY}
   * @param retryAfterSeconds a {@code Retry-After} header, for a result code or a gateway page; null for none
   * @param gatewayStatus the HTTP status of {@link FaultKind#HTTP_502_HTML}: 502, 503 or 504
   * @throws NullPointerException if {@code endpoint} is null
   * @throws IllegalArgumentException if the endpoint is unknown, {@code times} is below 1, not exactly
   *     one of {@code resultCode} and {@code kind} is given, a delay or {@code Retry-After} is
   *     negative or goes with the wrong kind, or the gateway status is not 502, 503 or 504
   */
  public Fault {
    Objects.requireNonNull(endpoint, "endpoint == null");
    if (!ENDPOINTS.contains(endpoint)) {
      throw new IllegalArgumentException("'endpoint' must be one of " + ENDPOINTS);
    }
    if (times < 1) {
      throw new IllegalArgumentException("'times' must be at least 1");
    }
    if ((resultCode == null) == (kind == null)) {
      throw new IllegalArgumentException("exactly one of 'resultCode' and 'kind' must be given");
    }
    if (kind == FaultKind.DELAY && delayMs <= 0) {
      throw new IllegalArgumentException("'delayMs' must be positive for DELAY");
    }
    if (delayMs < 0) {
      throw new IllegalArgumentException("'delayMs' must not be negative");
    }
    if (retryAfterSeconds != null && retryAfterSeconds < 0) {
      throw new IllegalArgumentException("'retryAfterSeconds' must not be negative");
    }
    if (retryAfterSeconds != null && resultCode == null && kind != FaultKind.HTTP_502_HTML) {
      throw new IllegalArgumentException("'retryAfterSeconds' goes with a result code or HTTP_502_HTML");
    }
    if (!GATEWAY_STATUSES.contains(gatewayStatus)) {
      throw new IllegalArgumentException("'gatewayStatus' must be 502, 503 or 504");
    }
    if (gatewayStatus != 502 && kind != FaultKind.HTTP_502_HTML) {
      throw new IllegalArgumentException("'gatewayStatus' goes with HTTP_502_HTML");
    }
  }

  /**
   * As the canonical constructor, without a {@code Retry-After} header, a gateway page being 502.
   *
   * @param endpoint {@code credit-card}, {@code id-card}, {@code id-card/stand-alone},
   *     {@code id-card/authenticity}, {@code public-keys}, or {@code token} (the v2.1 token endpoint)
   * @param times how many calls in a row it breaks, at least 1
   * @param resultCode the code to answer, or null when {@code kind} is set
   * @param kind the breakage, or null when {@code resultCode} is set
   * @param delayMs for {@link FaultKind#DELAY}
   * @throws IllegalArgumentException as the canonical constructor
   */
  public Fault(String endpoint, int times, Integer resultCode, FaultKind kind, long delayMs) {
    this(endpoint, times, resultCode, kind, delayMs, null, 502);
  }

  /**
   * The next {@code times} calls answer {@code resultCode}.
   *
   * @param endpoint one of {@link #ENDPOINTS}
   * @param times at least 1
   * @param resultCode e.g. {@code 5000503}
   * @return the fault
   * @throws IllegalArgumentException if the endpoint is unknown or {@code times} is below 1
   */
  public static Fault resultCode(String endpoint, int times, int resultCode) {
    return new Fault(endpoint, times, resultCode, null, 0);
  }

  /**
   * The next {@code times} calls break as {@code kind} says (not {@link FaultKind#DELAY}).
   *
   * @param endpoint one of {@link #ENDPOINTS}
   * @param times at least 1
   * @param kind how to break the answer
   * @return the fault
   * @throws IllegalArgumentException if the endpoint is unknown, {@code times} is below 1 or
   *     {@code kind} is {@link FaultKind#DELAY} (use {@link #delay})
   */
  public static Fault of(String endpoint, int times, FaultKind kind) {
    return new Fault(endpoint, times, null, kind, 0);
  }

  /**
   * The next {@code times} calls wait {@code delayMs} first.
   *
   * @param endpoint one of {@link #ENDPOINTS}
   * @param times at least 1
   * @param delayMs positive, in milliseconds, on the wall clock (not the mock's clock)
   * @return the fault
   * @throws IllegalArgumentException if the endpoint is unknown, {@code times} is below 1 or the delay
   *     is not positive
   */
  public static Fault delay(String endpoint, int times, long delayMs) {
    return new Fault(endpoint, times, null, FaultKind.DELAY, delayMs);
  }

  /**
   * The next {@code times} calls answer a gateway's HTML page with {@code status} (502, 503, 504).
   *
   * @param endpoint one of {@link #ENDPOINTS}
   * @param times at least 1
   * @param status 502, 503 or 504
   * @return the fault
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static Fault gatewayPage(String endpoint, int times, int status) {
    return new Fault(endpoint, times, null, FaultKind.HTTP_502_HTML, 0, null, status);
  }

  /**
   * This fault with a {@code Retry-After: seconds} header on its answer.
   *
   * @param retryAfter whole seconds are sent; not negative
   * @return a new fault
   * @throws NullPointerException if {@code retryAfter} is null
   * @throws IllegalArgumentException if the fault is neither a result code nor a gateway page
   */
  public Fault withRetryAfter(Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter == null");
    return new Fault(endpoint, times, resultCode, kind, delayMs, Math.toIntExact(retryAfter.toSeconds()), gatewayStatus);
  }

  /**
   * This gateway-page fault with another HTTP status.
   *
   * @param status 502, 503 or 504
   * @return a new fault
   * @throws IllegalArgumentException if the status is not 502, 503 or 504, or is not 502 on a fault
   *     that is no gateway page
   */
  public Fault withGatewayStatus(int status) {
    return new Fault(endpoint, times, resultCode, kind, delayMs, retryAfterSeconds, status);
  }

  /**
   * Breaks one answer as this fault says.
   *
   * @param injector the faulted request's injector
   */
  public void apply(FaultInjector injector) {
    Optional<Duration> retryAfter = Optional.ofNullable(retryAfterSeconds).map(Duration::ofSeconds);
    if (resultCode != null) {
      injector.resultCode(resultCode, retryAfter);
      return;
    }
    switch (kind) {
      case DELAY -> injector.delay(Duration.ofMillis(delayMs));
      case CONNECTION_RESET -> injector.resetConnection();
      case EMPTY_RESPONSE -> injector.emptyResponse();
      case MALFORMED_JSON -> injector.malformedJson();
      case HTTP_502_HTML -> injector.gatewayPage(gatewayStatus, retryAfter);
    }
  }
}
