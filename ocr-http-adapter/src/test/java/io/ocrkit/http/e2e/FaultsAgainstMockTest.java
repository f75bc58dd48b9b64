package io.ocrkit.http.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.http.OcrClient;
import io.ocrkit.mock.Fault;
import io.ocrkit.mock.FaultKind;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleData;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every fault the mock can inject, against the client's default of 3 attempts: what retry should
 * survive is survived (each attempt under a fresh symmetric key), what it should not is reported
 * as the right exception after the right number of requests, counted in the mock's journal.
 */
@org.junit.jupiter.api.Tag("slow")
class FaultsAgainstMockTest {

  static final CreditCardSample CARD = SampleData.creditCard(1);
  static final ResidentCardSample RESIDENT = SampleData.residentCard(1);
  /** Short enough to keep the suite fast, long enough for a scan on a busy two-core CI machine. */
  static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(1_000);
  static final long DELAY_MS = 2_500;

  /** Started before the class, reset before each test, stopped after the class. */
  @RegisterExtension
  static final MockOcrExtension server = E2e.mock();

  private static MockOcrServer mock;
  private RecordingCrypto crypto;
  private OcrClient client;
  private int mark;

  @BeforeAll
  static void startMock() {
    mock = server.server();
    // The first RSA key pairs of the JVM are made here, not inside a test's short attempt timeout;
    // the reset before each test gives them back to the mock's pool, so later tests reuse them.
    try (OcrClient warmUp = E2e.v20(mock).build()) {
      warmUp.publicKey(KeyService.CREDIT_CARD);
      warmUp.publicKey(KeyService.ID_CARD);
    }
  }

  @BeforeEach
  void connect() throws InterruptedException {
    awaitNoRequestInFlight();
    crypto = new RecordingCrypto();
    // Only DELAY needs the short attempt timeout; it applies to every test so all share one client.
    client = E2e.v20(mock).crypto(crypto).attemptTimeout(ATTEMPT_TIMEOUT).build();
    // Keys first, so that a fault meets the scan itself and the journal counts scans only.
    client.publicKey(KeyService.CREDIT_CARD);
    client.publicKey(KeyService.ID_CARD);
    mark = E2e.mark(mock);
  }

  @AfterEach
  void close() {
    client.close();
  }

  /**
   * A DELAY test leaves requests asleep in the mock after the client gave up on them; the next test
   * starts once they have been answered, so nothing of one test can reach into the next.
   */
  private static void awaitNoRequestInFlight() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (mock.requests().stream().anyMatch(e -> e.resultCode() == null
        && !String.valueOf(e.envelope()).startsWith("fault:"))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the mock still handles requests of an earlier test");
      }
      Thread.sleep(20);
    }
  }

  private List<Map<String, Object>> scans() {
    return E2e.journal(mock, mark, "credit-card");
  }

  private static Fault fault(FaultKind kind, int times) {
    return kind == FaultKind.DELAY ? Fault.delay("credit-card", times, DELAY_MS) : Fault.of("credit-card", times, kind);
  }

  static Stream<Arguments> transportFaultsRetryOutlasts() {
    return Stream.of(FaultKind.DELAY, FaultKind.CONNECTION_RESET, FaultKind.HTTP_502_HTML)
        .flatMap(kind -> Stream.of(Arguments.of(kind, 1), Arguments.of(kind, 2)));
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("transportFaultsRetryOutlasts")
  void a_transport_fault_on_fewer_attempts_than_allowed_is_survived_by_retry_under_fresh_keys(
      FaultKind kind, int times) {
    mock.injectFault(fault(kind, times));

    CreditCard card = client.scanCreditCard(ImageSource.of(E2e.png(CARD)));

    assertThat(E2e.matches(card, CARD)).isTrue();
    assertThat(scans()).hasSize(times + 1);
    assertThat(crypto.wrappedKeys()).hasSize(times + 1).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0} on every attempt")
  @EnumSource(value = FaultKind.class, names = {"DELAY", "CONNECTION_RESET", "HTTP_502_HTML"})
  void a_transport_fault_on_every_attempt_is_an_ocr_transport_exception_after_three_requests(FaultKind kind) {
    mock.injectFault(fault(kind, 3));

    assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(E2e.png(CARD))))
        .isInstanceOf(OcrTransportException.class)
        .satisfies(e -> assertThat(((OcrTransportException) e).retryable()).isTrue());
    assertThat(scans()).hasSize(3);
    assertThat(crypto.wrappedKeys()).hasSize(3).doesNotHaveDuplicates();
  }

  /** A 200 whose body is broken may come after the service did (and billed) the scan: not resent. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(value = FaultKind.class, names = {"EMPTY_RESPONSE", "MALFORMED_JSON"})
  void a_successful_status_with_a_broken_body_is_an_ocr_protocol_exception_without_retry(FaultKind kind) {
    mock.injectFault(fault(kind, 1));

    assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(E2e.png(CARD)))).isInstanceOf(OcrProtocolException.class);
    assertThat(scans()).hasSize(1);
  }

  static Stream<Arguments> retryLaterCodes() {
    return Stream.of(5000503, 4000006).flatMap(code -> Stream.of(Arguments.of(code, 1), Arguments.of(code, 2)));
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("retryLaterCodes")
  void a_retry_later_code_on_fewer_attempts_than_allowed_is_survived_by_retry_under_fresh_keys(int code, int times) {
    mock.injectFault(Fault.resultCode("credit-card", times, code));

    CreditCard card = client.scanCreditCard(ImageSource.of(E2e.png(CARD)));

    assertThat(E2e.matches(card, CARD)).isTrue();
    assertThat(scans()).extracting(e -> e.get("resultCode")).hasSize(times + 1).endsWith(0);
    assertThat(crypto.wrappedKeys()).hasSize(times + 1).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {5000503, 4000006})
  void a_retry_later_code_on_every_attempt_is_an_ocr_service_exception_with_that_code(int code) {
    mock.injectFault(Fault.resultCode("credit-card", 3, code));

    assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(E2e.png(CARD))))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> {
          assertThat(e.resultCode()).isEqualTo(code);
          assertThat(e.resultKey()).isEqualTo(ResultCode.of(code).orElseThrow().key());
          assertThat(e.retryable()).isTrue();
        });
    assertThat(scans()).hasSize(3);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {4000001, 4000003, 4000111, 4010001, 5000001, 5003011})
  void a_code_that_retry_cannot_fix_is_an_ocr_service_exception_after_one_request(int code) {
    mock.injectFault(Fault.resultCode("credit-card", 1, code));

    Throwable thrown = catchThrowable(() -> client.scanCreditCard(ImageSource.of(E2e.png(CARD))));

    assertThat(thrown)
        .as(() -> "the mock's journal since the test began: " + mock.requests().subList(mark, mock.requests().size()))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> {
          assertThat(e.resultCode()).isEqualTo(code);
          assertThat(e.resultKey()).isEqualTo(ResultCode.of(code).orElseThrow().key());
          assertThat(e.retryable()).isFalse();
          assertThat(e.getMessage()).contains(String.valueOf(code));
        });
    assertThat(scans()).hasSize(1);
  }

  /** Found a mock bug: refusing without reading the upload made Jetty reset the connection. */
  @Test
  void a_refusal_answered_before_the_upload_was_read_reaches_the_client_as_the_services_answer() {
    // A PNG with 4 MB of padding after its end: still a PNG, and an upload still going when refused.
    byte[] large = Arrays.copyOf(E2e.png(CARD), E2e.png(CARD).length + 4 * 1024 * 1024);
    for (int i = 0; i < 5; i++) {
      mock.injectFault(Fault.resultCode("credit-card", 1, 4000001));

      assertThat(catchThrowable(() -> client.scanCreditCard(ImageSource.of(large)))).as("refusal %d", i)
          .isInstanceOfSatisfying(OcrServiceException.class, e -> assertThat(e.resultCode()).isEqualTo(4000001));
    }
    assertThat(scans()).hasSize(5);
  }

  @Test
  void a_reset_connection_during_an_id_card_scan_is_survived() {
    mock.injectFault(Fault.of("id-card", 1, FaultKind.CONNECTION_RESET));

    IdCardScan scan = client.scanIdCard(ImageSource.of(E2e.png(RESIDENT)));

    assertThat(E2e.actualKeyValues(scan)).containsExactlyEntriesOf(E2e.expectedKeyValues(RESIDENT));
    assertThat(E2e.journal(mock, mark, "id-card")).hasSize(2);
  }

  @Test
  void an_unavailable_authenticity_check_is_retried_and_its_request_key_still_works() {
    RequestKey key = client.scanIdCard(ImageSource.of(E2e.png(RESIDENT))).requestKey().orElseThrow();
    mock.injectFault(Fault.resultCode("id-card/authenticity", 1, 5000503));

    boolean authentic = client.verifyAuthenticity(key,
        AuthenticityRequest.resident(RESIDENT.name(), RESIDENT.residentNumber(), RESIDENT.issueDate()));

    assertThat(authentic).isTrue();
    assertThat(E2e.journal(mock, mark, "id-card/authenticity")).extracting(e -> e.get("resultCode"))
        .containsExactly(5000503, 0);
  }

  @Test
  void a_public_key_fetch_answered_with_a_gateway_page_is_retried() {
    try (OcrClient fresh = E2e.v20(mock).build()) {
      mock.injectFault(Fault.of("public-keys", 1, FaultKind.HTTP_502_HTML));

      assertThat(E2e.matches(fresh.scanCreditCard(ImageSource.of(E2e.png(CARD))), CARD)).isTrue();
      assertThat(E2e.journal(mock, mark, "public-keys/credit-card")).hasSize(2);
    }
  }
}
