package io.ocrkit.http.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.OcrAuthenticationException;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.http.OcrClient;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * v2.1 tokens against a raw server that answers the token endpoint as the documentation says it
 * may: {@code expires_in} as a number or a string, OAuth 2.0 errors, and revocation on close.
 */
class TokenEndpointTest {

  private static final String ID = "access-key-id";
  private static final String SECRET = "secret-access-key-not-real";

  private RawServer server;

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private OcrClient client() {
    return OcrClient.builder().baseUrl(server.baseUrl()).appKey("app").userAccessKey(ID, SECRET)
        .tokenUrl(URI.create(server.baseUrl() + "/oauth2/token/create"))
        .callTimeout(Duration.ofSeconds(5)).retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2)))
        .build();
  }

  private void serve(String tokenStatusLine, String tokenBody) throws Exception {
    server = new RawServer((request, socket) -> {
      if (request.path().endsWith("/oauth2/token/create")) {
        answer(socket, tokenStatusLine, tokenBody);
      } else if (request.path().endsWith("/oauth2/token/revoke")) {
        answer(socket, "200 OK", "");
      } else {
        RawServer.publicKey(socket, "1");
      }
    });
  }

  private static void answer(Socket socket, String statusLine, String body) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    RawServer.write(socket.getOutputStream(), "HTTP/1.1 " + statusLine + "\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + body);
  }

  private List<RawServer.Request> requestsTo(String suffix) {
    return server.requests.stream().filter(r -> r.path().endsWith(suffix)).toList();
  }

  @Test
  void expires_in_as_a_number_is_accepted() throws Exception {
    serve("200 OK", "{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":86400}");
    try (OcrClient client = client()) {
      assertThat(client.publicKey(KeyService.CREDIT_CARD).version()).isEqualTo("1");
    }
    assertThat(requestsTo("/public-keys/credit-card")).singleElement()
        .satisfies(r -> assertThat(r.header("X-NHN-Authorization")).hasValue("Bearer tok-1"));
  }

  @Test
  void expires_in_as_a_string_is_accepted() throws Exception {
    serve("200 OK", "{\"access_token\":\"tok-2\",\"token_type\":\"Bearer\",\"expires_in\":\"3600\"}");
    try (OcrClient client = client()) {
      assertThat(client.publicKey(KeyService.CREDIT_CARD).version()).isEqualTo("1");
    }
  }

  @Test
  void expires_in_that_is_not_digits_is_a_protocol_fault_quoting_nothing() throws Exception {
    serve("200 OK", "{\"access_token\":\"tok-3\",\"token_type\":\"Bearer\",\"expires_in\":\"soon-ish\"}");
    try (OcrClient client = client()) {
      assertThatThrownBy(() -> client.publicKey(KeyService.CREDIT_CARD))
          .isInstanceOf(OcrProtocolException.class).hasMessageContaining("expires_in")
          .hasMessageNotContaining("soon-ish");
    }
  }

  @Test
  void invalid_client_is_an_authentication_failure_naming_the_oauth_error_and_is_not_retried() throws Exception {
    serve("401 Unauthorized", "{\"error\":\"invalid_client\",\"error_description\":\"no such key " + ID + "\"}");
    try (OcrClient client = client()) {
      assertThatThrownBy(() -> client.publicKey(KeyService.CREDIT_CARD))
          .isInstanceOfSatisfying(OcrAuthenticationException.class, e -> {
            assertThat(e.oauthError()).hasValue("invalid_client");
            assertThat(e.httpStatus()).isEqualTo(401);
            assertThat(e.resultCode()).isEqualTo(4010001);
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage() + e.serviceMessage()).doesNotContain(ID).doesNotContain("no such key");
          });
    }
    assertThat(requestsTo("/oauth2/token/create")).hasSize(1);
  }

  @Test
  void a_bad_request_names_its_oauth_error_and_an_odd_error_code_is_not_quoted() throws Exception {
    serve("400 Bad Request", "{\"error\":\"invalid_request\\r\\nX-Injected: 1\",\"error_description\":\"x\"}");
    try (OcrClient client = client()) {
      assertThatThrownBy(() -> client.publicKey(KeyService.CREDIT_CARD))
          .isInstanceOfSatisfying(OcrAuthenticationException.class, e -> {
            assertThat(e.oauthError()).isEmpty();
            assertThat(e.serviceMessage()).doesNotContain("Injected");
          });
    }
  }

  @Test
  void close_revokes_the_token_it_holds_with_basic_auth() throws Exception {
    serve("200 OK", "{\"access_token\":\"tok/4+=\",\"token_type\":\"Bearer\",\"expires_in\":86400}");
    try (OcrClient client = client()) {
      client.publicKey(KeyService.CREDIT_CARD);
    }
    String basic = "Basic " + Base64.getEncoder().encodeToString((ID + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    assertThat(requestsTo("/oauth2/token/revoke")).singleElement().satisfies(r -> {
      assertThat(r.requestLine()).startsWith("POST ");
      assertThat(r.header("Authorization")).hasValue(basic);
      assertThat(r.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/x-www-form-urlencoded"));
      assertThat(r.bodyText()).isEqualTo("token=tok%2F4%2B%3D");
    });
  }

  @Test
  void a_client_that_never_fetched_a_token_revokes_nothing_and_closing_twice_is_harmless() throws Exception {
    serve("200 OK", "{\"access_token\":\"tok-5\"}");
    OcrClient client = client();
    client.close();
    client.close();
    assertThat(server.requests).isEmpty();
  }

  @Test
  void a_revocation_that_hangs_does_not_hold_close_for_long_nor_make_it_throw() throws Exception {
    server = new RawServer((request, socket) -> {
      if (request.path().endsWith("/oauth2/token/create")) {
        answer(socket, "200 OK", "{\"access_token\":\"tok-6\",\"expires_in\":86400}");
      } else if (request.path().endsWith("/oauth2/token/revoke")) {
        Thread.sleep(8000); // never answers in time
      } else {
        RawServer.publicKey(socket, "1");
      }
    });
    OcrClient client = client();
    client.publicKey(KeyService.CREDIT_CARD);
    long start = System.nanoTime();
    assertThatCode(client::close).doesNotThrowAnyException();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3000));
    assertThat(requestsTo("/oauth2/token/revoke")).hasSize(1);
  }
}
