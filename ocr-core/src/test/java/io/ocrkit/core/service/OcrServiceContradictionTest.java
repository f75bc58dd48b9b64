package io.ocrkit.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.core.port.out.WireAnswer;
import io.ocrkit.core.testing.FakeTransport;
import io.ocrkit.core.testing.Images;
import org.junit.jupiter.api.Test;

/** An answer whose header contradicts itself is a protocol fault, neither a success nor a refusal. */
class OcrServiceContradictionTest {

  private final ServiceFixture f = new ServiceFixture();

  private static <W> FakeTransport.Reply<W> header(boolean isSuccessful, int resultCode) {
    return call -> new WireAnswer<>(new Wire.Header(isSuccessful, resultCode, "SERVER-TEXT"), null, null, null);
  }

  @Test
  void not_successful_with_result_code_zero_is_a_protocol_fault_saying_so() {
    f.transport.onCreditCard(header(false, 0));

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOf(OcrProtocolException.class).hasMessageContaining("contradicts itself")
        .hasMessageNotContaining("SERVER-TEXT");
    assertThat(f.transport.calls()).hasSize(1);
  }

  @Test
  void successful_with_a_non_zero_code_is_a_protocol_fault_and_not_retried() {
    f.transport.onIdCard(header(true, 5000503), header(true, 5000503));

    assertThatThrownBy(() -> f.service().scanIdCard(ImageSource.of(Images.png(100))))
        .isInstanceOf(OcrProtocolException.class).hasMessageContaining("contradicts itself");
    assertThat(f.transport.calls()).hasSize(1);
  }

  @Test
  void a_key_fetch_whose_header_contradicts_itself_is_a_protocol_fault() {
    f.transport.failNextKeyFetch(0);

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOf(OcrProtocolException.class).hasMessageContaining("public-keys/credit-card")
        .hasMessageContaining("contradicts itself");
    assertThat(f.transport.calls()).isEmpty();
  }
}
