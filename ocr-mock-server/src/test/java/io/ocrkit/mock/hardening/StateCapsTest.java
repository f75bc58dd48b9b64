package io.ocrkit.mock.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.internal.CardLocks;
import io.ocrkit.mock.internal.MockClock;
import io.ocrkit.mock.internal.MockState;
import io.ocrkit.mock.internal.RequestKeyLedger;
import io.ocrkit.mock.internal.TokenStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the mock remembers per caller is capped, so a long run cannot grow its heap without bound. */
class StateCapsTest {

  private static final RequestKeyLedger.Scan SCAN = new RequestKeyLedger.Scan("resident", Map.of(), true);

  private final MockClock clock = new MockClock(Clock.systemUTC());
  private final MockState state = new MockState(new MockState.Config(Map.of("app", "secret"), "id", "access",
      Duration.ofHours(1), Duration.ofHours(1), 1 << 20, 0, 10), clock, new SecureRandom());

  @Test
  void an_app_key_holds_at_most_the_cap_of_request_keys_and_forgets_the_oldest_first() {
    RequestKeyLedger ledger = state.app("app").requestKeys();
    String first = ledger.issue(SCAN);
    String last = first;
    for (int i = 0; i < RequestKeyLedger.MAX_REQUEST_KEYS + 4; i++) {
      last = ledger.issue(SCAN);
    }

    assertThat(ledger.held()).isEqualTo(RequestKeyLedger.MAX_REQUEST_KEYS);
    assertThat(ledger.claim(first)).isEmpty();
    assertThat(ledger.claim(last)).isPresent();
  }

  @Test
  void expired_request_keys_are_forgotten_when_the_next_one_is_issued() {
    RequestKeyLedger ledger = state.app("app").requestKeys();
    for (int i = 0; i < 50; i++) {
      ledger.issue(SCAN);
    }
    clock.advance(Duration.ofHours(1));

    String fresh = ledger.issue(new RequestKeyLedger.Scan("driver", Map.of(), true));

    assertThat(ledger.held()).isEqualTo(1);
    assertThat(ledger.claim(fresh)).isPresent();
  }

  @Test
  void the_mock_remembers_at_most_the_cap_of_tokens_and_the_newest_stays_valid() {
    TokenStore tokens = state.tokens();
    String newest = null;
    for (int i = 0; i < TokenStore.MAX_TOKENS + 3; i++) {
      newest = tokens.issue();
    }

    assertThat(tokens.held()).isEqualTo(TokenStore.MAX_TOKENS);
    assertThat(tokens.valid(newest)).isTrue();
  }

  @Test
  void wrong_issue_dates_are_counted_for_at_most_the_cap_of_cards_and_the_newest_count_survives() {
    CardLocks locks = state.app("app").cardLocks();
    String first = "9001011000000";
    for (int i = 0; i < CardLocks.WRONG_ISSUE_DATES_TO_LOCK; i++) {
      locks.wrongIssueDate(first);
    }
    assertThat(locks.locked(first)).isTrue();

    for (int i = 1; i <= CardLocks.MAX_COUNTED_CARDS; i++) {
      locks.wrongIssueDate(String.valueOf(9001011000000L + i));
    }
    String newest = String.valueOf(9001011000000L + CardLocks.MAX_COUNTED_CARDS);
    for (int i = 1; i < CardLocks.WRONG_ISSUE_DATES_TO_LOCK; i++) {
      locks.wrongIssueDate(newest);
    }

    assertThat(locks.locked(first)).as("the oldest card was forgotten").isFalse();
    assertThat(locks.locked(newest)).isTrue();
  }
}
