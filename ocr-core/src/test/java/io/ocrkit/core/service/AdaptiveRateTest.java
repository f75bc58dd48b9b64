package io.ocrkit.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ocrkit.core.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdaptiveRateTest {

  private final MutableClock clock = MutableClock.at("2026-11-25T12:00:00Z");

  @Test
  void requests_are_spaced_one_slot_apart_at_the_configured_rate() {
    AdaptiveRate rate = new AdaptiveRate(10, clock::nanoTime);

    assertThat(rate.reserve()).isZero();
    assertThat(rate.reserve()).isEqualTo(Duration.ofMillis(100));
    assertThat(rate.reserve()).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void a_slot_in_the_past_is_not_saved_up_for_a_burst() {
    AdaptiveRate rate = new AdaptiveRate(10, clock::nanoTime);
    rate.reserve();
    clock.advance(Duration.ofSeconds(5));

    assertThat(rate.reserve()).isZero();
    assertThat(rate.reserve()).isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void a_throttle_cuts_the_rate_to_seventy_percent() {
    AdaptiveRate rate = new AdaptiveRate(10, clock::nanoTime);

    rate.throttled();
    assertThat(rate.rate()).isCloseTo(7.0, within(1e-9));
    rate.throttled();
    assertThat(rate.rate()).isCloseTo(4.9, within(1e-9));
  }

  @Test
  void the_rate_never_falls_below_half_a_request_per_second() {
    AdaptiveRate rate = new AdaptiveRate(1, clock::nanoTime);
    for (int i = 0; i < 20; i++) {
      rate.throttled();
    }

    assertThat(rate.rate()).isEqualTo(AdaptiveRate.MIN_RATE);
    rate.reserve();
    assertThat(rate.reserve()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void after_a_throttle_the_rate_recovers_gradually_along_the_cubic_curve_up_to_the_limit() {
    AdaptiveRate rate = new AdaptiveRate(10, clock::nanoTime);
    rate.throttled();
    double k = Math.cbrt(10 * (1 - AdaptiveRate.BETA) / AdaptiveRate.SCALE); // about 1.96 s

    clock.advance(Duration.ofMillis(500));
    rate.answered();
    double early = rate.rate();
    clock.advance(Duration.ofMillis(1000));
    rate.answered();
    double later = rate.rate();

    assertThat(early).isGreaterThan(7.0).isLessThan(later);
    assertThat(later).isLessThan(10.0);
    assertThat(later).isCloseTo(AdaptiveRate.SCALE * Math.pow(1.5 - k, 3) + 10, within(1e-9));
    clock.advance(Duration.ofSeconds(5));
    rate.answered();
    assertThat(rate.rate()).isEqualTo(10.0);
  }

  @Test
  void answers_before_any_throttle_keep_the_configured_rate() {
    AdaptiveRate rate = new AdaptiveRate(10, clock::nanoTime);
    clock.advance(Duration.ofSeconds(3));
    rate.answered();

    assertThat(rate.rate()).isEqualTo(10.0);
  }

  @Test
  void slots_after_a_throttle_are_spaced_at_the_slower_rate() {
    AdaptiveRate rate = new AdaptiveRate(2, clock::nanoTime);
    rate.reserve();
    clock.advance(Duration.ofSeconds(1));
    rate.throttled(); // 1.4 per second

    assertThat(rate.reserve()).isZero();
    assertThat(rate.reserve().toMillis()).isEqualTo(714);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
  void a_rate_that_is_not_a_positive_number_is_refused_naming_the_builder_argument(double bad) {
    assertThatThrownBy(() -> new AdaptiveRate(bad, clock::nanoTime)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'rateLimit'");
  }
}
