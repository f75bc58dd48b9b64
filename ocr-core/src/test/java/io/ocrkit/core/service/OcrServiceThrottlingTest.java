package io.ocrkit.core.service;

import static io.ocrkit.core.testing.FakeTransport.refused;
import static io.ocrkit.core.testing.FakeTransport.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrException;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.testing.FixedRandom;
import io.ocrkit.core.testing.Images;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** 4000006 is a quota, not a blip: retried within the budget, never sooner than a second. */
class OcrServiceThrottlingTest {

  private final ServiceFixture f = new ServiceFixture();

  @Test
  void a_call_limit_is_retried_no_sooner_than_a_second_whatever_the_backoff_draws() {
    f.random = FixedRandom.picking(bound -> 0L);
    f.transport.onCreditCard(refused(4000006), refused(4000006), success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void a_retry_after_shorter_than_a_second_is_raised_to_the_floor() {
    f.transport.onCreditCard(refused(4000006, Duration.ofMillis(40)), success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.sleeps).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void a_key_fetch_over_the_limit_waits_the_floor_too() {
    f.random = FixedRandom.picking(bound -> 0L);
    f.transport.failNextKeyFetch(4000006).onCreditCard(success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.sleeps).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void a_call_limit_with_less_than_a_second_left_is_thrown_as_throttling_without_waiting() {
    f.options = f.options.withCallTimeout(Duration.ofMillis(900));
    f.transport.onCreditCard(refused(4000006), success(ServiceFixture::card));

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> {
          assertThat(e.resultCode()).isEqualTo(4000006);
          assertThat(e.isThrottling()).isTrue();
          assertThat(e.retryable()).isTrue();
        });
    assertThat(f.sleeps).isEmpty();
  }

  @Test
  void a_call_limit_on_every_attempt_is_throttling_once_the_budget_is_spent() {
    f.options = f.options.withRetry(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(20)));
    f.transport.onCreditCard(refused(4000006), refused(4000006));

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOfSatisfying(OcrException.class, e -> assertThat(e.isThrottling()).isTrue());
    assertThat(f.transport.calls()).hasSize(2);
  }

  @Test
  void temporarily_unavailable_is_retried_as_before_and_is_not_throttling() {
    f.random = FixedRandom.picking(bound -> 0L);
    f.transport.onCreditCard(refused(5000503), success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.sleeps).containsExactly(Duration.ZERO);
    assertThat(new OcrServiceException("credit-card", 5000503, "").isThrottling()).isFalse();
    assertThat(new OcrServiceException("credit-card", 4010001, "").isThrottling()).isFalse();
  }
}
