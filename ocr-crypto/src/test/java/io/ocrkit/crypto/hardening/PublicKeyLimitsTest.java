package io.ocrkit.crypto.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.crypto.BouncyCastleEnvelopeCrypto;
import io.ocrkit.crypto.JcaEnvelopeCrypto;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A server cannot make sealing slow by sending a huge key: both adapters refuse a modulus over
 * 8192 bits and a public exponent over 64 bits with an {@link OcrProtocolException}. (The moduli
 * here are random odd numbers, not real keys: parsing and the limits never factor them.)
 */
class PublicKeyLimitsTest {

  private static final List<EnvelopeCrypto> ADAPTERS = List.of(new JcaEnvelopeCrypto(), new BouncyCastleEnvelopeCrypto());
  private static final BigInteger F4 = BigInteger.valueOf(65537);

  @Test
  void a_key_of_8193_bits_is_refused_by_both_adapters() throws Exception {
    String key = spki(modulus(8193), F4);
    for (EnvelopeCrypto crypto : ADAPTERS) {
      assertThatThrownBy(() -> crypto.parsePublicKey(KeyService.CREDIT_CARD, "0", key))
          .isExactlyInstanceOf(OcrProtocolException.class)
          .hasMessageContaining("at most 8192 bits");
    }
  }

  @Test
  void a_key_of_16384_bits_is_refused_by_both_adapters() throws Exception {
    String key = spki(modulus(16384), F4);
    for (EnvelopeCrypto crypto : ADAPTERS) {
      assertThatThrownBy(() -> crypto.parsePublicKey(KeyService.ID_CARD, "0", key))
          .isExactlyInstanceOf(OcrProtocolException.class);
    }
  }

  @Test
  void a_key_of_exactly_8192_bits_is_accepted_by_both_adapters() throws Exception {
    String key = spki(modulus(8192), F4);
    for (EnvelopeCrypto crypto : ADAPTERS) {
      assertThat(crypto.parsePublicKey(KeyService.CREDIT_CARD, "0", key).version()).isEqualTo("0");
    }
  }

  @Test
  void a_public_exponent_over_64_bits_is_refused_by_both_adapters() throws Exception {
    String key = spki(modulus(2048), BigInteger.ONE.shiftLeft(100).add(BigInteger.ONE));
    for (EnvelopeCrypto crypto : ADAPTERS) {
      assertThatThrownBy(() -> crypto.parsePublicKey(KeyService.CREDIT_CARD, "0", key))
          .isExactlyInstanceOf(OcrProtocolException.class)
          .hasMessageContaining("exponent");
    }
  }

  private static BigInteger modulus(int bits) {
    return new BigInteger(bits, new Random(bits)).setBit(bits - 1).setBit(0);
  }

  private static String spki(BigInteger modulus, BigInteger exponent) throws GeneralSecurityException {
    byte[] der = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent)).getEncoded();
    return Base64.getEncoder().encodeToString(der);
  }
}
