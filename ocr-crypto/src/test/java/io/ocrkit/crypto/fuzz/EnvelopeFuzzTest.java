package io.ocrkit.crypto.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.crypto.BouncyCastleEnvelopeCrypto;
import io.ocrkit.crypto.JcaEnvelopeCrypto;
import io.ocrkit.crypto.server.BouncyCastleServerEnvelopeCrypto;
import io.ocrkit.crypto.server.JcaServerEnvelopeCrypto;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.KeyPair;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Fuzzes every parser of the crypto module that sees outside bytes: the service's public key
 * (Base64 of DER), the answer's encrypted fields (Base64 of AES-CBC), the image stream, and the
 * wrapped key the mock unwraps. The only documented failure is {@link OcrProtocolException}; the
 * two adapters must also agree on every input (a differential check).
 *
 * <p>CI runs each target for a few seconds with {@code JAZZER_FUZZ=1}; the seed corpus is under
 * {@code src/test/resources/io/ocrkit/crypto/fuzz/EnvelopeFuzzTestInputs/}. See FUZZING.md.
 */
@org.junit.jupiter.api.Tag("slow")
class EnvelopeFuzzTest {

  private static final KeyPair RSA = rsa();
  private static final JcaEnvelopeCrypto JCA = new JcaEnvelopeCrypto();
  private static final BouncyCastleEnvelopeCrypto BC = new BouncyCastleEnvelopeCrypto();
  private static final JcaServerEnvelopeCrypto JCA_SERVER = new JcaServerEnvelopeCrypto();
  private static final BouncyCastleServerEnvelopeCrypto BC_SERVER = new BouncyCastleServerEnvelopeCrypto();
  private static final ServicePublicKey SERVICE_KEY = JCA.parsePublicKey(KeyService.CREDIT_CARD, "0",
      Base64.getEncoder().encodeToString(RSA.getPublic().getEncoded()));

  @FuzzTest(maxDuration = "5s")
  void a_public_key_either_parses_or_is_refused_with_a_protocol_exception(FuzzedDataProvider data) {
    boolean asBase64 = data.consumeBoolean();
    String text = asBase64 ? Base64.getEncoder().encodeToString(data.consumeRemainingAsBytes())
        : data.consumeRemainingAsString();
    Outcome jca = outcome(() -> JCA.parsePublicKey(KeyService.ID_CARD, "0", text).fingerprint());
    Outcome bc = outcome(() -> BC.parsePublicKey(KeyService.ID_CARD, "0", text).fingerprint());
    assertThat(bc).as("both adapters judge a key alike").isEqualTo(jca);
  }

  @FuzzTest(maxDuration = "5s")
  void an_encrypted_field_either_decrypts_alike_in_both_adapters_or_fails_opaquely(FuzzedDataProvider data) {
    try (Envelope sdk = JCA.seal(SERVICE_KEY);
        Envelope server = BC_SERVER.unwrap(RSA.getPrivate(), sdk.keyVersion(), sdk.wrappedKey())) {
      String field;
      switch (data.consumeInt(0, 2)) {
        case 0 -> field = data.consumeRemainingAsString();
        case 1 -> field = Base64.getEncoder().encodeToString(data.consumeRemainingAsBytes());
        default -> {
          // A real ciphertext with one byte changed: the padding-oracle shape.
          byte[] cipher = Base64.getDecoder().decode(server.encryptField(data.consumeString(64)));
          int at = data.consumeInt(0, cipher.length - 1);
          cipher[at] ^= (byte) data.consumeInt(1, 255);
          field = Base64.getEncoder().encodeToString(cipher);
        }
      }
      Outcome jca = outcome(() -> sdk.decryptField(field));
      Outcome bc = outcome(() -> server.decryptField(field));
      assertThat(bc).as("both adapters decrypt a field alike").isEqualTo(jca);
    }
  }

  @FuzzTest(maxDuration = "5s")
  void a_decrypting_stream_ends_or_fails_with_a_protocol_exception(byte[] cipherText) throws IOException {
    try (Envelope sdk = JCA.seal(SERVICE_KEY);
        Envelope server = BC_SERVER.unwrap(RSA.getPrivate(), sdk.keyVersion(), sdk.wrappedKey())) {
      Outcome jca = outcome(() -> readAll(sdk, cipherText));
      Outcome bc = outcome(() -> readAll(server, cipherText));
      assertThat(bc).as("both adapters decrypt a stream alike").isEqualTo(jca);
      assertThat(jca.value() == null || jca.value().length() <= cipherText.length * 2)
          .as("plaintext is never longer than the ciphertext").isTrue();
    }
  }

  @FuzzTest(maxDuration = "5s")
  void a_wrapped_key_either_unwraps_to_32_bytes_or_is_refused(FuzzedDataProvider data) {
    String wrapped = data.consumeBoolean() ? data.consumeRemainingAsString()
        : Base64.getEncoder().encodeToString(data.consumeRemainingAsBytes());
    Outcome jca = outcome(() -> {
      try (Envelope e = JCA_SERVER.unwrap(RSA.getPrivate(), "0", wrapped)) {
        return e.keyVersion();
      }
    });
    Outcome bc = outcome(() -> {
      try (Envelope e = BC_SERVER.unwrap(RSA.getPrivate(), "0", wrapped)) {
        return e.keyVersion();
      }
    });
    assertThat(bc).as("both adapters unwrap alike").isEqualTo(jca);
  }

  private static String readAll(Envelope envelope, byte[] cipherText) {
    try (InputStream in = envelope.decrypting(new ByteArrayInputStream(cipherText))) {
      return java.util.HexFormat.of().formatHex(in.readAllBytes());
    } catch (IOException e) {
      throw new AssertionError("a byte array stream does not fail", e);
    }
  }

  /** What a call did: a value, or the one documented failure. Anything else propagates: a finding. */
  record Outcome(String value, boolean refused) {}

  private static Outcome outcome(java.util.function.Supplier<String> call) {
    try {
      return new Outcome(call.get(), false);
    } catch (OcrProtocolException documented) {
      assertThat(documented.getCause()).as("no cause chain (not a padding oracle)").isNull();
      return new Outcome(null, true);
    }
  }

  /** A committed test key pair: generating one under the fuzzer's hooks takes tens of seconds. */
  private static KeyPair rsa() {
    try (InputStream pk8 = EnvelopeFuzzTest.class.getResourceAsStream("test-rsa-2048.pk8");
        InputStream spki = EnvelopeFuzzTest.class.getResourceAsStream("test-rsa-2048.spki")) {
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      return new KeyPair(rsa.generatePublic(new X509EncodedKeySpec(spki.readAllBytes())),
          rsa.generatePrivate(new PKCS8EncodedKeySpec(pk8.readAllBytes())));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("the test key pair is missing", e);
    }
  }
}
