package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.testing.HandClient;
import io.ocrkit.core.protocol.KeyService;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * JSON nested far deeper than any real body: bound before binding, so the service API still answers
 * HTTP 200 with a result code and the admin API a 400 with a reason, never a 500 from a stack overflow.
 */
class HostileJsonTest {

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension();

  private static final String DEEP = "{\"idType\": " + "[".repeat(1000) + "]".repeat(1000) + "}";

  private final HandClient client = new HandClient(mock.server());

  @Test
  void a_deeply_nested_authenticity_body_answers_4000001() {
    byte[] image = HandClient.png(40, 30, 1);
    mock.registerFixture(KeyService.ID_CARD, image, """
        {"idType": "resident", "keyValues": [{"key": "name", "value": "HONG", "conf": 0.9}]}""", true);
    String requestKey = client.scan("id-card", image).requestKey();
    HandClient.Key key = client.key("id-card");
    HttpResponse<String> response = client.send(client.authorized(client.appPath("id-card/authenticity"))
        .header("X-Key-Version", key.version()).header("Symmetric-Key", HandClient.wrap(key.key(), HandClient.freshKey()))
        .header("Request-Key", requestKey).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(DEEP)).build());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(new HandClient.Answer(response, null).resultCode()).isEqualTo(4000001);
  }

  @Test
  void a_deeply_nested_fixture_is_refused_with_a_reason() {
    HttpResponse<String> response = client.send(client.request("/mock/v1/fixtures")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(DEEP)).build());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"error\"").contains("nested");
  }

  @Test
  void nesting_within_the_bound_still_parses() {
    String fine = "{\"a\": " + "[".repeat(20) + "]".repeat(20) + "}";
    assertThat(io.ocrkit.mock.internal.Json.readObject(fine)).containsKey("a");
  }
}
