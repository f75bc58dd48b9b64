package io.ocrkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.http.FakeOcrService.Fault;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.Tag("slow")
class OcrClientFaultsTest {

  private FakeOcrService fake;
  private OcrClient client;
  private byte[] image;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeOcrService();
    client = Fixtures.v20(fake).build();
    image = fake.cardImage("faults", Fixtures.VISA);
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  @Test
  void a_temporarily_unavailable_service_is_retried_under_a_fresh_key() {
    fake.enqueue(new Fault.Code(5000503, null));

    CreditCard card = client.scanCreditCard(ImageSource.of(image));

    assertThat(card.number()).isPresent();
    assertThat(fake.envelopedRequests()).isEqualTo(2);
  }

  @Test
  void a_call_limit_is_retried() {
    fake.enqueue(new Fault.Code(4000006, null));

    assertThat(client.scanCreditCard(ImageSource.of(image)).number()).isPresent();
    assertThat(fake.envelopedRequests()).isEqualTo(2);
  }

  @Test
  void a_gateway_html_page_is_a_transport_fault_that_is_retried() {
    fake.enqueue(new Fault.GatewayPage(502, null));

    assertThat(client.scanCreditCard(ImageSource.of(image)).number()).isPresent();
    assertThat(fake.envelopedRequests()).isEqualTo(2);
  }

  @Test
  void a_reset_connection_is_a_transport_fault_that_is_retried() {
    fake.enqueue(new Fault.Reset());

    assertThat(client.scanCreditCard(ImageSource.of(image)).number()).isPresent();
    assertThat(fake.envelopedRequests()).isEqualTo(2);
  }

  @Test
  void a_timed_out_attempt_is_retried() {
    fake.enqueue(new Fault.Delay(1_500));
    try (OcrClient quick = Fixtures.v20(fake).attemptTimeout(Duration.ofMillis(400)).build()) {
      assertThat(quick.scanCreditCard(ImageSource.of(image)).number()).isPresent();
    }
  }

  @Test
  void retries_stop_after_the_configured_attempts() {
    fake.enqueue(new Fault.Code(5000503, null), new Fault.Code(5000503, null), new Fault.Code(5000503, null),
        new Fault.Code(5000503, null));

    assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(image)))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> assertThat(e.resultCode()).isEqualTo(5000503));
    assertThat(fake.envelopedRequests()).isEqualTo(3);
  }

  @Test
  void other_4xxxxxx_codes_are_never_retried() {
    fake.enqueue(new Fault.Code(4000001, null));

    assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(image)))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> assertThat(e.resultCode()).isEqualTo(4000001));
    assertThat(fake.envelopedRequests()).isEqualTo(1);
  }

  @Test
  void a_gateway_page_that_keeps_coming_ends_as_a_transport_exception_naming_the_operation() {
    fake.enqueue(new Fault.GatewayPage(502, null), new Fault.GatewayPage(503, null), new Fault.GatewayPage(504, null));

    assertThatThrownBy(() -> client.scanIdCard(ImageSource.of(fake.idImage("gw", Fixtures.resident()))))
        .isInstanceOf(OcrTransportException.class)
        .hasMessageContaining("id-card")
        .hasMessageContaining("HTTP 504");
  }

  @Test
  void retry_after_from_the_service_is_honoured() {
    fake.enqueue(new Fault.Code(4000006, "1"));
    long start = System.nanoTime();

    client.scanCreditCard(ImageSource.of(image));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void retry_after_from_a_gateway_is_honoured() {
    fake.enqueue(new Fault.GatewayPage(503, "1"));
    long start = System.nanoTime();

    client.scanCreditCard(ImageSource.of(image));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void a_retry_after_longer_than_the_call_budget_ends_the_call_instead_of_waiting() {
    fake.enqueue(new Fault.Code(5000503, "60"));
    try (OcrClient bounded = Fixtures.v20(fake).callTimeout(Duration.ofSeconds(3)).build()) {
      long start = System.nanoTime();

      assertThatThrownBy(() -> bounded.scanCreditCard(ImageSource.of(image))).isInstanceOf(OcrServiceException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void a_scan_from_a_one_shot_stream_is_not_retried() {
    fake.enqueue(new Fault.Code(5000503, null));

    assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(new ByteArrayInputStream(image), image.length)))
        .isInstanceOf(OcrServiceException.class);
    assertThat(fake.envelopedRequests()).isEqualTo(1);
  }

  @Test
  void no_retry_at_all_when_the_policy_says_one_attempt() {
    fake.enqueue(new Fault.GatewayPage(502, null));
    try (OcrClient once = Fixtures.v20(fake).retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> once.scanCreditCard(ImageSource.of(image))).isInstanceOf(OcrTransportException.class);
      assertThat(fake.envelopedRequests()).isEqualTo(1);
    }
  }
}
