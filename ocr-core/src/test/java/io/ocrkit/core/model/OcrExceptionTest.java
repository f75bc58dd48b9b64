package io.ocrkit.core.model;

import io.ocrkit.core.protocol.ResultCode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OcrExceptionTest {

  @Test
  void a_service_exception_for_an_unknown_code_keeps_the_number_and_names_it_unknown() {
    OcrServiceException e = new OcrServiceException("credit-card", 4009999, "new in the service");

    assertThat(e.resultCode()).isEqualTo(4009999);
    assertThat(e.resultKey()).isEqualTo("UNKNOWN_4009999");
    assertThat(e.code()).isEmpty();
    assertThat(e.retryable()).isFalse();
    assertThat(e.serviceMessage()).isEqualTo("new in the service");
    assertThat(e).hasMessage("credit-card failed: 4009999 UNKNOWN_4009999");
  }

  @Test
  void a_service_exception_for_a_known_code_says_its_key_meaning_and_retryability() {
    OcrServiceException e = new OcrServiceException("id-card", 5000503, null);

    assertThat(e.code()).hasValue(ResultCode.API_TEMPORARILY_UNAVAILABLE);
    assertThat(e.retryable()).isTrue();
    assertThat(e.serviceMessage()).isEmpty();
    assertThat(e).hasMessageContaining("id-card").hasMessageContaining("API_TEMPORARILY_UNAVAILABLE")
        .hasMessageContaining("retry later");
  }

  @Test
  void a_protocol_exception_is_opaque_and_not_retryable() {
    OcrProtocolException e = new OcrProtocolException("did not decrypt");

    assertThat(e).hasNoCause();
    assertThat(e.retryable()).isFalse();
    assertThat(e.resultKey()).isEqualTo("PROTOCOL");
  }

  @Test
  void a_transport_exception_is_retryable_and_keeps_the_wait_a_gateway_asked_for() {
    OcrTransportException e = new OcrTransportException("502 from gateway", Duration.ofSeconds(2), null);

    assertThat(e.retryable()).isTrue();
    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(2));
    assertThat(new OcrTransportException("reset", null).retryAfter()).isEmpty();
  }

  @Test
  void every_ocr_exception_is_unchecked() {
    assertThat(RuntimeException.class).isAssignableFrom(OcrException.class);
  }
}
