package io.ocrkit.http.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.OcrTransportException;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.http.OcrClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK against a server that misbehaves at the socket level, which a well-behaved HTTP server
 * cannot: it closes mid-upload or mid-answer, stalls past the timeouts, answers garbage or an
 * endless body. Every call must end within its total timeout with the documented exception, and
 * retries must never resend a wrapped key. The server binds to loopback and serves a bounded
 * number of connections.
 */
@org.junit.jupiter.api.Tag("slow")
class EvilServerTest {

  private static final Duration CALL = Duration.ofSeconds(6);
  private static final String KEY = Base64.getEncoder().encodeToString(RawServer.rsaPublicKey());
  private static final byte[] PNG = png();

  private EvilServer server;

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void an_answer_over_one_mebibyte_is_refused_as_a_protocol_fault_without_reading_it_all() throws Exception {
    server = new EvilServer(Behaviour.HUGE_ANSWER);
    try (OcrClient client = client(RetryPolicy.none())) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(PNG)))
          .isInstanceOf(OcrProtocolException.class).hasMessageContaining("more than");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(CALL);
    }
  }

  @Test
  void garbage_instead_of_http_ends_as_a_transport_fault_and_every_retry_uses_a_fresh_key() throws Exception {
    server = new EvilServer(Behaviour.GARBAGE);
    assertEndsInTime(OcrTransportException.class);
    assertNoKeyReused();
  }

  @Test
  void a_connection_closed_mid_answer_ends_as_a_transport_fault_within_the_call_timeout() throws Exception {
    server = new EvilServer(Behaviour.CLOSE_MID_ANSWER);
    assertEndsInTime(OcrTransportException.class);
    assertNoKeyReused();
  }

  @Test
  void a_connection_closed_mid_upload_ends_as_a_transport_fault_within_the_call_timeout() throws Exception {
    server = new EvilServer(Behaviour.CLOSE_MID_UPLOAD);
    assertEndsInTime(OcrTransportException.class);
    assertNoKeyReused();
  }

  @Test
  void a_server_that_stalls_past_the_timeouts_ends_the_call_within_its_total_timeout() throws Exception {
    server = new EvilServer(Behaviour.STALL);
    assertEndsInTime(OcrTransportException.class);
    assertNoKeyReused();
  }

  @Test
  void a_body_that_trickles_forever_ends_the_call_within_its_total_timeout() throws Exception {
    server = new EvilServer(Behaviour.TRICKLE);
    assertEndsInTime(OcrTransportException.class);
  }

  private void assertEndsInTime(Class<? extends RuntimeException> expected) {
    try (OcrClient client = client(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)))) {
      long start = System.nanoTime();
      assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(PNG))).isInstanceOf(expected);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      // The call budget plus scheduling slack on a loaded 2-core machine.
      assertThat(took).isLessThan(CALL.plusSeconds(2));
    }
  }

  private void assertNoKeyReused() {
    List<String> keys = server.wrappedKeys;
    assertThat(keys).isNotEmpty();
    assertThat(keys).doesNotHaveDuplicates();
  }

  private OcrClient client(RetryPolicy retries) {
    return OcrClient.builder()
        .baseUrl(URI.create("http://127.0.0.1:" + server.port()))
        .appKey("app")
        .secretKey("secret-key-not-real")
        .attemptTimeout(Duration.ofMillis(1500))
        .callTimeout(CALL)
        .retryPolicy(retries)
        .build();
  }

  enum Behaviour { HUGE_ANSWER, GARBAGE, CLOSE_MID_ANSWER, CLOSE_MID_UPLOAD, STALL, TRICKLE }

  /** A raw HTTP/1.1 server on loopback: answers the public key properly, then misbehaves. */
  private static final class EvilServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Behaviour behaviour;
    private final Thread thread;
    final List<String> wrappedKeys = new CopyOnWriteArrayList<>();

    EvilServer(Behaviour behaviour) throws IOException {
      this.behaviour = behaviour;
      this.socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
      this.thread = new Thread(this::serve, "evil-server");
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    private void serve() {
      for (int i = 0; i < 64 && !socket.isClosed(); i++) { // bounded: it stops by itself
        try (Socket s = socket.accept()) {
          s.setSoTimeout(10_000);
          handle(s);
        } catch (IOException | InterruptedException e) {
          return;
        }
      }
    }

    private void handle(Socket s) throws IOException, InterruptedException {
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      String head = RawServer.head(in);
      if (head == null) {
        return;
      }
      if (head.startsWith("GET") && head.contains("/public-keys/")) {
        String body = "{\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultMessage\":\"SUCCESS\"},"
            + "\"result\":{\"key\":\"" + KEY + "\",\"version\":\"0\"}}";
        write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body);
        return;
      }
      for (String line : head.split("\r\n")) {
        if (line.toLowerCase(Locale.ROOT).startsWith("symmetric-key:")) {
          wrappedKeys.add(line.substring("symmetric-key:".length()).strip());
        }
      }
      switch (behaviour) {
        case CLOSE_MID_UPLOAD -> in.readNBytes(16); // read a little of the body, then hang up
        case GARBAGE -> {
          drain(in);
          write(out, "\u0000\u00ffNOT HTTP AT ALL\r\n\r\n{\"header\":");
        }
        case CLOSE_MID_ANSWER -> {
          drain(in);
          write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"header\":{\"isSucc");
        }
        case STALL -> {
          drain(in);
          Thread.sleep(2500); // past the 1.5 s attempt timeout
        }
        case TRICKLE -> {
          drain(in);
          write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
          for (int i = 0; i < 30 && !socket.isClosed(); i++) {
            write(out, " ");
            Thread.sleep(100);
          }
        }
        case HUGE_ANSWER -> {
          drain(in);
          write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
          byte[] chunk = new byte[64 * 1024];
          java.util.Arrays.fill(chunk, (byte) ' ');
          try {
            for (int i = 0; i < 64; i++) { // up to 4 MiB: the SDK must hang up after 1 MiB
              out.write(chunk);
            }
          } catch (IOException clientHungUp) {
            // expected
          }
        }
        default -> throw new IllegalStateException();
      }
    }

    /** Reads what the client sends until it pauses: the upload is small. */
    private static void drain(InputStream in) throws IOException {
      byte[] sink = new byte[8192];
      while (in.available() > 0 || waitBriefly(in)) {
        if (in.read(sink) < 0) {
          return;
        }
      }
    }

    private static boolean waitBriefly(InputStream in) throws IOException {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return in.available() > 0;
    }

    private static void write(OutputStream out, String text) throws IOException {
      out.write(text.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
    }

    @Override
    public void close() throws IOException {
      socket.close();
      thread.interrupt();
    }
  }

  /** A PNG header with 800×500 in IHDR; the SDK sniffs the magic bytes only. */
  private static byte[] png() {
    byte[] png = new byte[64];
    byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
        0, 0, 3, 0x20, 0, 0, 1, (byte) 0xF4};
    System.arraycopy(head, 0, png, 0, head.length);
    return png;
  }
}
