package io.ocrkit.http.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.http.OcrClient;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With the Base64 option the image part is the Base64 text of the ciphertext, and that text is
 * what the 20 MiB rule measures: 15,728,640 ciphertext bytes encode to exactly 20,971,520.
 */
@org.junit.jupiter.api.Tag("slow")
class ImagePartSizeTest {

  private static final long LIMIT = 20L * 1024 * 1024;

  private RawServer server;

  @BeforeEach
  void start() throws Exception {
    server = new RawServer((request, socket) -> {
      if (RawServer.isPublicKey(request)) {
        RawServer.publicKey(socket, "1");
      } else {
        RawServer.json(socket, "{\"header\":{\"isSuccessful\":false,\"resultCode\":4000111,"
            + "\"resultMessage\":\"Credit card info not found.\"}}", "");
      }
    });
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private OcrClient base64Client() {
    return OcrClient.builder().baseUrl(server.baseUrl()).appKey("app").secretKey("secret-key-not-real")
        .base64Upload(true).callTimeout(Duration.ofSeconds(20)).retryPolicy(RetryPolicy.none()).build();
  }

  /** A JPEG start, then zeros: only the first bytes are judged. */
  private static InputStream jpeg(long length) {
    return new InputStream() {
      private long pos;

      @Override
      public int read() {
        if (pos >= length) {
          return -1;
        }
        long i = pos++;
        return i < Images.JPEG.length ? Images.JPEG[(int) i] & 0xFF : 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (pos >= length) {
          return -1;
        }
        int n = (int) Math.min(len, length - pos);
        for (int k = 0; k < n; k++) {
          b[off + k] = (byte) read();
        }
        return n;
      }
    };
  }

  @Test
  void base64_text_one_block_over_20_mib_is_refused_before_anything_is_sent() {
    // 15,728,640 plaintext bytes pad to 15,728,656, whose Base64 text is 20,971,544: 24 over.
    try (OcrClient client = base64Client()) {
      assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(jpeg(15_728_640), 15_728_640)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("sent as 20971544 bytes").hasMessageContaining("24 bytes over");
    }
    assertThat(server.requests).isEmpty();
  }

  @Test
  void base64_text_of_exactly_20_mib_is_sent_and_is_exactly_that_long() {
    try (OcrClient client = base64Client()) {
      assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(jpeg(15_728_639), 15_728_639)))
          .isInstanceOf(OcrServiceException.class);
    }
    RawServer.Request scan = server.requests.stream().filter(r -> !RawServer.isPublicKey(r)).findFirst()
        .orElseThrow();
    String body = new String(scan.body(), StandardCharsets.ISO_8859_1);
    int start = body.indexOf("\r\n\r\n", body.indexOf("Content-Disposition")) + 4;
    int end = body.lastIndexOf("\r\n--");
    assertThat(end - start).isEqualTo(LIMIT);
  }
}
