package io.ocrkit.mock;

import io.ocrkit.mock.testing.HandClient;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.internal.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TokenTest {

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension(b -> b.userAccessKeyId("uak").secretAccessKey("sak")
      .tokenTtl(Duration.ofSeconds(600)));

  private HttpResponse<String> token(String id, String secret, String grant) {
    HandClient client = new HandClient(mock.server());
    String basic = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return client.send(client.request("/oauth2/token/create")
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=" + grant)).build());
  }

  private String accessToken() {
    Map<String, Object> answer = Json.readObject(token("uak", "sak", "client_credentials").body());
    return (String) answer.get("access_token");
  }

  private HandClient.Answer v21PublicKey(String bearer) {
    HandClient client = new HandClient(mock.server(), "v2.1");
    HttpRequest.Builder request = client.request(client.appPath("public-keys/credit-card"));
    if (bearer != null) {
      request.header("X-NHN-Authorization", "Bearer " + bearer);
    }
    return new HandClient.Answer(client.send(request.GET().build()), null);
  }

  @Test
  void theTokenEndpointIssuesABearerTokenWithItsLifetime() {
    Map<String, Object> answer = Json.readObject(token("uak", "sak", "client_credentials").body());
    assertThat(answer).containsEntry("token_type", "Bearer").containsKey("access_token");
    assertThat(((Number) answer.get("expires_in")).intValue()).isEqualTo(600);
  }

  @Test
  void aWrongUserAccessKeyAnswers4010001() {
    Map<String, Object> answer = Json.readObject(token("uak", "wrong", "client_credentials").body());
    assertThat(answer).doesNotContainKey("access_token");
    assertThat(answer.get("header").toString()).contains("4010001");
  }

  @Test
  void aGrantTypeOtherThanClientCredentialsIsRefused() {
    assertThat(Json.readObject(token("uak", "sak", "password").body())).doesNotContainKey("access_token");
  }

  @Test
  void v21PathsAcceptABearerToken() {
    assertThat(v21PublicKey(accessToken()).resultCode()).isZero();
  }

  @Test
  void v21ScansWorkWithABearerToken() {
    HandClient client = new HandClient(mock.server(), "v2.1", accessToken());
    assertThat(client.scan("credit-card", HandClient.png(40, 30, 1)).resultCode()).isZero();
  }

  @Test
  void anExpiredTokenAnswers4010006() {
    String token = accessToken();
    mock.advanceClock(Duration.ofSeconds(600));
    assertThat(v21PublicKey(token).resultCode()).isEqualTo(4010006);
  }

  @Test
  void aMissingBearerHeaderAnswers4000005() {
    assertThat(v21PublicKey(null).resultCode()).isEqualTo(4000005);
  }

  @Test
  void revokedTokensAnswer4010006AndANewTokenWorks() {
    String token = accessToken();
    assertThat(v21PublicKey(token).resultCode()).isZero();
    mock.revokeTokens();
    assertThat(v21PublicKey(token).resultCode()).isEqualTo(4010006);
    assertThat(v21PublicKey(accessToken()).resultCode()).isZero();
  }

  @Test
  void theAdminApiRevokesTokens() {
    String token = accessToken();
    HandClient client = new HandClient(mock.server());
    assertThat(client.send(client.request("/mock/v1/tokens/revoke").POST(HttpRequest.BodyPublishers.noBody()).build())
        .statusCode()).isEqualTo(204);
    assertThat(v21PublicKey(token).resultCode()).isEqualTo(4010006);
  }

  @Test
  void theTokenEndpointTakesFaultsLikeTheOthers() {
    mock.injectFault(Fault.gatewayPage("token", 1, 503).withRetryAfter(Duration.ofSeconds(1)));
    HttpResponse<String> page = token("uak", "sak", "client_credentials");
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.headers().firstValue("Retry-After")).contains("1");
    assertThat(accessToken()).as("the fault was used up").isNotBlank();
  }

  @Test
  void aDelayedTokenStillArrives() {
    mock.injectFault(Fault.delay("token", 1, 200));
    long start = System.nanoTime();
    assertThat(accessToken()).isNotBlank();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
  }
}
