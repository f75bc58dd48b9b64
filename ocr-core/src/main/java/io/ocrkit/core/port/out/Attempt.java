package io.ocrkit.core.port.out;

import java.util.Objects;

/**
 * Which call an exchange belongs to, and which of its attempts (1, 2, ...): each resend counts,
 * a re-seal under a fresh key and a resend with renewed credentials included. The key fetch and
 * token request an attempt needs carry its number.
 *
 * @param call the call
 * @param number 1 for the first attempt, then one more for each resend
 */
public record Attempt(CallId call, int number) {

  /**
   * Checks the parts.
   *
   * @param call the call
   * @param number the attempt's number
   * @throws IllegalArgumentException if {@code number} is below 1
   */
  public Attempt {
    Objects.requireNonNull(call, "call == null");
    if (number < 1) {
      throw new IllegalArgumentException("'number' must be at least 1, was " + number);
    }
  }

  /**
   * The first attempt of a call.
   *
   * @param call the call
   * @return attempt 1 of {@code call}
   */
  public static Attempt first(CallId call) {
    return new Attempt(call, 1);
  }

  /** {@return the attempt after this one, of the same call} */
  public Attempt next() {
    return new Attempt(call, number + 1);
  }
}
