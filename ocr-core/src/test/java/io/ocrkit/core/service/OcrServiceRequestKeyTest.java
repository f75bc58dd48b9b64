package io.ocrkit.core.service;

import static io.ocrkit.core.testing.FakeTransport.refused;
import static io.ocrkit.core.testing.FakeTransport.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.core.port.out.WireAnswer;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.testing.FakeTransport;
import io.ocrkit.core.testing.Images;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import io.ocrkit.core.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Request-Key lifecycle: issued with its time, refused locally once expired or spent. */
class OcrServiceRequestKeyTest {

  private static final AuthenticityRequest RESIDENT =
      AuthenticityRequest.resident("홍길동", "900101-1234567", "20200102");

  private final ServiceFixture f = new ServiceFixture();

  private RequestKey scannedKey(OcrService service) {
    f.transport.onIdCard(success(ServiceFixture::residentCard, "rk-0123456789abcdef"));
    return service.scanIdCard(ImageSource.of(Images.jpg(100))).requestKey().orElseThrow();
  }

  @Test
  void an_id_card_scan_answers_a_request_key_dated_from_when_the_call_began_and_valid_for_an_hour() {
    Instant start = f.clock.instant();

    RequestKey key = scannedKey(f.service());

    assertThat(key.reveal()).isEqualTo("rk-0123456789abcdef");
    assertThat(key.issuedAt()).hasValue(start);
    assertThat(key.expiresAt()).hasValue(start.plus(Duration.ofHours(1)));
    assertThat(key.isSpent()).isFalse();
  }

  @Test
  void a_stand_alone_scan_has_no_request_key() {
    f.transport.onIdCard(success(ServiceFixture::residentCard, "rk-ignored-here"));

    IdCardScan scan = f.service().scanIdCardStandAlone(ImageSource.of(Images.jpg(100)));

    assertThat(scan.requestKey()).isEmpty();
    assertThat(f.transport.calls().get(0).operation().pathSegment()).isEqualTo("id-card/stand-alone");
  }

  @RegisterExtension
  final LogCapture log = LogCapture.of("io.ocrkit");

  @Test
  void a_resident_card_answer_without_a_request_key_is_worth_a_warning() {
    f.transport.onIdCard(success(ServiceFixture::residentCard));

    f.service().scanIdCard(ImageSource.of(Images.jpg(100)));

    assertThat(log.lines()).anySatisfy(line -> assertThat(line).contains("without a Request-Key"));
  }

  @Test
  void a_passport_answer_without_a_request_key_is_normal_and_logs_no_warning() {
    f.transport.onIdCard(success(call -> new Wire.IdCard("jpg", "normal", "passport", List.of(
        new Wire.KeyValue("MRZ1", call.encrypt(PassportMrz.LINE1), 0.99, null),
        new Wire.KeyValue("MRZ2", call.encrypt(PassportMrz.LINE2), 0.99, null)), List.of())));

    IdCardScan scan = f.service().scanIdCard(ImageSource.of(Images.jpg(100)));

    assertThat(scan.requestKey()).isEmpty();
    assertThat(log.lines()).noneSatisfy(line -> assertThat(line).contains("Request-Key"));
  }

  /** The ICAO Doc 9303 specimen's zone: a passport is read from it alone. */
  private static final class PassportMrz {
    static final String LINE1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    static final String LINE2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
  }

  @Test
  void an_id_card_answer_without_a_request_key_header_gives_none() {
    f.transport.onIdCard(success(ServiceFixture::residentCard));

    assertThat(f.service().scanIdCard(ImageSource.of(Images.jpg(100))).requestKey()).isEmpty();
  }

  @Test
  void an_expired_request_key_is_refused_locally_without_a_call() {
    OcrService service = f.service();
    RequestKey key = scannedKey(service);
    f.clock.advance(Duration.ofHours(1));

    assertThatThrownBy(() -> service.verifyAuthenticity(key, RESIDENT))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> {
          assertThat(e.resultKey()).isEqualTo("AUTHENTICITY_REQUEST_KEY_INVALID");
          assertThat(e.serviceMessage()).contains("expired");
        })
        .hasMessageNotContaining("rk-0123456789abcdef");
    assertThat(f.transport.calls()).hasSize(1); // the scan only
  }

  @Test
  void a_request_key_a_moment_before_expiry_is_still_sent() {
    OcrService service = f.service();
    RequestKey key = scannedKey(service);
    f.clock.advance(Duration.ofHours(1).minusSeconds(1));
    f.transport.onAuthenticity(success(call -> new Wire.Authenticity(true)));

    assertThat(service.verifyAuthenticity(key, RESIDENT)).isTrue();
  }

  @Test
  void a_successful_check_spends_the_key_and_a_second_check_is_refused_locally() {
    OcrService service = f.service();
    RequestKey key = scannedKey(service);
    f.transport.onAuthenticity(success(call -> new Wire.Authenticity(true)));

    assertThat(service.verifyAuthenticity(key, RESIDENT)).isTrue();
    assertThat(key.isSpent()).isTrue();
    assertThatThrownBy(() -> service.verifyAuthenticity(key, RESIDENT))
        .isInstanceOfSatisfying(OcrServiceException.class,
            e -> assertThat(e.resultCode()).isEqualTo(4000122));
    assertThat(f.transport.calls()).hasSize(2); // scan + one check
  }

  @Test
  void a_refused_check_does_not_spend_the_key() {
    OcrService service = f.service();
    RequestKey key = scannedKey(service);
    f.transport.onAuthenticity(refused(4000001));

    assertThatThrownBy(() -> service.verifyAuthenticity(key, RESIDENT)).isInstanceOf(OcrServiceException.class);

    assertThat(key.isSpent()).isFalse();
  }

  @Test
  void a_key_typed_in_without_an_issue_time_is_left_to_the_service_to_judge() {
    RequestKey typedIn = RequestKey.of("rk-typed-in-by-hand");
    f.clock.advance(Duration.ofDays(30));
    f.transport.onAuthenticity(success(call -> new Wire.Authenticity(true)));

    assertThat(f.service().verifyAuthenticity(typedIn, RESIDENT)).isTrue();
    assertThat(f.transport.calls().get(0).requestKey()).isEqualTo("rk-typed-in-by-hand");
  }

  @Test
  void the_request_key_lifetime_follows_the_options() {
    f.options = f.options.withRequestKeyTtl(Duration.ofMinutes(10));
    OcrService service = f.service();
    RequestKey key = scannedKey(service);
    f.clock.advance(Duration.ofMinutes(10));

    assertThatThrownBy(() -> service.verifyAuthenticity(key, RESIDENT)).isInstanceOf(OcrServiceException.class);
  }

  @Test
  void of_two_threads_checking_one_key_at_once_only_one_sends_it() throws Exception {
    OcrService service = f.service();
    RequestKey key = scannedKey(service);
    CountDownLatch startGate = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger inTransport = new AtomicInteger();
    CompletableFuture<Void> bothInTransport = new CompletableFuture<>();
    FakeTransport.Reply<Wire.Authenticity> heldUntilReleased = call -> {
      if (inTransport.incrementAndGet() == 2) {
        bothInTransport.complete(null); // what the claim must prevent; let the test see it at once
      }
      await(release);
      return new WireAnswer<>(new Wire.Header(true, 0, "SUCCESS"), new Wire.Authenticity(true));
    };
    f.transport.onAuthenticity(heldUntilReleased, heldUntilReleased);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<CompletableFuture<Boolean>> checks = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        checks.add(CompletableFuture.supplyAsync(() -> {
          await(startGate);
          return service.verifyAuthenticity(key, RESIDENT);
        }, pool));
      }
      startGate.countDown();
      // One check ends as soon as it is refused; without the claim both would reach the transport.
      CompletableFuture.anyOf(settled(checks.get(0)), settled(checks.get(1)), bothInTransport)
          .get(10, TimeUnit.SECONDS);
      release.countDown();

      List<Object> outcomes = new ArrayList<>();
      for (CompletableFuture<Boolean> check : checks) {
        Object outcome = settled(check).get(10, TimeUnit.SECONDS);
        outcomes.add(outcome instanceof Throwable t && t.getCause() != null ? t.getCause() : outcome);
      }
      assertThat(f.transport.calls(Operation.ID_CARD_AUTHENTICITY)).hasSize(1);
      assertThat(outcomes).containsOnlyOnce(true);
      assertThat(outcomes).filteredOn(OcrServiceException.class::isInstance).singleElement()
          .satisfies(e -> {
            assertThat(((OcrServiceException) e).resultCode()).isEqualTo(4000122);
            assertThat(((OcrServiceException) e).serviceMessage()).contains("in flight");
          });
      assertThat(key.isSpent()).isTrue();
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void a_check_that_ends_without_an_answer_releases_the_key_for_another_try() {
    f.options = f.options.withRetry(RetryPolicy.none());
    OcrService service = f.service();
    RequestKey key = scannedKey(service);
    f.transport.onAuthenticity(FakeTransport.fault(), success(call -> new Wire.Authenticity(true)));

    assertThatThrownBy(() -> service.verifyAuthenticity(key, RESIDENT)).isInstanceOf(OcrTransportException.class);
    assertThat(key.isSpent()).isFalse();

    assertThat(service.verifyAuthenticity(key, RESIDENT)).isTrue();
    assertThat(f.transport.calls(Operation.ID_CARD_AUTHENTICITY)).hasSize(2);
  }

  @Test
  void a_refused_check_releases_the_key_so_it_can_be_sent_again() {
    OcrService service = f.service();
    RequestKey key = scannedKey(service);
    f.transport.onAuthenticity(refused(4000001), success(call -> new Wire.Authenticity(false)));

    assertThatThrownBy(() -> service.verifyAuthenticity(key, RESIDENT)).isInstanceOf(OcrServiceException.class);

    assertThat(service.verifyAuthenticity(key, RESIDENT)).isFalse();
    assertThat(key.isSpent()).isTrue();
  }

  /** Completes normally when {@code check} ends, whether it succeeded or failed. */
  private static CompletableFuture<Object> settled(CompletableFuture<Boolean> check) {
    return check.handle((authentic, failure) -> failure == null ? authentic : failure);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("a latch the test holds was never opened");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
