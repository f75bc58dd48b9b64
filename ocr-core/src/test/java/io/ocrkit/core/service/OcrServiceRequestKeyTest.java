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
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.core.testing.Images;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

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
}
