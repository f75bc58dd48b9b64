package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.mock.testing.HandClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Admin input out of range is a 400 with a reason, and the mock stays healthy after it. */
class AdminInputTest {

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension();

  private final HandClient client = new HandClient(mock.server());

  private HttpResponse<String> post(String path, String json) {
    return client.send(client.request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  private void stillHealthy() {
    assertThat(client.scan("credit-card", HandClient.png(40, 30, 5)).resultCode()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e17", "100000000000000000", "9223372036854775807", "1e400", "1.5", "-1", "\"60\""})
  void a_clock_advance_out_of_range_is_400_and_the_mock_stays_healthy(String seconds) {
    HttpResponse<String> response = post("/mock/v1/clock/advance", "{\"seconds\": " + seconds + "}");
    assertThat(response.statusCode()).as(seconds).isEqualTo(400);
    assertThat(response.body()).contains("seconds");
    stillHealthy();
  }

  @Test
  void two_large_advances_that_overflow_together_are_refused() {
    String twoTo62 = String.valueOf(1L << 62);
    int first = post("/mock/v1/clock/advance", "{\"seconds\": " + twoTo62 + "}").statusCode();
    int second = post("/mock/v1/clock/advance", "{\"seconds\": " + twoTo62 + "}").statusCode();
    assertThat(first).isEqualTo(400);
    assertThat(second).isEqualTo(400);
    stillHealthy();
  }

  @Test
  void advances_add_up_only_within_the_bound() {
    mock.advanceClock(Duration.ofDays(365L * 500));
    assertThatThrownBy(() -> mock.advanceClock(Duration.ofDays(365L * 600)))
        .isInstanceOf(IllegalArgumentException.class);
    stillHealthy();
    mock.reset();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"endpoint\": \"public-keys\", \"times\": 1e12, \"resultCode\": 5000503}",
      "{\"endpoint\": \"public-keys\", \"times\": 1.5, \"resultCode\": 5000503}",
      "{\"endpoint\": \"public-keys\", \"times\": \"2\", \"resultCode\": 5000503}",
      "{\"endpoint\": \"public-keys\", \"resultCode\": 1e30}",
      "{\"endpoint\": \"public-keys\", \"resultCode\": 5000503, \"retryAfterSeconds\": 1e12}",
      "{\"endpoint\": \"public-keys\", \"kind\": \"DELAY\", \"delayMs\": 1e30}",
      "{\"endpoint\": \"public-keys\", \"kind\": \"DELAY\", \"delayMs\": 9223372036854775807}",
      "{\"endpoint\": \"public-keys\", \"kind\": \"HTTP_502_HTML\", \"gatewayStatus\": 4294967798}"})
  void a_fault_with_an_out_of_range_number_is_400(String body) {
    HttpResponse<String> response = post("/mock/v1/faults", body);
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    assertThat(response.body()).contains("\"error\"");
    stillHealthy();
  }
}
