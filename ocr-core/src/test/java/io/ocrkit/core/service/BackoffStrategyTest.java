package io.ocrkit.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.testing.FixedRandom;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffStrategyTest {

  private final RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(100), Duration.ofMillis(500));

  @Test
  void full_jitter_draws_from_zero_to_the_doubling_ceiling_capped_by_the_policy() {
    FixedRandom random = FixedRandom.highest();
    BackoffStrategy backoff = BackoffStrategy.fullJitter(policy, random);

    assertThat(IntStream.rangeClosed(1, 5).mapToObj(backoff::delayAfter)).containsExactly(
        Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(500),
        Duration.ofMillis(500));
    assertThat(random.bounds()).containsExactly(101L, 201L, 401L, 501L, 501L);
  }

  @Test
  void the_wait_is_what_the_random_source_picks() {
    BackoffStrategy lowest = BackoffStrategy.fullJitter(policy, FixedRandom.lowest());
    BackoffStrategy half = BackoffStrategy.fullJitter(policy, FixedRandom.picking(bound -> bound / 2));

    assertThat(lowest.delayAfter(3)).isZero();
    assertThat(half.delayAfter(3)).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void a_policy_without_delay_draws_nothing() {
    FixedRandom random = FixedRandom.highest();

    assertThat(BackoffStrategy.fullJitter(RetryPolicy.none(), random).delayAfter(1)).isZero();
    assertThat(random.bounds()).isEmpty();
  }

  @Test
  void seeded_draws_stay_within_the_ceiling_and_use_the_whole_range() {
    BackoffStrategy backoff = BackoffStrategy.fullJitter(policy, new SplittableRandom(20261125L));

    var waits = IntStream.range(0, 2_000).mapToObj(i -> backoff.delayAfter(2).toMillis()).toList();

    assertThat(waits).allSatisfy(w -> assertThat(w).isBetween(0L, 200L));
    assertThat(waits).contains(0L, 200L);
  }
}
