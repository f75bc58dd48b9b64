package io.ocrkit.http.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.http.OcrClient;
import io.ocrkit.http.OcrClientBuilder;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The image part says what it carries, as read on the wire by a raw server. */
class ImagePartHeadersTest {

  private RawServer server;

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private String partHeadersOf(byte[] image, boolean base64) throws Exception {
    server = new RawServer((request, socket) -> answer(request, socket));
    OcrClientBuilder builder = OcrClient.builder().baseUrl(server.baseUrl()).appKey("app")
        .secretKey("secret-key-not-real").callTimeout(Duration.ofSeconds(5)).retryPolicy(RetryPolicy.none());
    if (base64) {
      builder.base64Upload(true);
    }
    try (OcrClient client = builder.build()) {
      client.scanCreditCard(ImageSource.of(image));
    } catch (RuntimeException answerNotUnderstood) {
      // the scripted answer is not a credit card; only the request matters here
    }
    RawServer.Request scan = server.requests.stream().filter(r -> !RawServer.isPublicKey(r)).findFirst()
        .orElseThrow();
    String body = scan.bodyText();
    int start = body.indexOf("Content-Disposition");
    return body.substring(start, body.indexOf("\r\n\r\n", start));
  }

  private static void answer(RawServer.Request request, Socket socket) throws Exception {
    if (RawServer.isPublicKey(request)) {
      RawServer.publicKey(socket, "1");
    } else {
      RawServer.json(socket, "{\"header\":{\"isSuccessful\":false,\"resultCode\":4000111,"
          + "\"resultMessage\":\"Credit card info not found.\"}}", "");
    }
  }

  @Test
  void a_png_travels_as_image_png_named_image_png() throws Exception {
    assertThat(partHeadersOf(Images.PNG, false))
        .contains("name=\"image\"; filename=\"image.png\"").contains("Content-Type: image/png");
  }

  @Test
  void a_jpeg_travels_as_image_jpeg_named_image_jpg() throws Exception {
    assertThat(partHeadersOf(Images.JPEG, false))
        .contains("name=\"image\"; filename=\"image.jpg\"").contains("Content-Type: image/jpeg");
  }

  @Test
  void base64_text_keeps_its_text_type() throws Exception {
    assertThat(partHeadersOf(Images.JPEG, true))
        .contains("filename=\"image.jpg\"").contains("Content-Type: text/plain; charset=US-ASCII");
  }
}
