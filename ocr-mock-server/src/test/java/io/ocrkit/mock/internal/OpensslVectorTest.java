package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.crypto.server.BouncyCastleServerEnvelopeCrypto;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Pins the mock's server-side envelope to vectors made by the {@code openssl} command line:
 *
 * <pre>
 * openssl genrsa -out k.pem 2048; openssl pkcs8 -topk8 -nocrypt -in k.pem -outform DER -out k.der
 * KEY=000102...1e1f; echo -n $KEY | xxd -r -p &gt; sym.bin
 * openssl pkeyutl -encrypt -pubin -inkey pub.pem -pkeyopt rsa_padding_mode:pkcs1 -in sym.bin | base64 -w0
 * printf '4111111111111111' | openssl enc -aes-256-cbc -K $KEY -iv 000102030405060708090a0b0c0d0e0f | base64 -w0
 * </pre>
 */
class OpensslVectorTest {

  private static Properties vectors() throws Exception {
    Properties p = new Properties();
    try (InputStream in = OpensslVectorTest.class.getResourceAsStream("/io/ocrkit/mock/openssl-vectors.properties")) {
      p.load(in);
    }
    return p;
  }

  private static Envelope opened(Properties v) throws Exception {
    PrivateKey key = KeyFactory.getInstance("RSA")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(v.getProperty("privateKeyPkcs8Base64"))));
    return new BouncyCastleServerEnvelopeCrypto().unwrap(key, "0", v.getProperty("wrappedKeyBase64"));
  }

  @Test
  void a_key_wrapped_by_openssl_unwraps_and_encrypts_fields_as_openssl_does() throws Exception {
    Properties v = vectors();
    try (Envelope envelope = opened(v)) {
      assertThat(envelope.encryptField(v.getProperty("cardNumberPlain"))).isEqualTo(v.getProperty("cardNumberCipherBase64"));
      assertThat(envelope.encryptField("홍길동")).isEqualTo(v.getProperty("nameCipherBase64"));
    }
  }

  @Test
  void a_payload_encrypted_by_openssl_decrypts_as_the_image_would() throws Exception {
    Properties v = vectors();
    try (Envelope envelope = opened(v);
        InputStream in = envelope.decrypting(new ByteArrayInputStream(
            Base64.getDecoder().decode(v.getProperty("cardNumberCipherBase64"))))) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .isEqualTo(v.getProperty("cardNumberPlain"));
    }
    assertThat(HexFormat.of().parseHex(v.getProperty("symmetricKeyHex"))).hasSize(32);
  }
}
