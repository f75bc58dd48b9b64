package io.ocrkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestKeyTest {

  private final MutableClock clock = MutableClock.at("2026-11-25T12:00:00Z");

  @Test
  void a_key_is_honoured_for_one_hour_by_default() {
    assertThat(RequestKey.DEFAULT_TTL).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void an_issued_key_expires_exactly_when_its_time_to_live_has_passed() {
    RequestKey key = RequestKey.issued("rk-0123456789", clock.instant(), RequestKey.DEFAULT_TTL);

    clock.advance(Duration.ofMinutes(59).plusSeconds(59));
    assertThat(key.isExpired(clock)).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(key.isExpired(clock)).isTrue();
    assertThat(key.expiresAt()).hasValue(Instant.parse("2026-11-25T13:00:00Z"));
  }

  @Test
  void a_key_without_an_issue_time_never_counts_as_expired() {
    RequestKey key = RequestKey.of("rk-0123456789");
    clock.advance(Duration.ofDays(365));

    assertThat(key.isExpired(clock)).isFalse();
    assertThat(key.issuedAt()).isEmpty();
  }

  @Test
  void a_key_is_spent_only_once() {
    RequestKey key = RequestKey.of("rk-0123456789");

    assertThat(key.markSpent()).isTrue();
    assertThat(key.markSpent()).isFalse();
    assertThat(key.isSpent()).isTrue();
  }

  @Test
  void a_blank_key_is_refused_naming_the_argument() {
    assertThatThrownBy(() -> RequestKey.of(" ")).hasMessage("'requestKey' must not be blank");
  }

  @Test
  void a_claimed_key_cannot_be_claimed_again_until_released() {
    RequestKey key = RequestKey.of("rk-0123456789");

    assertThat(key.tryClaim()).isTrue();
    assertThat(key.tryClaim()).isFalse();
    key.releaseClaim();
    assertThat(key.tryClaim()).isTrue();
    assertThat(key.isSpent()).isFalse();
  }

  @Test
  void a_spent_key_cannot_be_claimed_and_releasing_does_not_revive_it() {
    RequestKey key = RequestKey.of("rk-0123456789");
    assertThat(key.tryClaim()).isTrue();

    assertThat(key.markSpent()).isTrue();
    key.releaseClaim();

    assertThat(key.isSpent()).isTrue();
    assertThat(key.tryClaim()).isFalse();
  }
}
