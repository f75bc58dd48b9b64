package io.ocrkit.crypto.hardening;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.crypto.BouncyCastleEnvelopeCrypto;
import io.ocrkit.crypto.JcaEnvelopeCrypto;
import org.junit.jupiter.api.Test;

/** Regression tests for what the fuzz targets of this module found; one test per finding. */
class FuzzFindingsTest {

  @Test
  void an_empty_public_key_is_refused_by_bouncy_castle_with_a_protocol_exception_not_a_null_pointer() {
    // Found by EnvelopeFuzzTest: BouncyCastle parses empty DER to null, which then threw NPE.
    assertThatThrownBy(() -> new BouncyCastleEnvelopeCrypto().parsePublicKey(KeyService.CREDIT_CARD, "0", ""))
        .isExactlyInstanceOf(OcrProtocolException.class);
  }

  @Test
  void a_blank_public_key_is_refused_by_bouncy_castle_with_a_protocol_exception() {
    assertThatThrownBy(() -> new BouncyCastleEnvelopeCrypto().parsePublicKey(KeyService.ID_CARD, "0", "  \n"))
        .isExactlyInstanceOf(OcrProtocolException.class);
  }

  @Test
  void an_empty_public_key_is_refused_by_the_jca_adapter_alike() {
    assertThatThrownBy(() -> new JcaEnvelopeCrypto().parsePublicKey(KeyService.CREDIT_CARD, "0", ""))
        .isExactlyInstanceOf(OcrProtocolException.class);
  }
}
