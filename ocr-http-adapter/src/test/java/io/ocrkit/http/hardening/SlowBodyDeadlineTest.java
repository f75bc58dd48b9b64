package io.ocrkit.http.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.http.OcrClient;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The call timeout covers the answer body, not only its headers: a server that sends the headers
 * at once and then the body a byte a second must not hold a call past its deadline.
 */
@org.junit.jupiter.api.Tag("slow")
class SlowBodyDeadlineTest {

  private static final Duration CALL = Duration.ofSeconds(3);
  private static final Duration SLACK = Duration.ofMillis(1500);

  private RawServer server;

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void a_body_sent_a_byte_a_second_ends_the_call_within_its_call_timeout() throws Exception {
    server = new RawServer((request, socket) -> {
      if (RawServer.isPublicKey(request)) {
        RawServer.publicKey(socket, "1");
        return;
      }
      trickle(socket);
    });
    assertEndsWithinTheCallTimeout(RetryPolicy.none(), Duration.ofSeconds(30));
  }

  @Test
  void every_attempt_is_bounded_by_what_is_left_of_the_call() throws Exception {
    server = new RawServer((request, socket) -> {
      if (RawServer.isPublicKey(request)) {
        RawServer.publicKey(socket, "1");
        return;
      }
      trickle(socket);
    });
    assertEndsWithinTheCallTimeout(new RetryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(20)),
        Duration.ofMillis(1200));
  }

  @Test
  void a_public_key_answer_that_trickles_is_bounded_too() throws Exception {
    server = new RawServer((request, socket) -> trickle(socket));
    assertEndsWithinTheCallTimeout(RetryPolicy.none(), Duration.ofSeconds(30));
  }

  private void assertEndsWithinTheCallTimeout(RetryPolicy retries, Duration attemptTimeout) {
    try (OcrClient client = OcrClient.builder().baseUrl(server.baseUrl()).appKey("app")
        .secretKey("secret-key-not-real").attemptTimeout(attemptTimeout).callTimeout(CALL)
        .retryPolicy(retries).build()) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(Images.PNG)))
          .isInstanceOf(OcrTransportException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(CALL.plus(SLACK));
    }
  }

  private static void trickle(Socket socket) throws Exception {
    OutputStream out = socket.getOutputStream();
    RawServer.write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{");
    for (int i = 0; i < 20 && !socket.isClosed(); i++) {
      Thread.sleep(1000); // the attacker's pace, on the server's side
      RawServer.write(out, " ");
    }
  }
}
