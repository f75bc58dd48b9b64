package io.ocrkit.core.protocol;

import java.time.Duration;

/**
 * What can make a refused call succeed: one decision per result code, read from
 * {@link ResultCode#recovery()}. The SDK acts on it; a caller reads it as
 * {@link ResultCode#retryable()}.
 */
public enum Recovery {

  /** Nothing: the same call would be refused again. */
  FAIL,

  /** Time: wait (full-jitter backoff, or the {@code Retry-After} asked for) and send again, within the retry policy. */
  BACK_OFF_AND_RETRY,

  /**
   * A quota ({@code 4000006}): back off as {@link #BACK_OFF_AND_RETRY} does, within the retry
   * policy, but never sooner than {@link #minimumWait()}. Every scan is billed, and a quota is not
   * a blip that a quick resend gets past; the caller sees it as {@code isThrottling()}.
   */
  WAIT_OUT_QUOTA(Duration.ofSeconds(1)),

  /**
   * A fresh public key: the request was sealed under a version the service no longer honours;
   * fetch the key again and send once more under a new envelope, without spending a retry.
   */
  RESEAL_UNDER_FRESH_KEY,

  /**
   * Renewed credentials: once the transport has replaced the refused token (it says so on the
   * answer), send once more, sealed anew, without spending a retry. A secret key that was refused
   * is not renewed, so it fails.
   */
  RESEND_WITH_RENEWED_CREDENTIALS;

  private final Duration minimumWait;

  Recovery() {
    this(Duration.ZERO);
  }

  Recovery(Duration minimumWait) {
    this.minimumWait = minimumWait;
  }

  /**
   * The shortest wait before the call is sent again: a floor under backoff and {@code Retry-After}.
   *
   * @return {@link Duration#ZERO} but for {@link #WAIT_OUT_QUOTA}
   */
  public Duration minimumWait() {
    return minimumWait;
  }

  /**
   * Whether this recovery waits and sends again, spending the retry policy.
   *
   * @return {@code true} for {@link #BACK_OFF_AND_RETRY} and {@link #WAIT_OUT_QUOTA}
   */
  public boolean backsOff() {
    return this == BACK_OFF_AND_RETRY || this == WAIT_OUT_QUOTA;
  }

  /**
   * The recovery of {@code resultCode}; a code this SDK does not know is not guessed at.
   *
   * @param resultCode the service's result code
   * @return its recovery, or {@link #FAIL} for an unknown code
   */
  public static Recovery of(int resultCode) {
    return ResultCode.of(resultCode).map(ResultCode::recovery).orElse(FAIL);
  }
}
