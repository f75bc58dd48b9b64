package io.ocrkit.core.service;

import static io.ocrkit.core.testing.FakeTransport.fault;
import static io.ocrkit.core.testing.FakeTransport.refused;
import static io.ocrkit.core.testing.FakeTransport.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.testing.Images;
import org.junit.jupiter.api.Test;

/** Calls as the observer and the transport see them: one id per call, attempts numbered within it. */
class OcrServiceCallObserverTest {

  private final ServiceFixture f = new ServiceFixture();

  @Test
  void a_scan_is_one_call_and_its_key_fetch_belongs_to_its_first_attempt() {
    f.transport.onCreditCard(success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.callEvents).containsExactly("start credit-card #1", "end credit-card #1");
    assertThat(f.transport.exchanges()).containsExactly(
        "public-keys/credit-card of credit-card #1 attempt 1", "credit-card of credit-card #1 attempt 1");
  }

  @Test
  void a_reseal_under_a_fresh_key_is_the_second_attempt_of_the_same_call() {
    f.transport.onCreditCard(refused(4000301), success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.callEvents).containsExactly("start credit-card #1", "end credit-card #1");
    assertThat(f.transport.exchanges()).containsExactly(
        "public-keys/credit-card of credit-card #1 attempt 1", "credit-card of credit-card #1 attempt 1",
        "public-keys/credit-card of credit-card #1 attempt 2", "credit-card of credit-card #1 attempt 2");
  }

  @Test
  void a_retry_after_a_fault_is_the_next_attempt_and_the_next_call_has_its_own_id() {
    f.transport.onCreditCard(fault(), success(ServiceFixture::card), success(ServiceFixture::card));
    OcrService service = f.service();

    service.scanCreditCard(ImageSource.of(Images.png(100)));
    service.scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.transport.exchanges()).containsExactly(
        "public-keys/credit-card of credit-card #1 attempt 1", "credit-card of credit-card #1 attempt 1",
        "credit-card of credit-card #1 attempt 2", "credit-card of credit-card #2 attempt 1");
  }

  @Test
  void a_refused_call_fails_with_what_the_caller_gets() {
    f.transport.onCreditCard(refused(4000102));

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOf(OcrServiceException.class);

    assertThat(f.callEvents).containsExactly("start credit-card #1", "failed credit-card #1 OcrServiceException");
  }

  @Test
  void an_image_refused_before_sending_is_no_call() {
    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(new byte[0])))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(f.callEvents).isEmpty();
  }

  @Test
  void a_key_asked_for_on_its_own_is_a_call_of_its_own_even_when_cached() {
    OcrService service = f.service();

    service.publicKey(KeyService.ID_CARD);
    service.publicKey(KeyService.ID_CARD);

    assertThat(f.callEvents).containsExactly("start public-keys/id-card #1", "end public-keys/id-card #1",
        "start public-keys/id-card #2", "end public-keys/id-card #2");
    assertThat(f.transport.exchanges()).containsExactly("public-keys/id-card of public-keys/id-card #1 attempt 1");
  }
}
