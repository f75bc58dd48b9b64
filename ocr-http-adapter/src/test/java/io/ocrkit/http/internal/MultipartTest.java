package io.ocrkit.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.FileType;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.core.port.out.Envelope;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.crypto.JcaEnvelopeCrypto;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultipartTest {

  private static byte[] drain(Multipart body) throws Exception {
    CompletableFuture<byte[]> done = new CompletableFuture<>();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    body.publisher().subscribe(new Flow.Subscriber<ByteBuffer>() {
      @Override
      public void onSubscribe(Flow.Subscription s) {
        s.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(ByteBuffer item) {
        byte[] b = new byte[item.remaining()];
        item.get(b);
        out.writeBytes(b);
      }

      @Override
      public void onError(Throwable t) {
        done.completeExceptionally(t);
      }

      @Override
      public void onComplete() {
        done.complete(out.toByteArray());
      }
    });
    return done.get();
  }

  private static Wire.Upload upload(byte[] ciphertext) {
    return new Wire.Upload(Operation.CREDIT_CARD, "0", "d3JhcHBlZA==", FileType.JPG,
        new ByteArrayInputStream(ciphertext), ciphertext.length);
  }

  @Test
  void the_declared_length_is_exactly_what_is_sent() throws Exception {
    byte[] ciphertext = new byte[100_003];
    ThreadLocalRandom.current().nextBytes(ciphertext);
    Multipart body = Multipart.of(upload(ciphertext), false);

    byte[] sent = drain(body);

    assertThat(body.publisher().contentLength()).isEqualTo(sent.length);
    assertThat(new String(sent, java.nio.charset.StandardCharsets.ISO_8859_1))
        .contains("filename=\"image.jpg\"")
        .endsWith("--\r\n");
  }

  @Test
  void base64_mode_sends_the_standard_padded_encoding_with_a_matching_length() throws Exception {
    for (int n : List.of(1, 2, 3, 8190, 8191, 8192, 50_000)) {
      byte[] ciphertext = new byte[n];
      ThreadLocalRandom.current().nextBytes(ciphertext);
      Multipart body = Multipart.of(upload(ciphertext), true);

      String sent = new String(drain(body), java.nio.charset.StandardCharsets.ISO_8859_1);

      assertThat(body.publisher().contentLength()).isEqualTo(sent.length());
      assertThat(sent).contains(Base64.getEncoder().encodeToString(ciphertext) + "\r\n--");
    }
  }

  /** One part of a multipart body: its headers (names lower-cased) and its content. */
  record Part(Map<String, String> headers, byte[] content) {}

  /**
   * A multipart/form-data reader written from RFC 7578 / RFC 2046 section 5.1.1, sharing nothing
   * with the code under test: a dash-boundary line, then parts each ending at CRLF "--" boundary,
   * the last delimiter followed by "--".
   */
  static List<Part> parse(String contentType, byte[] body) {
    assertThat(contentType).startsWith("multipart/form-data; boundary=");
    String boundary = contentType.substring("multipart/form-data; boundary=".length());
    assertThat(boundary.length()).isBetween(1, 70);
    byte[] first = ("--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
    assertThat(Arrays.copyOf(body, first.length)).as("the body opens with the dash-boundary").isEqualTo(first);
    List<Part> parts = new ArrayList<>();
    int at = first.length;
    while (true) {
      int end = indexOf(body, delimiter, at);
      assertThat(end).as("a closing delimiter").isNotNegative();
      byte[] part = Arrays.copyOfRange(body, at, end);
      int headersEnd = indexOf(part, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
      assertThat(headersEnd).as("the part's headers end with an empty line").isNotNegative();
      Map<String, String> headers = new LinkedHashMap<>();
      for (String line : new String(part, 0, headersEnd, StandardCharsets.US_ASCII).split("\r\n")) {
        int colon = line.indexOf(':');
        headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
      }
      parts.add(new Part(headers, Arrays.copyOfRange(part, headersEnd + 4, part.length)));
      at = end + delimiter.length;
      String after = new String(body, at, Math.min(4, body.length - at), StandardCharsets.US_ASCII);
      if (after.startsWith("--")) {
        assertThat(after).as("the close delimiter ends the body").isEqualTo("--\r\n");
        assertThat(at + 4).isEqualTo(body.length);
        return parts;
      }
      assertThat(after).startsWith("\r\n");
      at += 2;
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** What the service does with the part: RSA-unwrap the key, AES-256-CBC with IV = key[0..16). */
  private static byte[] decrypt(KeyPair service, String wrappedKey, byte[] ciphertext) throws Exception {
    Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
    rsa.init(Cipher.DECRYPT_MODE, service.getPrivate());
    byte[] key = rsa.doFinal(Base64.getDecoder().decode(wrappedKey));
    Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
    aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
    return aes.doFinal(ciphertext);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void the_one_part_is_image_and_carries_the_envelopes_ciphertext_of_the_image(boolean base64) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair service = generator.generateKeyPair();
    JcaEnvelopeCrypto crypto = new JcaEnvelopeCrypto();
    ServicePublicKey key = crypto.parsePublicKey(KeyService.CREDIT_CARD, "7",
        Base64.getEncoder().encodeToString(service.getPublic().getEncoded()));
    byte[] plaintext = new byte[10_001];
    ThreadLocalRandom.current().nextBytes(plaintext);
    try (Envelope envelope = crypto.seal(key)) {
      Multipart body = Multipart.of(new Wire.Upload(Operation.CREDIT_CARD, "7", envelope.wrappedKey(), FileType.PNG,
          envelope.encrypting(new ByteArrayInputStream(plaintext)), (plaintext.length / 16 + 1) * 16L), base64);

      List<Part> parts = parse(body.contentType(), drain(body));

      assertThat(parts).singleElement().satisfies(part -> {
        assertThat(part.headers()).containsOnlyKeys("content-disposition", "content-type");
        assertThat(part.headers().get("content-disposition"))
            .isEqualTo("form-data; name=\"image\"; filename=\"image.png\"");
        assertThat(part.headers().get("content-type"))
            .isEqualTo(base64 ? "text/plain; charset=US-ASCII" : "image/png");
        byte[] ciphertext = base64
            ? Base64.getDecoder().decode(new String(part.content(), StandardCharsets.US_ASCII))
            : part.content();
        assertThat(ciphertext).isNotEqualTo(plaintext);
        assertThat(decrypt(service, envelope.wrappedKey(), ciphertext)).isEqualTo(plaintext);
      });
    }
  }
}
