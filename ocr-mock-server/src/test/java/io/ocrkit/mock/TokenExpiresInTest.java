package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.testing.HandClient;
import io.ocrkit.mock.internal.Json;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The service's docs type expires_in as a string while its sample shows a number: the mock can do either. */
class TokenExpiresInTest {

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension(b -> b.userAccessKeyId("uak").secretAccessKey("sak")
      .tokenTtl(Duration.ofSeconds(600)).tokenExpiresInAsString(true));

  @Test
  void expires_in_can_be_a_string() {
    HandClient client = new HandClient(mock.server());
    String basic = Base64.getEncoder().encodeToString("uak:sak".getBytes(StandardCharsets.UTF_8));
    String body = client.send(client.request("/oauth2/token/create")
        .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build()).body();
    assertThat(Json.readObject(body)).containsEntry("expires_in", "600");
    assertThat(mock.server().config().tokenExpiresInAsString()).isTrue();
  }
}
