package io.ocrkit.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.port.out.EnvelopeCrypto;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.crypto.internal.AbstractEnvelope;
import io.ocrkit.crypto.server.ServerEnvelope;
import io.ocrkit.crypto.server.ServerEnvelopeCrypto;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every envelope adapter must do, pinned by the openssl vectors of {@code kat/}. Each
 * adapter's test class extends this and says how to make its envelopes.
 */
abstract class EnvelopeCryptoContract {

  /** The message of the one opaque decryption error. */
  static final String UNDECRYPTABLE = "an encrypted field of the answer did not decrypt";

  static final int[] SIZES = Kat.SIZES;

  /** An envelope over a known key (the adapter's package-private {@code withKey}). */
  abstract Envelope withKey(byte[] key);

  abstract EnvelopeCrypto crypto();

  abstract ServerEnvelopeCrypto server();

  static Stream<Arguments> fields() {
    return Kat.fields().stream().map(f -> Arguments.of(f[0], f[1]));
  }

  private ServicePublicKey publicKey() {
    return crypto().parsePublicKey(KeyService.ID_CARD, "7", Kat.rsa("rsa2048.public.spki"));
  }

  // --- AES known answers ---

  @ParameterizedTest(name = "{0} bytes")
  @FieldSource("SIZES")
  void the_encrypting_stream_reproduces_the_openssl_ciphertext_byte_for_byte(int n) throws IOException {
    try (Envelope envelope = withKey(Kat.aesKey())) {
      byte[] cipher = envelope.encrypting(new ByteArrayInputStream(Kat.plain(n))).readAllBytes();

      assertThat(cipher).isEqualTo(Kat.cipher(n)).hasSize((int) Envelope.ciphertextLength(n));
    }
  }

  @ParameterizedTest(name = "{0} bytes")
  @FieldSource("SIZES")
  void the_decrypting_stream_opens_the_openssl_ciphertext(int n) throws IOException {
    try (Envelope envelope = withKey(Kat.aesKey())) {
      assertThat(envelope.decrypting(new ByteArrayInputStream(Kat.cipher(n))).readAllBytes()).isEqualTo(Kat.plain(n));
    }
  }

  @ParameterizedTest(name = "{0} bytes")
  @FieldSource("SIZES")
  void the_one_pass_decryption_opens_the_openssl_ciphertext_where_it_lies_and_leaves_it_as_it_was(int n) {
    byte[] cipher = Kat.cipher(n);
    byte[] around = new byte[cipher.length + 8];
    Arrays.fill(around, (byte) 0x5A);
    System.arraycopy(cipher, 0, around, 5, cipher.length);
    byte[] before = around.clone();

    try (ServerEnvelope envelope = (ServerEnvelope) withKey(Kat.aesKey())) {
      assertThat(envelope.decrypt(around, 5, cipher.length)).isEqualTo(Kat.plain(n));
      assertThat(around).isEqualTo(before);
    }
  }

  @Test
  void the_one_pass_decryption_refuses_what_the_stream_refuses_and_opens_what_it_opens() throws IOException {
    byte[] cipher = Kat.cipher(32); // three blocks, the last all padding
    try (ServerEnvelope envelope = (ServerEnvelope) withKey(Kat.aesKey())) {
      // Changing the block before the last changes the last plaintext block, its padding with it.
      for (int at = cipher.length - 32; at < cipher.length - 16; at++) {
        for (int flip = 1; flip < 256; flip++) {
          byte[] tampered = cipher.clone();
          tampered[at] ^= (byte) flip;
          byte[] streamed;
          try {
            streamed = envelope.decrypting(new ByteArrayInputStream(tampered)).readAllBytes();
          } catch (OcrProtocolException refused) {
            streamed = null;
          }
          if (streamed == null) {
            assertThatThrownBy(() -> envelope.decrypt(tampered, 0, tampered.length))
                .isInstanceOf(OcrProtocolException.class).hasNoCause();
          } else {
            assertThat(envelope.decrypt(tampered, 0, tampered.length)).isEqualTo(streamed);
          }
        }
      }
      for (int length : new int[] {0, 15, 17, 47}) {
        assertThatThrownBy(() -> envelope.decrypt(cipher, 0, length)).isInstanceOf(OcrProtocolException.class);
      }
      assertThat(envelope.decrypt(cipher, 0, cipher.length)).isEqualTo(Kat.plain(32));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void a_text_field_encrypts_to_the_openssl_base64(String plain, String cipher) {
    try (Envelope envelope = withKey(Kat.aesKey())) {
      assertThat(envelope.encryptField(plain)).isEqualTo(cipher);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fields")
  void an_openssl_base64_field_decrypts_to_its_utf8_text(String plain, String cipher) {
    try (Envelope envelope = withKey(Kat.aesKey())) {
      assertThat(envelope.decryptField(cipher)).isEqualTo(plain);
    }
  }

  // --- RSA known answers ---

  @Test
  void one_envelope_opens_every_field_of_an_answer_in_turn_even_after_a_field_that_fails() {
    try (Envelope envelope = withKey(Kat.aesKey())) {
      for (String[] field : Kat.fields()) {
        assertThat(envelope.decryptField(field[1])).isEqualTo(field[0]);
        assertThat(envelope.encryptField(field[0])).isEqualTo(field[1]);
        String truncated = java.util.Base64.getEncoder().encodeToString(
            java.util.Arrays.copyOf(java.util.Base64.getDecoder().decode(field[1]), 16));
        org.assertj.core.api.Assertions.catchThrowable(() -> envelope.decryptField(truncated));
      }
      for (String[] field : Kat.fields()) {
        assertThat(envelope.decryptField(field[1])).isEqualTo(field[0]);
      }
    }
  }

  @Test
  void the_openssl_wrapped_32_byte_key_unwraps_with_the_pkcs8_private_key() {
    try (Envelope unwrapped = server().unwrap(Kat.privateKey(), "3", Kat.rsa("key32.wrapped"));
        Envelope known = withKey(Kat.rsaHex("key32.hex"))) {
      assertThat(unwrapped.keyVersion()).isEqualTo("3");
      assertThat(unwrapped.wrappedKey()).isEqualTo(Kat.rsa("key32.wrapped"));
      // Same key, same IV: equal ciphertexts prove the unwrapped key is openssl's.
      assertThat(unwrapped.encryptField("홍길동")).isEqualTo(known.encryptField("홍길동"));
    }
  }

  @Test
  void an_openssl_wrapped_16_byte_key_is_refused() {
    assertThatThrownBy(() -> server().unwrap(Kat.privateKey(), "3", Kat.rsa("key16.wrapped")))
        .isInstanceOf(OcrProtocolException.class)
        .hasNoCause()
        .hasMessageContaining("32 bytes")
        .hasMessageNotContaining(Kat.rsa("key16.hex"));
  }

  @Test
  void a_wrapped_key_that_is_not_base64_or_does_not_unwrap_is_refused() {
    byte[] garbage = new byte[256];
    Arrays.fill(garbage, (byte) 7);

    assertThatThrownBy(() -> server().unwrap(Kat.privateKey(), "3", "%%%"))
        .isInstanceOf(OcrProtocolException.class).hasNoCause();
    assertThatThrownBy(() -> server().unwrap(Kat.privateKey(), "3", Base64.getEncoder().encodeToString(garbage)))
        .isInstanceOf(OcrProtocolException.class).hasNoCause();
  }

  @Test
  void one_server_unwraps_again_after_a_refused_key_and_under_another_private_key() throws Exception {
    ServerEnvelopeCrypto server = server();
    byte[] garbage = new byte[256];
    Arrays.fill(garbage, (byte) 7);
    java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    java.security.KeyPair other = generator.generateKeyPair();

    assertThatThrownBy(() -> server.unwrap(Kat.privateKey(), "3", Base64.getEncoder().encodeToString(garbage)))
        .isInstanceOf(OcrProtocolException.class);
    try (Envelope unwrapped = server.unwrap(Kat.privateKey(), "3", Kat.rsa("key32.wrapped"));
        Envelope known = withKey(Kat.rsaHex("key32.hex"))) {
      assertThat(unwrapped.encryptField("홍길동")).isEqualTo(known.encryptField("홍길동"));
    }
    ServicePublicKey otherPublic = crypto().parsePublicKey(KeyService.CREDIT_CARD, "4",
        Base64.getEncoder().encodeToString(other.getPublic().getEncoded()));
    try (Envelope client = crypto().seal(otherPublic);
        Envelope service = server.unwrap(other.getPrivate(), "4", client.wrappedKey())) {
      assertThat(client.decryptField(service.encryptField("홍길동"))).isEqualTo("홍길동");
    }
  }

  @Test
  void the_spki_and_pkcs1_forms_parse_to_the_same_key_with_the_openssl_fingerprint() {
    ServicePublicKey spki = crypto().parsePublicKey(KeyService.CREDIT_CARD, "0", Kat.rsa("rsa2048.public.spki"));
    ServicePublicKey pkcs1 = crypto().parsePublicKey(KeyService.CREDIT_CARD, "0", Kat.rsa("rsa2048.public.pkcs1"));

    assertThat(spki.fingerprint()).isEqualTo(Kat.rsa("rsa2048.public.sha256"));
    assertThat(pkcs1.fingerprint()).isEqualTo(spki.fingerprint());
    assertThat(pkcs1.key().getEncoded()).isEqualTo(Base64.getDecoder().decode(Kat.rsa("rsa2048.public.spki")));
    assertThat(spki.version()).isEqualTo("0");
    assertThat(spki.service()).isEqualTo(KeyService.CREDIT_CARD);
  }

  @Test
  void an_rsa_1024_key_is_refused() {
    assertThatThrownBy(() -> crypto().parsePublicKey(KeyService.ID_CARD, "0", Kat.rsa("rsa1024.public.spki")))
        .isInstanceOf(OcrProtocolException.class)
        .hasMessageContaining("RSA-1024").hasMessageContaining("2048");
  }

  @Test
  void text_that_is_not_an_rsa_key_is_refused_as_a_protocol_error() {
    for (String notAKey : new String[] {"not base64!", "AAAA", Base64.getEncoder().encodeToString(new byte[300]),
        Kat.rsa("rsa2048.private.pkcs8")}) {
      assertThatThrownBy(() -> crypto().parsePublicKey(KeyService.ID_CARD, "0", notAKey))
          .as(notAKey.substring(0, Math.min(10, notAKey.length())))
          .isInstanceOf(OcrProtocolException.class).hasMessageContaining("id-card");
    }
  }

  // --- seal ---

  @Test
  void every_seal_makes_a_fresh_key() {
    ServicePublicKey key = publicKey();
    try (Envelope first = crypto().seal(key); Envelope second = crypto().seal(key)) {
      assertThat(first.wrappedKey()).isNotEqualTo(second.wrappedKey());
      assertThat(first.encryptField("same text")).isNotEqualTo(second.encryptField("same text"));
    }
  }

  @Test
  void the_wrapped_key_is_256_bytes_under_rsa_2048_and_the_version_is_echoed() {
    try (Envelope envelope = crypto().seal(publicKey())) {
      assertThat(Base64.getDecoder().decode(envelope.wrappedKey())).hasSize(256);
      assertThat(envelope.keyVersion()).isEqualTo("7");
    }
  }

  @Test
  void the_service_side_unwraps_a_sealed_key_and_opens_what_it_encrypted() throws IOException {
    try (Envelope client = crypto().seal(publicKey())) {
      String field = client.encryptField("900101-1234567");
      byte[] body = client.encrypting(new ByteArrayInputStream(Kat.plain(1000))).readAllBytes();
      try (Envelope service = server().unwrap(Kat.privateKey(), client.keyVersion(), client.wrappedKey())) {
        assertThat(service.decryptField(field)).isEqualTo("900101-1234567");
        assertThat(service.decrypting(new ByteArrayInputStream(body)).readAllBytes()).isEqualTo(Kat.plain(1000));
        assertThat(client.decryptField(service.encryptField("홍길동"))).isEqualTo("홍길동");
      }
    }
  }

  @Test
  void close_wipes_the_key_and_every_later_use_fails() {
    Envelope envelope = crypto().seal(publicKey());
    String field = envelope.encryptField("x");
    envelope.close();
    envelope.close(); // twice is harmless

    assertThat(((AbstractEnvelope) envelope).isWiped()).isTrue();
    assertThat(envelope.toString()).contains("wiped");
    assertThatThrownBy(() -> envelope.encryptField("x")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> envelope.decryptField(field)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> envelope.encrypting(new ByteArrayInputStream(new byte[1])))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> envelope.decrypting(new ByteArrayInputStream(new byte[16])))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void an_envelope_prints_no_key() {
    try (Envelope envelope = withKey(Kat.aesKey())) {
      assertThat(envelope.toString()).doesNotContain(HexFormat.of().formatHex(Kat.aesKey()))
          .doesNotContain(Base64.getEncoder().encodeToString(Kat.aesKey()));
    }
  }

  @Test
  void openssl_unwraps_the_key_a_seal_wrapped_and_decrypts_its_field(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(opensslAvailable(), "the openssl command is not on the PATH; CI installs it");
    Path privateKey = Files.write(dir.resolve("private.der"), Base64.getDecoder().decode(Kat.rsa("rsa2048.private.pkcs8")));
    try (Envelope envelope = crypto().seal(publicKey())) {
      Path wrapped = Files.write(dir.resolve("wrapped.bin"), Base64.getDecoder().decode(envelope.wrappedKey()));
      Path unwrapped = dir.resolve("key.bin");

      run(dir, "openssl", "pkeyutl", "-decrypt", "-inkey", privateKey.toString(), "-keyform", "DER",
          "-pkeyopt", "rsa_padding_mode:pkcs1", "-in", wrapped.toString(), "-out", unwrapped.toString());
      byte[] key = Files.readAllBytes(unwrapped);
      assertThat(key).hasSize(32);

      String hex = HexFormat.of().formatHex(key);
      Path field = Files.writeString(dir.resolve("field.b64"), envelope.encryptField("서울특별시 종로구청장"));
      Path plain = dir.resolve("field.txt");
      run(dir, "openssl", "enc", "-d", "-aes-256-cbc", "-K", hex, "-iv", hex.substring(0, 32), "-a", "-A",
          "-in", field.toString(), "-out", plain.toString());
      assertThat(Files.readString(plain, StandardCharsets.UTF_8)).isEqualTo("서울특별시 종로구청장");
    }
  }

  static boolean opensslAvailable() {
    try {
      Process p = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void run(Path dir, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("openssl finished").isTrue();
    assertThat(p.exitValue()).as("openssl exit status; output: %s", output).isZero();
  }

  // --- every decryption failure is one opaque error ---

  static Stream<Arguments> undecryptableFields() {
    byte[] k = Kat.aesKey();
    String good = Kat.fields().get(2)[1]; // 32 bytes of ciphertext
    byte[] raw = Base64.getDecoder().decode(good);
    byte[] badPadding = raw.clone();
    badPadding[raw.length - 1] ^= 0x55;
    return Stream.of(
        Arguments.of("bad Base64", "###not base64###"),
        Arguments.of("bad padding", Base64.getEncoder().encodeToString(badPadding)),
        Arguments.of("truncated to a whole block", Base64.getEncoder().encodeToString(Arrays.copyOf(raw, 16))),
        Arguments.of("length not a multiple of 16", Base64.getEncoder().encodeToString(Arrays.copyOf(raw, 21))),
        Arguments.of("empty", ""),
        Arguments.of("null", null),
        Arguments.of("wrong key", wrongKeyField(k)));
  }

  private static String wrongKeyField(byte[] k) {
    byte[] other = k.clone();
    other[0] ^= 1;
    try {
      Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
      aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(other, "AES"), new IvParameterSpec(other, 0, 16));
      return Base64.getEncoder().encodeToString(aes.doFinal("서울특별시 종로구청장".getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("undecryptableFields")
  void a_field_that_does_not_decrypt_fails_with_one_opaque_error(String why, String field) {
    try (Envelope envelope = withKey(Kat.aesKey())) {
      assertOpaque(() -> envelope.decryptField(field));
    }
  }

  static Stream<Arguments> undecryptableStreams() {
    byte[] cipher = Kat.cipher(1000);
    byte[] badPadding = cipher.clone();
    badPadding[cipher.length - 1] ^= 0x55;
    byte[] otherKey = Kat.aesKey();
    otherKey[31] ^= 1;
    return Stream.of(
        Arguments.of("bad padding", badPadding, Kat.aesKey()),
        Arguments.of("truncated to a whole block", Arrays.copyOf(cipher, 992), Kat.aesKey()),
        Arguments.of("length not a multiple of 16", Arrays.copyOf(cipher, 1001 - 7), Kat.aesKey()),
        Arguments.of("empty", new byte[0], Kat.aesKey()),
        Arguments.of("wrong key", cipher, otherKey));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("undecryptableStreams")
  void a_stream_that_does_not_decrypt_fails_with_one_opaque_error(String why, byte[] cipher, byte[] key) {
    try (Envelope envelope = withKey(key)) {
      assertOpaque(() -> envelope.decrypting(new ByteArrayInputStream(cipher)).readAllBytes());
    }
  }

  private static void assertOpaque(FailingCall call) {
    String keyHex = HexFormat.of().formatHex(Kat.aesKey());
    assertThatThrownBy(call::run)
        .isExactlyInstanceOf(OcrProtocolException.class)
        .hasNoCause()
        .hasMessage(UNDECRYPTABLE)
        .hasMessageNotContaining(keyHex);
  }

  @FunctionalInterface
  interface FailingCall {
    void run() throws Throwable;
  }

  // --- streaming ---

  @Test
  void a_20_mb_stream_encrypts_through_an_8_kb_buffer_to_the_one_shot_ciphertext() throws Exception {
    long size = 20L * 1024 * 1024;
    byte[] key = Kat.aesKey();
    MessageDigest streamed = MessageDigest.getInstance("SHA-256");
    long total = 0;
    try (Envelope envelope = withKey(key); InputStream in = envelope.encrypting(new GeneratedStream(size))) {
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        streamed.update(buffer, 0, n);
        total += n;
      }
    }

    byte[] all = new GeneratedStream(size).readAllBytes();
    Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
    aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
    byte[] oneShot = aes.doFinal(all);
    assertThat(total).isEqualTo(oneShot.length).isEqualTo(Envelope.ciphertextLength(size));
    assertThat(streamed.digest()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(oneShot));
  }

  /** A deterministic stream of {@code size} bytes made as it is read, never held whole. */
  static final class GeneratedStream extends InputStream {
    private final long size;
    private long position;

    GeneratedStream(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      return position < size ? next() : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - position);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) next();
      }
      return n;
    }

    private int next() {
      long p = position++;
      return (int) ((p * 2654435761L >>> 7) ^ (p >>> 11)) & 0xFF;
    }
  }
}
