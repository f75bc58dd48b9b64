package io.ocrkit.core.service;

import static io.ocrkit.core.testing.FakeTransport.fault;
import static io.ocrkit.core.testing.FakeTransport.refused;
import static io.ocrkit.core.testing.FakeTransport.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.core.port.out.WireAnswer;
import io.ocrkit.core.testing.FakeTransport;
import io.ocrkit.core.testing.FixedRandom;
import io.ocrkit.core.testing.Images;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OcrServiceRetryTest {

  private final ServiceFixture f = new ServiceFixture();

  @Test
  void a_transport_fault_is_retried_under_a_fresh_envelope() {
    f.transport.onCreditCard(fault(), success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.crypto.sealed()).hasSize(2);
    assertThat(f.crypto.sealed().get(0).keyBytes()).isNotEqualTo(f.crypto.sealed().get(1).keyBytes());
    assertThat(f.transport.calls()).extracting(FakeTransport.Call::wrappedKey).doesNotHaveDuplicates().hasSize(2);
    assertThat(f.sleeps).hasSize(1);
  }

  @Test
  void a_key_fetch_answered_with_temporarily_unavailable_is_retried() {
    f.transport.failNextKeyFetch(5000503).onCreditCard(success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.transport.keyFetches()).isEqualTo(2);
    assertThat(f.transport.calls()).hasSize(1);
    assertThat(f.sleeps).hasSize(1);
  }

  @Test
  void a_key_fetch_refused_for_bad_credentials_is_not_retried() {
    f.transport.failNextKeyFetch(4010001);

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOf(OcrServiceException.class)
        .hasMessageContaining("4010001");
    assertThat(f.transport.keyFetches()).isEqualTo(1);
    assertThat(f.transport.calls()).isEmpty();
  }

  @Test
  void a_refused_token_the_transport_renewed_is_resent_once_under_a_new_envelope_without_a_retry() {
    f.options = f.options.withRetry(RetryPolicy.none());
    f.transport.onCreditCard(FakeTransport.tokenRefusedAndRenewed(), success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.transport.calls()).extracting(FakeTransport.Call::wrappedKey).doesNotHaveDuplicates().hasSize(2);
    assertThat(f.sleeps).isEmpty();
  }

  @Test
  void a_token_refused_twice_is_the_services_4010006() {
    f.transport.onCreditCard(FakeTransport.tokenRefusedAndRenewed(), FakeTransport.tokenRefusedAndRenewed());

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOf(OcrServiceException.class)
        .hasMessageContaining("4010006");
    assertThat(f.transport.calls()).hasSize(2);
  }

  @Test
  void a_refused_token_that_was_not_renewed_is_not_resent() {
    f.transport.onCreditCard(refused(4010006));

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOf(OcrServiceException.class);
    assertThat(f.transport.calls()).hasSize(1);
  }

  @Test
  void temporarily_unavailable_is_retried_with_a_new_envelope() {
    f.transport.onCreditCard(refused(5000503), success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.transport.calls()).hasSize(2);
    assertThat(f.transport.calls().stream().map(FakeTransport.Call::wrappedKey).collect(Collectors.toSet()))
        .hasSize(2);
    assertThat(f.transport.keyFetches()).isEqualTo(1);
  }

  @Test
  void a_call_limit_is_retried_after_the_wait_the_service_asked_for() {
    f.transport.onCreditCard(refused(4000006, Duration.ofSeconds(3)), success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.sleeps).containsExactly(Duration.ofSeconds(3));
    assertThat(f.transport.calls()).hasSize(2);
  }

  @Test
  void backoff_waits_stay_under_the_policy_ceiling_which_doubles_per_attempt() {
    f.random = FixedRandom.highest();
    f.transport.onCreditCard(refused(5000503), refused(5000503), success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.sleeps).hasSize(2);
    assertThat(f.sleeps.get(0)).isLessThanOrEqualTo(Duration.ofMillis(100));
    assertThat(f.sleeps.get(1)).isLessThanOrEqualTo(Duration.ofMillis(200));
    // the highest draw of full jitter is the ceiling itself: 100 ms, then 200 ms
    assertThat(f.sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(f.random.bounds()).containsExactly(101L, 201L);
  }

  @Test
  void backoff_waits_what_the_random_source_draws_below_the_ceiling() {
    f.random = FixedRandom.picking(bound -> bound / 4);
    f.transport.onCreditCard(refused(5000503), fault(), success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.sleeps).containsExactly(Duration.ofMillis(25), Duration.ofMillis(50));
  }

  @Test
  void a_retry_after_shorter_than_the_backoff_gives_way_to_the_backoff() {
    f.random = FixedRandom.highest();
    // 5000503: 4000006 has a floor of its own (OcrServiceThrottlingTest)
    f.transport.onCreditCard(refused(5000503, Duration.ofMillis(40)), success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.sleeps).containsExactly(Duration.ofMillis(100));
  }

  @ParameterizedTest
  @ValueSource(ints = {4000001, 4000002, 4000003, 4000004, 4000005, 4000111, 4000121, 4000122, 4000123, 4000302,
      4000303, 4000401, 4010001, 4010006, 4010007, 4041007, 4131000, 5000001, 5000006, -1, 4009999})
  void other_refusals_are_not_retried(int code) {
    f.transport.onCreditCard(refused(code));

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> assertThat(e.resultCode()).isEqualTo(code));
    assertThat(f.transport.calls()).hasSize(1);
    assertThat(f.sleeps).isEmpty();
  }

  @Test
  void retries_stop_after_the_policy_attempts_and_the_last_failure_is_thrown() {
    f.transport.onCreditCard(refused(5000503), fault(), refused(5000503));

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> {
          assertThat(e.resultCode()).isEqualTo(5000503);
          assertThat(e.retryable()).isTrue();
        });
    assertThat(f.crypto.sealed()).hasSize(3);
  }

  @Test
  void a_policy_of_one_attempt_never_retries() {
    f.options = f.options.withRetry(RetryPolicy.none());
    f.transport.onCreditCard(fault());

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOf(OcrTransportException.class);
    assertThat(f.crypto.sealed()).hasSize(1);
  }

  @Test
  void a_one_shot_stream_is_not_retried_after_it_was_sent() {
    f.transport.onCreditCard(refused(5000503), success(ServiceFixture::card));
    byte[] png = Images.png(100);

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(new ByteArrayInputStream(png), png.length)))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> assertThat(e.resultCode()).isEqualTo(5000503));
    assertThat(f.transport.calls()).hasSize(1);
    assertThat(f.sleeps).isEmpty();
  }

  @Test
  void a_one_shot_stream_is_not_retried_after_a_transport_fault() {
    f.transport.onCreditCard(fault(), success(ServiceFixture::card));
    byte[] png = Images.png(100);

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(new ByteArrayInputStream(png), png.length)))
        .isInstanceOf(OcrTransportException.class);
    assertThat(f.crypto.sealed()).hasSize(1);
  }

  @Test
  void a_wait_longer_than_the_remaining_call_budget_is_not_slept_and_the_failure_is_thrown() {
    f.options = f.options.withCallTimeout(Duration.ofSeconds(5));
    f.transport.onCreditCard(refused(4000006, Duration.ofSeconds(60)), success(ServiceFixture::card));

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> assertThat(e.resultCode()).isEqualTo(4000006));
    assertThat(f.sleeps).isEmpty();
    assertThat(f.transport.calls()).hasSize(1);
  }

  @Test
  void an_attempt_that_ends_after_the_call_deadline_is_not_retried() {
    f.random = FixedRandom.lowest(); // no wait: only the attempt's own time counts
    f.options = f.options.withCallTimeout(Duration.ofMillis(50));
    f.transport.onCreditCard(call -> {
      f.clock.advance(Duration.ofMillis(120));
      throw new OcrTransportException("fake: read timed out", null);
    }, success(ServiceFixture::card));

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOf(OcrTransportException.class);
    assertThat(f.crypto.sealed()).hasSize(1);
  }

  @Test
  void an_attempt_that_ends_within_the_call_deadline_is_retried() {
    f.random = FixedRandom.lowest();
    f.options = f.options.withCallTimeout(Duration.ofMillis(50));
    f.transport.onCreditCard(call -> {
      f.clock.advance(Duration.ofMillis(49));
      throw new OcrTransportException("fake: read timed out", null);
    }, success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.crypto.sealed()).hasSize(2);
  }

  @Test
  void waits_count_against_the_call_deadline() {
    f.random = FixedRandom.highest(); // waits of 100 ms, then 200 ms
    f.options = f.options.withCallTimeout(Duration.ofMillis(250));
    f.transport.onCreditCard(refused(5000503), refused(5000503), success(ServiceFixture::card));

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> assertThat(e.resultCode()).isEqualTo(5000503));
    assertThat(f.sleeps).containsExactly(Duration.ofMillis(100)); // 100 + 200 would reach 250
    assertThat(f.transport.calls()).hasSize(2);
  }

  @Test
  void the_transport_gets_no_more_than_the_whole_call_timeout() {
    f.options = f.options.withCallTimeout(Duration.ofSeconds(7));
    f.transport.onCreditCard(refused(5000503), success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.transport.calls()).allSatisfy(
        call -> assertThat(call.timeout()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(7)));
    // what is left of the budget, exactly: all of it, then all but the 100 ms waited
    assertThat(f.transport.calls()).extracting(FakeTransport.Call::timeout)
        .containsExactly(Duration.ofSeconds(7), Duration.ofMillis(6900));
  }

  @Test
  void an_authenticity_check_is_retried_on_temporary_unavailability() {
    f.transport.onAuthenticity(refused(5000503), success(call -> new Wire.Authenticity(false)));

    boolean authentic = f.service().verifyAuthenticity(io.ocrkit.core.model.RequestKey.of("rk-0123456789"),
        io.ocrkit.core.model.AuthenticityRequest.resident("홍길동", "9001011234567", "20200102"));

    assertThat(authentic).isFalse();
    assertThat(f.transport.calls()).hasSize(2);
    assertThat(f.transport.calls().get(0).sentBody().get("name"))
        .isNotEqualTo(f.transport.calls().get(1).sentBody().get("name"));
  }

  @Test
  void an_answer_whose_header_says_success_with_a_nonzero_code_is_not_retried() {
    // Self-contradicting: a protocol fault since the header must agree with itself (was a refusal).
    f.transport.onCreditCard(call -> new WireAnswer<>(new Wire.Header(true, 4000001, "odd"), null));

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOf(io.ocrkit.core.model.OcrProtocolException.class).hasMessageContaining("contradicts itself");
    assertThat(f.transport.calls()).hasSize(1);
  }
}
