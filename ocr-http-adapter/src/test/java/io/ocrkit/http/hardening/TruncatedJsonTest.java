package io.ocrkit.http.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.http.OcrClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Regression for a finding of {@code WireJsonFuzzTest}: an answer that ends inside an array or
 * object under a member the SDK does not know made Yasson/Parsson spin forever while skipping it,
 * holding the caller's thread past every timeout. It must fail at once as a protocol fault.
 */
class TruncatedJsonTest {

  @Test
  void an_answer_truncated_inside_an_unknown_array_fails_at_once_with_a_protocol_exception() throws IOException {
    assertRefusedQuickly("{\"header\":{\"isSuccessful\":true,\"resultCode\":0},\"extra\":[1,");
  }

  @Test
  void an_answer_truncated_inside_an_unknown_object_fails_at_once_with_a_protocol_exception() throws IOException {
    assertRefusedQuickly("{\"header\":{\"isSuccessful\":true,\"resultCode\":0},\"extra\":{\"a\":");
  }

  private static void assertRefusedQuickly(String body) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
    try (OcrClient client = OcrClient.builder()
        .baseUrl(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
        .appKey("app").secretKey("secret").build()) {
      assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
          assertThatThrownBy(() -> client.publicKey(KeyService.CREDIT_CARD))
              .isInstanceOf(OcrProtocolException.class)
              // a cause is kept for diagnosis, with its message withheld
              .satisfies(e -> assertThat(e.getCause().getMessage()).contains("withheld")));
    } finally {
      server.stop(0);
    }
  }
}
