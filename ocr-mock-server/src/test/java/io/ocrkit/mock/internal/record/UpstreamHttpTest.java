package io.ocrkit.mock.internal.record;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UpstreamHttpTest {

  private final CountDownLatch release = new CountDownLatch(1);
  private ServerSocket server;
  private Thread serving;

  @AfterEach
  void stop() throws IOException, InterruptedException {
    release.countDown();
    if (server != null) {
      server.close();
    }
    if (serving != null) {
      serving.join(5_000);
    }
  }

  @Test
  void an_answer_whose_body_stops_after_the_headers_fails_at_the_exchange_deadline() throws IOException {
    URI uri = serve("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{", false);
    try (UpstreamHttp http = new UpstreamHttp(Duration.ofMillis(500))) {
      assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
          assertThatThrownBy(() -> http.send(UpstreamHttp.request(uri), "public-keys/credit-card"))
              .isInstanceOf(UpstreamException.class)
              .hasMessage("the upstream's public-keys/credit-card took longer than 500 ms"));
    }
  }

  @Test
  void an_answer_over_the_cap_fails_without_quoting_it() throws IOException {
    int size = UpstreamHttp.MAX_ANSWER_BYTES + 10;
    URI uri = serve("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + size + "\r\n\r\n", true);
    try (UpstreamHttp http = new UpstreamHttp(Duration.ofSeconds(30))) {
      assertThatThrownBy(() -> http.send(UpstreamHttp.request(uri), "credit-card"))
          .isInstanceOf(UpstreamException.class)
          .hasMessage("the upstream's credit-card answer is larger than " + UpstreamHttp.MAX_ANSWER_BYTES + " bytes");
    }
  }

  /** One connection: the head as given, then either a large body of spaces or nothing until released. */
  private URI serve(String head, boolean largeBody) throws IOException {
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    serving = new Thread(() -> {
      try (Socket socket = server.accept(); InputStream in = socket.getInputStream();
          OutputStream out = socket.getOutputStream()) {
        readHead(in);
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        if (largeBody) {
          byte[] spaces = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
          for (int sent = 0; sent <= UpstreamHttp.MAX_ANSWER_BYTES; sent += spaces.length) {
            out.write(spaces);
          }
        }
        out.flush();
        release.await();
      } catch (IOException | InterruptedException ended) {
        // the client hung up or the test ended: nothing more to serve
      }
    });
    serving.start();
    return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/x");
  }

  private static void readHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        return;
      }
      matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
    }
  }
}
