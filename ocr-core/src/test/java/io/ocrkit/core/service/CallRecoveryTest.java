package io.ocrkit.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.port.out.Attempt;
import io.ocrkit.core.port.out.CallId;
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.core.port.out.WireAnswer;
import io.ocrkit.core.testing.FixedRandom;
import io.ocrkit.core.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The decision after an attempt, on its own: what the sync and the async paths both act on. */
class CallRecoveryTest {

  private final MutableClock clock = MutableClock.at("2026-11-25T12:00:00Z");
  private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1));

  private CallRecovery recovery(boolean repeatable) {
    Attempts budget = new Attempts(policy, Deadline.after(Duration.ofSeconds(30), clock::nanoTime),
        BackoffStrategy.fullJitter(policy, FixedRandom.highest()));
    return new CallRecovery("credit-card", Attempt.first(new CallId(7, "credit-card")), budget, repeatable);
  }

  private static WireAnswer<Wire.CreditCard> refused(int code) {
    return new WireAnswer<>(new Wire.Header(false, code, "refused"), null);
  }

  @Test
  void a_stale_key_earns_one_resend_at_once_under_a_fresh_key_and_counts_as_an_attempt() {
    CallRecovery recovery = recovery(true);

    CallRecovery.Resend resend = recovery.afterRefusal(refused(4000301), "1");

    assertThat(resend).isEqualTo(new CallRecovery.Resend(null, true));
    assertThat(recovery.attempt().number()).isEqualTo(2);
    assertThatThrownBy(() -> recovery.afterRefusal(refused(4000301), "2")).isInstanceOf(OcrServiceException.class);
  }

  @Test
  void renewed_credentials_earn_one_resend_and_unrenewed_ones_none() {
    CallRecovery recovery = recovery(true);

    assertThatThrownBy(() -> recovery.afterRefusal(refused(4010006), "1")).isInstanceOf(OcrServiceException.class);
    assertThat(recovery.afterRefusal(refused(4010006).withCredentialsRenewed(), "1"))
        .isEqualTo(new CallRecovery.Resend(null, false));
    assertThatThrownBy(() -> recovery.afterRefusal(refused(4010006).withCredentialsRenewed(), "1"))
        .isInstanceOf(OcrServiceException.class);
  }

  @Test
  void backing_off_spends_the_policy_and_then_gives_up_with_the_last_failure() {
    CallRecovery recovery = recovery(true);
    OcrTransportException fault = new OcrTransportException("reset", null);

    assertThat(recovery.afterFailure(fault, false).after()).isEqualTo(Duration.ofMillis(100));
    assertThat(recovery.afterFailure(fault, false).after()).isEqualTo(Duration.ofMillis(200));
    assertThatThrownBy(() -> recovery.afterFailure(fault, false)).isSameAs(fault);
    assertThat(recovery.attempt().number()).isEqualTo(3);
  }

  @Test
  void a_quota_is_waited_out_for_at_least_a_second() {
    assertThat(recovery(true).afterRefusal(refused(4000006), "1").after()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void a_one_shot_image_is_not_resent_but_a_refused_key_fetch_before_it_still_backs_off() {
    assertThatThrownBy(() -> recovery(false).afterRefusal(refused(5000503), "1"))
        .isInstanceOf(OcrServiceException.class);
    OcrServiceException keyRefused = new OcrServiceException("public-keys/credit-card", 5000503, "later");
    assertThat(recovery(false).afterFailure(keyRefused, true).after()).isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void what_is_neither_a_fault_nor_a_retryable_refusal_is_final() {
    IllegalArgumentException unreadable = new IllegalArgumentException("cannot read 'image'");

    assertThatThrownBy(() -> recovery(true).afterFailure(unreadable, false)).isSameAs(unreadable);
    assertThatThrownBy(() -> recovery(true).afterRefusal(refused(4000102), "1"))
        .isInstanceOf(OcrServiceException.class).hasMessageContaining("4000102");
  }
}
