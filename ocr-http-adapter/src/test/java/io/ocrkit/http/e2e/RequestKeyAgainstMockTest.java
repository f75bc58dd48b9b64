package io.ocrkit.http.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.http.OcrClient;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Request-Key's two rules, against the real mock: spent by a successful check, dead after an
 * hour. The client refuses what it knows is doomed without sending it; what only the service
 * knows comes back from the service as {@code 4000122}.
 */
class RequestKeyAgainstMockTest {

  static final ResidentCardSample RESIDENT = SampleData.residentCard(1);
  static final AuthenticityRequest CHECK =
      AuthenticityRequest.resident(RESIDENT.name(), RESIDENT.residentNumber(), RESIDENT.issueDate());
  static final Duration PAST_AN_HOUR = Duration.ofMinutes(61);

  /** Started before the class, reset before each test, stopped after the class. */
  @RegisterExtension
  static final MockOcrExtension server = E2e.mock();

  private static MockOcrServer mock;
  private MutableClock clientClock;
  private OcrClient client;
  private int mark;

  @BeforeAll
  static void startMock() {
    mock = server.server();
  }

  @BeforeEach
  void connect() {
    clientClock = new MutableClock(Instant.now());
    client = E2e.v20(mock).clock(clientClock).build();
    mark = E2e.mark(mock);
  }

  @AfterEach
  void close() {
    client.close();
  }

  private int authenticityRequests() {
    return E2e.journal(mock, mark, "id-card/authenticity").size();
  }

  @Test
  void a_spent_request_key_is_refused_by_the_client_without_a_request() {
    RequestKey key = client.scanIdCard(ImageSource.of(E2e.png(RESIDENT))).requestKey().orElseThrow();
    assertThat(client.verifyAuthenticity(key, CHECK)).isTrue();

    assertThatThrownBy(() -> client.verifyAuthenticity(key, CHECK))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> {
          assertThat(e.resultCode()).isEqualTo(ResultCode.AUTHENTICITY_REQUEST_KEY_INVALID.code());
          assertThat(e.serviceMessage()).contains("before sending");
        });
    assertThat(authenticityRequests()).isEqualTo(1);
  }

  @Test
  void a_request_key_spent_as_the_service_knows_but_passed_again_by_value_is_refused_by_the_service() {
    RequestKey key = client.scanIdCard(ImageSource.of(E2e.png(RESIDENT))).requestKey().orElseThrow();
    assertThat(client.verifyAuthenticity(key, CHECK)).isTrue();
    RequestKey retyped = RequestKey.of(key.reveal()); // what a caller who kept only the text holds

    assertThatThrownBy(() -> client.verifyAuthenticity(retyped, CHECK))
        .isInstanceOfSatisfying(OcrServiceException.class, e ->
            assertThat(e.resultCode()).isEqualTo(ResultCode.AUTHENTICITY_REQUEST_KEY_INVALID.code()));
    assertThat(E2e.journal(mock, mark, "id-card/authenticity")).extracting(e -> e.get("resultCode"))
        .containsExactly(0, ResultCode.AUTHENTICITY_REQUEST_KEY_INVALID.code());
  }

  @Test
  void a_request_key_past_its_hour_on_both_clocks_is_refused_by_the_client_without_a_request() {
    RequestKey key = client.scanIdCard(ImageSource.of(E2e.png(RESIDENT))).requestKey().orElseThrow();
    mock.advanceClock(PAST_AN_HOUR);
    clientClock.advance(PAST_AN_HOUR);

    assertThat(key.isExpired(clientClock)).isTrue();
    assertThatThrownBy(() -> client.verifyAuthenticity(key, CHECK))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> {
          assertThat(e.resultCode()).isEqualTo(ResultCode.AUTHENTICITY_REQUEST_KEY_INVALID.code());
          assertThat(e.serviceMessage()).contains("expired");
        });
    assertThat(authenticityRequests()).isZero();
  }

  @Test
  void a_request_key_only_the_mock_considers_expired_is_refused_by_the_service_with_4000122() {
    RequestKey key = client.scanIdCard(ImageSource.of(E2e.png(RESIDENT))).requestKey().orElseThrow();
    mock.advanceClock(PAST_AN_HOUR);

    assertThat(key.isExpired(clientClock)).isFalse();
    assertThatThrownBy(() -> client.verifyAuthenticity(key, CHECK))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> {
          assertThat(e.resultCode()).isEqualTo(ResultCode.AUTHENTICITY_REQUEST_KEY_INVALID.code());
          assertThat(e.resultKey()).isEqualTo("AUTHENTICITY_REQUEST_KEY_INVALID");
          assertThat(e.serviceMessage()).doesNotContain("before sending");
        });
    assertThat(E2e.journal(mock, mark, "id-card/authenticity")).singleElement()
        .satisfies(e -> assertThat(e.get("resultCode")).isEqualTo(ResultCode.AUTHENTICITY_REQUEST_KEY_INVALID.code()));
    assertThat(key.isSpent()).isFalse();
  }

  @Test
  void a_request_key_used_within_its_hour_is_honoured() {
    RequestKey key = client.scanIdCard(ImageSource.of(E2e.png(RESIDENT))).requestKey().orElseThrow();
    mock.advanceClock(Duration.ofMinutes(59));
    clientClock.advance(Duration.ofMinutes(59));

    assertThat(client.verifyAuthenticity(key, CHECK)).isTrue();
  }
}
