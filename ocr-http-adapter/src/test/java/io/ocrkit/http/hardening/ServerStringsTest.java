package io.ocrkit.http.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrProtocolException;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.http.OcrClient;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Strings the server sends and the SDK would send back in a header (key version, Request-Key,
 * access token) are judged on arrival: a bad one is an {@link OcrProtocolException} that quotes
 * nothing of it, never an {@code IllegalArgumentException} from the HTTP client printing it.
 */
class ServerStringsTest {

  private static final String MARK = "EVIL-MARK";

  private RawServer server;

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private OcrClient client() {
    return OcrClient.builder().baseUrl(server.baseUrl()).appKey("app").secretKey("secret-key-not-real")
        .callTimeout(Duration.ofSeconds(5)).retryPolicy(RetryPolicy.none()).build();
  }

  /** JSON-escaped versions: CR/LF, a bell, a space, non-ASCII, absurd length. */
  @ParameterizedTest
  @ValueSource(strings = {"1\\r\\nX-Injected: " + MARK, "1\\u0007" + MARK, "1 " + MARK, "1\\u00e9" + MARK, "LONG"})
  void a_key_version_that_cannot_go_into_a_header_is_a_protocol_fault_quoting_nothing(String version)
      throws Exception {
    String sent = version.equals("LONG") ? MARK + "v".repeat(200) : version;
    server = new RawServer((request, socket) -> RawServer.publicKey(socket, sent));
    try (OcrClient client = client()) {
      assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(Images.PNG)))
          .isInstanceOf(OcrProtocolException.class).hasMessageContaining("key version")
          .hasMessageNotContaining(MARK);
      assertThatThrownBy(() -> client.publicKey(KeyService.ID_CARD))
          .isInstanceOf(OcrProtocolException.class).hasMessageNotContaining(MARK);
    }
    assertThat(server.requests).allSatisfy(r -> assertThat(r.path()).contains("/public-keys/"));
  }

  /** Non-ASCII and absurd length; control characters in a response header the JDK refuses itself (transport). */
  @ParameterizedTest
  @ValueSource(strings = {"rk\u00e9" + MARK, "LONG"})
  void a_request_key_that_cannot_go_into_a_header_is_a_protocol_fault_quoting_nothing(String requestKey)
      throws Exception {
    String sent = requestKey.equals("LONG") ? MARK + "k".repeat(2000) : requestKey;
    server = new RawServer((request, socket) -> {
      if (RawServer.isPublicKey(request)) {
        RawServer.publicKey(socket, "1");
      } else {
        RawServer.json(socket, RawServer.ok("{\"fileType\":\"png\",\"resolution\":\"normal\",\"idType\":\"resident\","
            + "\"keyValues\":[],\"boxes\":[]}"), "Request-Key: " + sent + "\r\n");
      }
    });
    try (OcrClient client = client()) {
      assertThatThrownBy(() -> client.scanIdCard(ImageSource.of(Images.PNG)))
          .isInstanceOf(OcrProtocolException.class).hasMessageContaining("Request-Key")
          .hasMessageNotContaining(MARK);
    }
  }

  @Test
  void an_access_token_that_cannot_go_into_a_header_is_a_protocol_fault_quoting_nothing() throws Exception {
    server = new RawServer((request, socket) -> RawServer.json(socket,
        "{\"access_token\":\"tok\\r\\nX-Injected: " + MARK + "\",\"expires_in\":86400}", ""));
    try (OcrClient client = OcrClient.builder().baseUrl(server.baseUrl()).appKey("app")
        .userAccessKey("id", "secret-access-key").tokenUrl(URI.create(server.baseUrl() + "/oauth2/token/create"))
        .retryPolicy(RetryPolicy.none()).build()) {
      assertThatThrownBy(() -> client.publicKey(KeyService.CREDIT_CARD))
          .isInstanceOf(OcrProtocolException.class).hasMessageNotContaining(MARK);
    }
  }
}
