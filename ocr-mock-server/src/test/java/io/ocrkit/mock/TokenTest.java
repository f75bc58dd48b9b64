package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.testing.HandClient;
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
  void the_token_endpoint_issues_a_bearer_token_with_its_lifetime() {
    Map<String, Object> answer = Json.readObject(token("uak", "sak", "client_credentials").body());
    assertThat(answer).containsEntry("token_type", "Bearer").containsKey("access_token");
    assertThat(((Number) answer.get("expires_in")).intValue()).isEqualTo(600);
  }

  @Test
  void a_wrong_user_access_key_is_an_o_auth_invalid_client_with_401() {
    HttpResponse<String> response = token("uak", "wrong", "client_credentials");
    Map<String, Object> answer = Json.readObject(response.body());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(answer).doesNotContainKey("access_token").doesNotContainKey("header")
        .containsEntry("error", "invalid_client").containsKey("error_description");
  }

  @Test
  void a_grant_type_other_than_client_credentials_is_refused() {
    HttpResponse<String> response = token("uak", "sak", "password");
    assertThat(Json.readObject(response.body())).doesNotContainKey("access_token")
        .containsEntry("error", "unsupported_grant_type");
    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void a_missing_grant_type_is_an_invalid_request() {
    HandClient client = new HandClient(mock.server());
    String basic = Base64.getEncoder().encodeToString("uak:sak".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = client.send(client.request("/oauth2/token/create")
        .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("")).build());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Json.readObject(response.body())).containsEntry("error", "invalid_request");
  }

  @Test
  void a_missing_authorization_is_an_invalid_client() {
    HandClient client = new HandClient(mock.server());
    HttpResponse<String> response = client.send(client.request("/oauth2/token/create")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(Json.readObject(response.body())).containsEntry("error", "invalid_client");
  }

  private HttpResponse<String> revoke(String id, String secret, String token) {
    HandClient client = new HandClient(mock.server());
    String basic = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return client.send(client.request("/oauth2/token/revoke")
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("token=" + token)).build());
  }

  @Test
  void the_revoke_endpoint_revokes_one_token_which_then_answers_4010006() {
    String revoked = accessToken();
    String kept = accessToken();
    assertThat(revoke("uak", "sak", revoked).statusCode()).isEqualTo(200);
    assertThat(v21PublicKey(revoked).resultCode()).isEqualTo(4010006);
    assertThat(v21PublicKey(kept).resultCode()).isZero();
  }

  @Test
  void a_revocation_is_in_the_journal_without_the_token() {
    String token = accessToken();
    revoke("uak", "sak", token);
    JournalEntry last = mock.requests().get(mock.requests().size() - 1);
    assertThat(last.path()).isEqualTo("/oauth2/token/revoke");
    assertThat(last.envelope()).isEqualTo("token-revoked");
    assertThat(last.toString()).doesNotContain(token);
  }

  @Test
  void a_revocation_with_wrong_credentials_is_an_invalid_client_and_revokes_nothing() {
    String token = accessToken();
    HttpResponse<String> response = revoke("uak", "wrong", token);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(Json.readObject(response.body())).containsEntry("error", "invalid_client");
    assertThat(v21PublicKey(token).resultCode()).isZero();
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
