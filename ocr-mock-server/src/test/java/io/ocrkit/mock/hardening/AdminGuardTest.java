package io.ocrkit.mock.hardening;

import io.ocrkit.mock.testing.RawHttp;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.MockOcrServer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A web page in the user's browser can reach a loopback port: the admin API refuses what a page
 * can send and a test client does not (a foreign Origin, a rebound Host name, a form body).
 */
class AdminGuardTest {

  private static MockOcrServer server;

  @BeforeAll
  static void start() {
    server = MockOcrServer.builder().build().start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A raw HTTP/1.1 request, every header as given; the answer's text. */
  private static String raw(String method, String path, String host, String extraHeaders, String body) throws Exception {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    String head = method + " " + path + " HTTP/1.1\r\n"
        + (host == null ? "" : "Host: " + host + "\r\n")
        + extraHeaders
        + (body == null ? "" : "Content-Length: " + content.length + "\r\n")
        + "Connection: close\r\n\r\n";
    return RawHttp.exchange(server.port(), head, content);
  }

  private static String local() {
    return "127.0.0.1:" + server.port();
  }

  private static String fault() {
    return "{\"endpoint\": \"public-keys\", \"times\": 1, \"resultCode\": 5000503}";
  }

  @Test
  void a_test_client_on_loopback_is_served() throws Exception {
    assertThat(raw("GET", "/mock/v1/requests", local(), "", null)).startsWith("HTTP/1.1 200");
    assertThat(raw("GET", "/mock/v1/requests", "localhost:" + server.port(), "", null)).startsWith("HTTP/1.1 200");
    assertThat(raw("GET", "/mock/v1/requests", "[::1]:" + server.port(), "", null)).startsWith("HTTP/1.1 200");
    assertThat(raw("POST", "/mock/v1/faults", local(), "Content-Type: application/json; charset=UTF-8\r\n"
        + "Origin: http://localhost:3000\r\n", fault())).startsWith("HTTP/1.1 201");
    assertThat(raw("POST", "/mock/v1/reset", local(), "", null)).startsWith("HTTP/1.1 204");
  }

  @Test
  void a_foreign_origin_is_refused_with_403_and_a_reason() throws Exception {
    for (String origin : new String[] {"http://evil.example", "http://127.0.0.1.evil.example:80", "null",
        "https://localhost.evil.example"}) {
      String answer = raw("POST", "/mock/v1/faults", local(),
          "Content-Type: application/json\r\nOrigin: " + origin + "\r\n", fault());
      assertThat(answer).as(origin).startsWith("HTTP/1.1 403").contains("\"error\"").contains("Origin");
    }
  }

  @Test
  void a_host_name_that_is_not_loopback_is_refused_as_dns_rebinding() throws Exception {
    for (String host : new String[] {"evil.example:" + server.port(), "evil.example", "127.0.0.1.nip.io"}) {
      String answer = raw("GET", "/mock/v1/requests", host, "", null);
      assertThat(answer).as(host).startsWith("HTTP/1.1 403").contains("\"error\"").contains("Host");
    }
  }

  @Test
  void a_body_that_is_not_json_is_refused_with_415() throws Exception {
    for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
      String answer = raw("POST", "/mock/v1/faults", local(), "Content-Type: " + type + "\r\n", fault());
      assertThat(answer).as(type).startsWith("HTTP/1.1 415").contains("\"error\"");
    }
    assertThat(raw("POST", "/mock/v1/faults", local(), "", fault())).startsWith("HTTP/1.1 415");
  }
}
