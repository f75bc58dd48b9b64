package io.ocrkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.mock.Fault;
import io.ocrkit.mock.FaultKind;
import io.ocrkit.mock.MockOcrExtension;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("slow")
class OcrClientFaultsTest {

  @RegisterExtension
  static final MockOcrExtension mock = new MockOcrExtension();

  private OcrClient client;
  private byte[] image;

  @BeforeEach
  void start() {
    client = Fixtures.v20(mock.server()).build();
    image = Fixtures.cardImage(mock, "faults");
  }

  @AfterEach
  void stop() {
    client.close();
  }

  private static Fault code(int resultCode) {
    return Fault.resultCode("credit-card", 1, resultCode);
  }

  private static Fault gateway(String endpoint, int status) {
    return Fault.gatewayPage(endpoint, 1, status);
  }

  @Test
  void a_temporarily_unavailable_service_is_retried_under_a_fresh_key() {
    mock.injectFault(code(5000503));

    CreditCard card = client.scanCreditCard(ImageSource.of(image));

    assertThat(card.number()).isPresent();
    assertThat(Fixtures.envelopedRequests(mock)).isEqualTo(2);
  }

  @Test
  void a_call_limit_is_retried() {
    mock.injectFault(code(4000006));

    assertThat(client.scanCreditCard(ImageSource.of(image)).number()).isPresent();
    assertThat(Fixtures.envelopedRequests(mock)).isEqualTo(2);
  }

  @Test
  void a_gateway_html_page_is_a_transport_fault_that_is_retried() {
    mock.injectFault(gateway("credit-card", 502));

    assertThat(client.scanCreditCard(ImageSource.of(image)).number()).isPresent();
    assertThat(Fixtures.envelopedRequests(mock)).isEqualTo(2);
  }

  @Test
  void a_reset_connection_is_a_transport_fault_that_is_retried() {
    mock.injectFault(Fault.of("credit-card", 1, FaultKind.CONNECTION_RESET));

    assertThat(client.scanCreditCard(ImageSource.of(image)).number()).isPresent();
    assertThat(Fixtures.envelopedRequests(mock)).isEqualTo(2);
  }

  @Test
  void a_timed_out_attempt_is_retried() {
    // The delay outlasts the whole test: only an attempt timeout that is honoured gets a second try in.
    mock.injectFault(Fault.delay("credit-card", 1, 5_000));
    try (OcrClient quick = Fixtures.v20(mock.server()).attemptTimeout(Duration.ofMillis(400)).build()) {
      quick.publicKey(io.ocrkit.core.protocol.KeyService.CREDIT_CARD);
      long start = System.nanoTime();

      assertThat(quick.scanCreditCard(ImageSource.of(image)).number()).isPresent();

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3_000));
      assertThat(Fixtures.envelopedRequests(mock)).isEqualTo(2);
    }
  }

  @Test
  void retries_stop_after_the_configured_attempts() {
    mock.injectFault(Fault.resultCode("credit-card", 4, 5000503));

    assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(image)))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> assertThat(e.resultCode()).isEqualTo(5000503));
    assertThat(Fixtures.envelopedRequests(mock)).isEqualTo(3);
  }

  @Test
  void other_4xxxxxx_codes_are_never_retried() {
    mock.injectFault(code(4000001));

    assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(image)))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> assertThat(e.resultCode()).isEqualTo(4000001));
    assertThat(Fixtures.envelopedRequests(mock)).isEqualTo(1);
  }

  @Test
  void a_gateway_page_that_keeps_coming_ends_as_a_transport_exception_naming_the_operation() {
    mock.injectFault(gateway("id-card", 502));
    mock.injectFault(gateway("id-card", 503));
    mock.injectFault(gateway("id-card", 504));

    assertThatThrownBy(() -> client.scanIdCard(ImageSource.of(Fixtures.idImage(mock, "gw"))))
        .isInstanceOf(OcrTransportException.class)
        .hasMessageContaining("id-card")
        .hasMessageContaining("HTTP 504");
  }

  @Test
  void retry_after_from_the_service_is_honoured() {
    mock.injectFault(code(4000006).withRetryAfter(Duration.ofSeconds(1)));
    long start = System.nanoTime();

    client.scanCreditCard(ImageSource.of(image));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void retry_after_from_a_gateway_is_honoured() {
    mock.injectFault(gateway("credit-card", 503).withRetryAfter(Duration.ofSeconds(1)));
    long start = System.nanoTime();

    client.scanCreditCard(ImageSource.of(image));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void a_retry_after_longer_than_the_call_budget_ends_the_call_instead_of_waiting() {
    mock.injectFault(code(5000503).withRetryAfter(Duration.ofSeconds(60)));
    try (OcrClient bounded = Fixtures.v20(mock.server()).callTimeout(Duration.ofSeconds(3)).build()) {
      long start = System.nanoTime();

      assertThatThrownBy(() -> bounded.scanCreditCard(ImageSource.of(image))).isInstanceOf(OcrServiceException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void a_scan_from_a_one_shot_stream_is_not_retried() {
    mock.injectFault(code(5000503));

    assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(new ByteArrayInputStream(image), image.length)))
        .isInstanceOf(OcrServiceException.class);
    assertThat(Fixtures.envelopedRequests(mock)).isEqualTo(1);
  }

  @Test
  void no_retry_at_all_when_the_policy_says_one_attempt() {
    mock.injectFault(gateway("credit-card", 502));
    try (OcrClient once = Fixtures.v20(mock.server()).retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> once.scanCreditCard(ImageSource.of(image))).isInstanceOf(OcrTransportException.class);
      assertThat(Fixtures.envelopedRequests(mock)).isEqualTo(1);
    }
  }
}
