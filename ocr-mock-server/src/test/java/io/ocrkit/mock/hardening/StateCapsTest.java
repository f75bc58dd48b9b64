package io.ocrkit.mock.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.internal.MockClock;
import io.ocrkit.mock.internal.MockState;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the mock remembers per caller is capped, so a long run cannot grow its heap without bound. */
class StateCapsTest {

  private final MockClock clock = new MockClock(Clock.systemUTC());
  private final MockState state = new MockState(new MockState.Config(Map.of("app", "secret"), "id", "access",
      Duration.ofHours(1), Duration.ofHours(1), 1 << 20, 0, 10), clock, new SecureRandom());

  @Test
  void an_app_key_holds_at_most_the_cap_of_request_keys_and_forgets_the_oldest_first() {
    MockState.App app = state.app("app");
    String first = app.issueRequestKey("resident", Map.of(), true);
    String last = first;
    for (int i = 0; i < MockState.MAX_REQUEST_KEYS_PER_APP + 4; i++) {
      last = app.issueRequestKey("resident", Map.of(), true);
    }

    assertThat(app.requestKeysHeld()).isEqualTo(MockState.MAX_REQUEST_KEYS_PER_APP);
    assertThat(app.liveScan(first)).isEmpty();
    assertThat(app.liveScan(last)).isPresent();
  }

  @Test
  void expired_request_keys_are_forgotten_when_the_next_one_is_issued() {
    MockState.App app = state.app("app");
    for (int i = 0; i < 50; i++) {
      app.issueRequestKey("resident", Map.of(), true);
    }
    clock.advance(Duration.ofHours(1));

    String fresh = app.issueRequestKey("driver", Map.of(), true);

    assertThat(app.requestKeysHeld()).isEqualTo(1);
    assertThat(app.liveScan(fresh)).isPresent();
  }

  @Test
  void the_mock_remembers_at_most_the_cap_of_tokens_and_the_newest_stays_valid() {
    String newest = null;
    for (int i = 0; i < MockState.MAX_TOKENS + 3; i++) {
      newest = state.issueToken();
    }

    assertThat(state.tokensHeld()).isEqualTo(MockState.MAX_TOKENS);
    assertThat(state.validToken(newest)).isTrue();
  }

  @Test
  void wrong_issue_dates_are_counted_for_at_most_the_cap_of_cards_and_the_newest_count_survives() {
    MockState.App app = state.app("app");
    String first = "9001011000000";
    for (int i = 0; i < MockState.WRONG_ISSUE_DATES_TO_LOCK; i++) {
      app.wrongIssueDate(first);
    }
    assertThat(app.locked(first)).isTrue();

    for (int i = 1; i <= MockState.MAX_COUNTED_CARDS_PER_APP; i++) {
      app.wrongIssueDate(String.valueOf(9001011000000L + i));
    }
    String newest = String.valueOf(9001011000000L + MockState.MAX_COUNTED_CARDS_PER_APP);
    for (int i = 1; i < MockState.WRONG_ISSUE_DATES_TO_LOCK; i++) {
      app.wrongIssueDate(newest);
    }

    assertThat(app.locked(first)).as("the oldest card was forgotten").isFalse();
    assertThat(app.locked(newest)).isTrue();
  }
}
