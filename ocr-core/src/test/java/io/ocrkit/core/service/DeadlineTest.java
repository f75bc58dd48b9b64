package io.ocrkit.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.testing.MutableClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  private final MutableClock clock = MutableClock.at("2026-11-25T12:00:00Z");

  @Test
  void the_remaining_time_shrinks_with_the_ticker_and_expires_exactly_at_the_budget() {
    Deadline deadline = Deadline.after(Duration.ofSeconds(5), clock::nanoTime);

    clock.advance(Duration.ofSeconds(2));
    assertThat(deadline.remaining()).isEqualTo(Duration.ofSeconds(3));
    assertThat(deadline.expired()).isFalse();
    clock.advance(Duration.ofSeconds(3).minusNanos(1));
    assertThat(deadline.expired()).isFalse();
    clock.advance(Duration.ofNanos(1));
    assertThat(deadline.expired()).isTrue();
  }

  @Test
  void an_expired_deadline_still_leaves_a_millisecond_for_a_last_attempt_to_fail_fast() {
    Deadline deadline = Deadline.after(Duration.ofMillis(10), clock::nanoTime);
    clock.advance(Duration.ofSeconds(1));

    assertThat(deadline.remaining()).isEqualTo(Duration.ofMillis(1));
  }

  @Test
  void a_wait_is_allowed_only_if_time_is_left_after_it() {
    Deadline deadline = Deadline.after(Duration.ofSeconds(5), clock::nanoTime);
    clock.advance(Duration.ofSeconds(1));

    assertThat(deadline.leavesTimeAfter(Duration.ofSeconds(4).minusNanos(1))).isTrue();
    assertThat(deadline.leavesTimeAfter(Duration.ofSeconds(4))).isFalse();
    assertThat(deadline.leavesTimeAfter(Duration.ofDays(365 * 1000))).isFalse();
  }

  @Test
  void a_ticker_that_wraps_around_does_not_end_the_deadline_early() {
    AtomicLong ticker = new AtomicLong(Long.MAX_VALUE - 1_000);
    Deadline deadline = Deadline.after(Duration.ofSeconds(1), ticker::get);

    ticker.addAndGet(2_000); // past Long.MAX_VALUE: negative now, as System.nanoTime may be

    assertThat(deadline.expired()).isFalse();
    assertThat(deadline.remaining()).isEqualTo(Duration.ofSeconds(1).minusNanos(2_000));
  }

  @Test
  void a_budget_too_long_for_nanoseconds_never_expires() {
    Deadline deadline = Deadline.after(Duration.ofSeconds(Long.MAX_VALUE), clock::nanoTime);
    clock.advance(Duration.ofDays(365));

    assertThat(deadline.expired()).isFalse();
  }
}
