package io.ocrkit.mock;

import java.util.Objects;
import java.util.Set;

/**
 * A fault the mock injects into the next {@code times} calls of one endpoint: either a result
 * code in a normal protocol header, or a {@link FaultKind} that breaks the answer itself.
 *
 * @param endpoint {@code credit-card}, {@code id-card}, {@code id-card/stand-alone},
 *     {@code id-card/authenticity} or {@code public-keys}
 * @param resultCode the code to answer, or null when {@code kind} is set
 * @param kind the breakage, or null when {@code resultCode} is set
 * @param delayMs for {@link FaultKind#DELAY}
 */
public record Fault(String endpoint, int times, Integer resultCode, FaultKind kind, long delayMs) {

  /** The endpoints a fault can target. */
  public static final Set<String> ENDPOINTS =
      Set.of("credit-card", "id-card", "id-card/stand-alone", "id-card/authenticity", "public-keys");

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
  }

  /** The next {@code times} calls answer {@code resultCode}. */
  public static Fault resultCode(String endpoint, int times, int resultCode) {
    return new Fault(endpoint, times, resultCode, null, 0);
  }

  /** The next {@code times} calls break as {@code kind} says (not {@link FaultKind#DELAY}). */
  public static Fault of(String endpoint, int times, FaultKind kind) {
    return new Fault(endpoint, times, null, kind, 0);
  }

  /** The next {@code times} calls wait {@code delayMs} first. */
  public static Fault delay(String endpoint, int times, long delayMs) {
    return new Fault(endpoint, times, null, FaultKind.DELAY, delayMs);
  }
}
