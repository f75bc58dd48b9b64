package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.internal.Json;
import io.ocrkit.mock.testing.HandClient;
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
  void the_token_endpoint_issues_a_bearer_token_with_its_lifetime() {
    Map<String, Object> answer = Json.readObject(token("uak", "sak", "client_credentials").body());
    assertThat(answer).containsEntry("token_type", "Bearer").containsKey("access_token");
    assertThat(((Number) answer.get("expires_in")).intValue()).isEqualTo(600);
  }

  @Test
  void a_wrong_user_access_key_answers_4010001() {
    Map<String, Object> answer = Json.readObject(token("uak", "wrong", "client_credentials").body());
    assertThat(answer).doesNotContainKey("access_token");
    assertThat(answer.get("header").toString()).contains("4010001");
  }

  @Test
  void a_grant_type_other_than_client_credentials_is_refused() {
    assertThat(Json.readObject(token("uak", "sak", "password").body())).doesNotContainKey("access_token");
  }

  @Test
  void v21_paths_accept_a_bearer_token() {
    assertThat(v21PublicKey(accessToken()).resultCode()).isZero();
  }

  @Test
  void v21_scans_work_with_a_bearer_token() {
    HandClient client = new HandClient(mock.server(), "v2.1", accessToken());
    assertThat(client.scan("credit-card", HandClient.png(40, 30, 1)).resultCode()).isZero();
  }

  @Test
  void an_expired_token_answers_4010006() {
    String token = accessToken();
    mock.advanceClock(Duration.ofSeconds(600));
    assertThat(v21PublicKey(token).resultCode()).isEqualTo(4010006);
  }

  @Test
  void a_missing_bearer_header_answers_4000005() {
    assertThat(v21PublicKey(null).resultCode()).isEqualTo(4000005);
  }

  @Test
  void revoked_tokens_answer_4010006_and_a_new_token_works() {
    String token = accessToken();
    assertThat(v21PublicKey(token).resultCode()).isZero();
    mock.revokeTokens();
    assertThat(v21PublicKey(token).resultCode()).isEqualTo(4010006);
    assertThat(v21PublicKey(accessToken()).resultCode()).isZero();
  }

  @Test
  void the_admin_api_revokes_tokens() {
    String token = accessToken();
    HandClient client = new HandClient(mock.server());
    assertThat(client.send(client.request("/mock/v1/tokens/revoke").POST(HttpRequest.BodyPublishers.noBody()).build())
        .statusCode()).isEqualTo(204);
    assertThat(v21PublicKey(token).resultCode()).isEqualTo(4010006);
  }

  @Test
  void the_token_endpoint_takes_faults_like_the_others() {
    mock.injectFault(Fault.gatewayPage("token", 1, 503).withRetryAfter(Duration.ofSeconds(1)));
    HttpResponse<String> page = token("uak", "sak", "client_credentials");
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.headers().firstValue("Retry-After")).contains("1");
    assertThat(accessToken()).as("the fault was used up").isNotBlank();
  }

  @Test
  void a_delayed_token_still_arrives() {
    mock.injectFault(Fault.delay("token", 1, 200));
    long start = System.nanoTime();
    assertThat(accessToken()).isNotBlank();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
  }
}
