package io.ocrkit.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.crypto.server.BouncyCastleServerEnvelopeCrypto;
import io.ocrkit.crypto.server.JcaServerEnvelopeCrypto;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Differential test: the JCA and BouncyCastle envelopes share no crypto code, so identical bytes
 * across every block boundary are strong evidence both run the protocol's AES-256-CBC.
 */
class JcaVersusBouncyCastleTest {

  private static final long SEED = 20261125L;

  /** Every size 0..300, around 64 KiB (the stream's chunk), near 70000, and seeded random sizes. */
  private static int[] sizes() {
    Random random = new Random(SEED);
    return IntStream.concat(
        IntStream.concat(IntStream.rangeClosed(0, 300),
            IntStream.of(65519, 65520, 65521, 65535, 65536, 65537, 65551, 65552, 65553, 69999, 70000)),
        IntStream.generate(() -> random.nextInt(70_001)).limit(40)).toArray();
  }

  @Test
  void both_adapters_encrypt_to_identical_bytes_and_open_each_others_ciphertext() throws IOException {
    Random random = new Random(SEED);
    byte[] key = new byte[32];
    random.nextBytes(key);
    byte[] data = new byte[70_000];
    random.nextBytes(data);

    try (Envelope jca = JcaEnvelopeCrypto.withKey(key); Envelope bc = BouncyCastleEnvelopeCrypto.withKey(key)) {
      for (int n : sizes()) {
        byte[] plain = java.util.Arrays.copyOf(data, n);
        byte[] viaJca = jca.encrypting(new ByteArrayInputStream(plain)).readAllBytes();
        byte[] viaBc = bc.encrypting(new ByteArrayInputStream(plain)).readAllBytes();

        assertThat(viaBc).as("%d bytes", n).isEqualTo(viaJca).hasSize((int) Envelope.ciphertextLength(n));
        assertThat(jca.decrypting(new ByteArrayInputStream(viaBc)).readAllBytes()).as("%d bytes", n).isEqualTo(plain);
        assertThat(bc.decrypting(new ByteArrayInputStream(viaJca)).readAllBytes()).as("%d bytes", n).isEqualTo(plain);
      }
    }
  }

  @Test
  void both_adapters_encrypt_text_fields_identically() {
    Random random = new Random(SEED + 1);
    byte[] key = new byte[32];
    random.nextBytes(key);
    String[] texts = {"", "a", "홍길동", "900101-1234567", "서울특별시 종로구청장".repeat(7), "M12345678"};

    try (Envelope jca = JcaEnvelopeCrypto.withKey(key); Envelope bc = BouncyCastleEnvelopeCrypto.withKey(key)) {
      for (String text : texts) {
        assertThat(bc.encryptField(text)).isEqualTo(jca.encryptField(text));
        assertThat(bc.decryptField(jca.encryptField(text))).isEqualTo(text);
      }
    }
  }

  @Test
  void a_key_sealed_by_one_adapter_is_unwrapped_by_the_other() {
    JcaEnvelopeCrypto jca = new JcaEnvelopeCrypto();
    BouncyCastleEnvelopeCrypto bc = new BouncyCastleEnvelopeCrypto();
    String spki = Kat.rsa("rsa2048.public.spki");
    var key = io.ocrkit.core.protocol.KeyService.CREDIT_CARD;

    try (Envelope sealedByJca = jca.seal(jca.parsePublicKey(key, "1", spki));
        Envelope sealedByBc = bc.seal(bc.parsePublicKey(key, "1", spki));
        Envelope openedByBc = new BouncyCastleServerEnvelopeCrypto().unwrap(Kat.privateKey(), "1", sealedByJca.wrappedKey());
        Envelope openedByJca = new JcaServerEnvelopeCrypto().unwrap(Kat.privateKey(), "1", sealedByBc.wrappedKey())) {
      assertThat(openedByBc.decryptField(sealedByJca.encryptField("홍길동"))).isEqualTo("홍길동");
      assertThat(openedByJca.decryptField(sealedByBc.encryptField("홍길동"))).isEqualTo("홍길동");
    }
  }
}
