package io.ocrkit.mock.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.testing.HandClient;
import io.ocrkit.mock.MockOcrServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One upload limit however the body arrives: the image part as sent, at most the limit; and the
 * body as a whole, counted as it is read, whether declared with Content-Length or chunked.
 */
class UploadLimitTest {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final int LIMIT = 1 << 20;
  private static final String BOUNDARY = "----upload-limit";

  private static MockOcrServer server;
  private static HandClient client;
  private static HandClient.Key key;

  @BeforeAll
  static void start() {
    server = MockOcrServer.builder().maxUploadBytes(LIMIT).build().start();
    client = new HandClient(server, HTTP);
    key = client.key("credit-card");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static byte[] body(int fillerBefore, int imagePart, int fillerAfter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (fillerBefore > 0) {
      part(out, "filler", fillerBefore);
    }
    part(out, "image", imagePart);
    if (fillerAfter > 0) {
      part(out, "filler", fillerAfter);
    }
    out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  private static void part(ByteArrayOutputStream out, String name, int size) {
    out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"x\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    byte[] content = new byte[size];
    java.util.Arrays.fill(content, (byte) 'x');
    out.writeBytes(content);
    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static int send(byte[] body, boolean chunked) {
    HttpRequest.BodyPublisher publisher = chunked
        ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
        : HttpRequest.BodyPublishers.ofByteArray(body);
    HttpRequest request = client.request(client.appPath("credit-card"), server.secretKey())
        .header("X-Key-Version", key.version())
        .header("Symmetric-Key", HandClient.wrap(key.key(), HandClient.freshKey()))
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(publisher).build();
    return client.answer(request, null).resultCode();
  }

  @Test
  void an_image_part_of_exactly_the_limit_is_not_too_large_and_one_byte_more_is() {
    for (boolean chunked : new boolean[] {false, true}) {
      assertThat(send(body(0, LIMIT, 0), chunked)).as("chunked " + chunked).isNotEqualTo(4131000);
      assertThat(send(body(0, LIMIT + 1, 0), chunked)).as("chunked " + chunked).isEqualTo(4131000);
    }
  }

  @Test
  void an_oversized_body_around_a_small_image_is_refused_chunked_as_with_a_length() {
    byte[] before = body(2 * LIMIT, 16, 0);
    byte[] after = body(0, 16, 2 * LIMIT);
    assertThat(send(before, false)).isEqualTo(4131000);
    assertThat(send(before, true)).isEqualTo(4131000);
    assertThat(send(after, false)).isEqualTo(4131000);
    assertThat(send(after, true)).isEqualTo(4131000);
  }

  @Test
  void the_default_limit_is_twenty_mebibytes() {
    try (MockOcrServer defaults = MockOcrServer.builder().build()) {
      assertThat(defaults.maxUploadBytes()).isEqualTo(20_971_520L);
    }
  }

  @Test
  void a_declared_length_over_the_limit_with_expect_continue_is_answered_without_asking_for_the_body() throws Exception {
    String head = "POST " + client.appPath("credit-card") + " HTTP/1.1\r\n"
        + "Host: 127.0.0.1:" + server.port() + "\r\n"
        + "Authorization: " + server.secretKey() + "\r\n"
        + "X-Key-Version: " + key.version() + "\r\n"
        + "Symmetric-Key: " + HandClient.wrap(key.key(), HandClient.freshKey()) + "\r\n"
        + "Content-Type: multipart/form-data; boundary=" + BOUNDARY + "\r\n"
        + "Content-Length: " + (4L * LIMIT) + "\r\n"
        + "Expect: 100-continue\r\n\r\n";
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = readAnswer(socket.getInputStream());
      assertThat(answer).startsWith("HTTP/1.1 200").doesNotContain("100 Continue").contains("4131000");
    }
  }

  /** Reads until the connection closes, the read times out, or a complete JSON answer is in. */
  private static String readAnswer(InputStream in) throws Exception {
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try {
      int n;
      while ((n = in.read(buf)) > 0) {
        got.write(buf, 0, n);
        String text = got.toString(StandardCharsets.UTF_8);
        if (text.contains("\r\n\r\n") && text.trim().endsWith("}")) {
          break;
        }
      }
    } catch (java.net.SocketTimeoutException e) {
      // what arrived is the answer
    }
    return got.toString(StandardCharsets.UTF_8);
  }
}
