package io.ocrkit.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.FileType;
import io.ocrkit.core.protocol.Operation;
import io.ocrkit.core.port.out.Wire;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

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
}
