package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.Fault;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small stores of the mock's state, without HTTP. */
class StoresTest {

  private final MockClock clock = new MockClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00.500Z"), ZoneOffset.UTC));

  @Test
  void credentials_accept_the_secret_of_a_known_app_key_only() {
    CredentialStore credentials = new CredentialStore(Map.of("app", "secret"), "uak", "sak");
    assertThat(credentials.validSecret("app", "secret")).isTrue();
    assertThat(credentials.validSecret("app", "Secret")).isFalse();
    assertThat(credentials.validSecret("other", "secret")).isFalse();
    assertThat(credentials.knownAppKey("app")).isTrue();
    assertThat(credentials.knownAppKey("other")).isFalse();
  }

  @Test
  void credentials_accept_the_user_access_key_only_as_a_pair() {
    CredentialStore credentials = new CredentialStore(Map.of(), "uak", "sak");
    assertThat(credentials.validUserAccessKey("uak", "sak")).isTrue();
    assertThat(credentials.validUserAccessKey("uak", "other")).isFalse();
    assertThat(credentials.validUserAccessKey("other", "sak")).isFalse();
  }

  @Test
  void a_token_is_valid_until_its_time_to_live_and_not_after_a_clear() {
    TokenStore tokens = new TokenStore(clock, Duration.ofMinutes(1), byte[]::new);
    String token = tokens.issue();
    assertThat(tokens.valid(token)).isTrue();
    assertThat(tokens.valid("other")).isFalse();
    clock.advance(Duration.ofMinutes(1));
    assertThat(tokens.valid(token)).isFalse();

    String next = tokens.issue();
    tokens.clear();
    assertThat(tokens.valid(next)).isFalse();
  }

  @Test
  void a_fixture_is_found_by_service_and_hash_in_any_case() {
    FixtureStore fixtures = new FixtureStore();
    MockState.Recognition recognition = new MockState.Recognition(Map.of("idType", "resident"), true, null);
    fixtures.put(KeyService.ID_CARD, "AB".repeat(32), recognition);
    assertThat(fixtures.get(KeyService.ID_CARD, "ab".repeat(32))).contains(recognition);
    assertThat(fixtures.get(KeyService.CREDIT_CARD, "ab".repeat(32))).isEmpty();
    fixtures.clear();
    assertThat(fixtures.get(KeyService.ID_CARD, "ab".repeat(32))).isEmpty();
  }

  @Test
  void faults_are_taken_in_order_per_endpoint_for_their_number_of_times() {
    FaultQueue faults = new FaultQueue();
    Fault first = Fault.resultCode("credit-card", 2, 5000503);
    Fault second = Fault.resultCode("credit-card", 1, 4000111);
    Fault other = Fault.resultCode("id-card", 1, 4000121);
    faults.add(first);
    faults.add(other);
    faults.add(second);
    assertThat(faults.take("credit-card")).contains(first);
    assertThat(faults.take("credit-card")).contains(first);
    assertThat(faults.take("credit-card")).contains(second);
    assertThat(faults.take("credit-card")).isEmpty();
    faults.clear();
    assertThat(faults.take("id-card")).isEmpty();
  }

  @Test
  void the_rate_window_admits_its_calls_per_second_and_starts_again_the_next_second() {
    RateWindow rate = new RateWindow(clock, 2);
    assertThat(rate.admit()).isTrue();
    assertThat(rate.admit()).isTrue();
    assertThat(rate.admit()).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(rate.admit()).isTrue();
  }

  @Test
  void without_a_rate_limit_every_call_is_admitted() {
    RateWindow rate = new RateWindow(clock, 0);
    for (int i = 0; i < 100; i++) {
      assertThat(rate.admit()).isTrue();
    }
  }

  @Test
  void five_wrong_issue_dates_lock_a_card_and_only_that_card() {
    CardLocks locks = new CardLocks();
    for (int i = 1; i < CardLocks.WRONG_ISSUE_DATES_TO_LOCK; i++) {
      assertThat(locks.wrongIssueDate("1")).isFalse();
    }
    assertThat(locks.locked("1")).isFalse();
    assertThat(locks.wrongIssueDate("1")).isTrue();
    assertThat(locks.locked("1")).isTrue();
    assertThat(locks.locked("2")).isFalse();
    locks.clear();
    assertThat(locks.locked("1")).isFalse();
  }

  @Test
  void a_reset_forgets_app_state_and_the_next_use_answers_new_versions() {
    MockState state = new MockState(new MockState.Config(Map.of("app", "s"), "u", "s", Duration.ofHours(1),
        Duration.ofHours(1), 1024, 0, 10), clock, new java.security.SecureRandom());
    KeyRing.Current before = state.app("app").keys().current(KeyService.CREDIT_CARD);
    state.reset();
    KeyRing.Current after = state.app("app").keys().current(KeyService.CREDIT_CARD);
    assertThat(after.version()).isNotEqualTo(before.version());
    assertThat(after.pair()).as("a reset answers a new key, not a recycled one").isNotSameAs(before.pair());
    assertThat(state.app("app").keys().privateKey(KeyService.CREDIT_CARD, before.version())).isEmpty();
    state.close();
  }

  @Test
  void pairs_a_reset_let_go_are_reused_after_the_next_reset_under_new_versions() {
    KeyPairSource source = new KeyPairSource.Pooled(new java.security.SecureRandom());
    MockState state = new MockState(new MockState.Config(Map.of("app", "s"), "u", "s", Duration.ofHours(1),
        Duration.ofHours(1), 1024, 0, 10), clock, new java.security.SecureRandom(), source);
    KeyRing.Current first = state.app("app").keys().current(KeyService.CREDIT_CARD);
    state.reset();
    KeyRing.Current second = state.app("app").keys().current(KeyService.CREDIT_CARD);
    state.reset();
    KeyRing.Current third = state.app("app").keys().current(KeyService.CREDIT_CARD);

    assertThat(second.pair()).isNotSameAs(first.pair());
    assertThat(third.pair()).as("reused, not generated").isSameAs(first.pair());
    assertThat(java.util.List.of(first.version(), second.version(), third.version())).doesNotHaveDuplicates();
  }
}
