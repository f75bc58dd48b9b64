package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.testing.HandClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RateLimitTest {

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension(
      b -> b.rateLimit(2).clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)));

  @Test
  void calls_over_the_rate_limit_answer_4000006_until_the_next_second() {
    HandClient client = new HandClient(mock.server());
    assertThat(client.publicKeyAnswer("credit-card").resultCode()).isZero();
    assertThat(client.publicKeyAnswer("credit-card").resultCode()).isZero();
    HandClient.Answer limited = client.publicKeyAnswer("credit-card");
    assertThat(limited.resultCode()).isEqualTo(4000006);
    assertThat(limited.response().headers().firstValue("Retry-After")).contains("1");
    mock.advanceClock(Duration.ofSeconds(1));
    assertThat(client.publicKeyAnswer("credit-card").resultCode()).isZero();
  }
}
