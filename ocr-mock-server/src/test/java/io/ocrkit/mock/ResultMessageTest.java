package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.testing.HandClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The header's {@code resultMessage} is the service table's human text, not the code's key. */
class ResultMessageTest {

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension();

  private HandClient client() {
    return new HandClient(mock.server());
  }

  @Test
  void a_success_says_success() {
    assertThat(client().publicKeyAnswer("credit-card").header()).containsEntry("resultMessage", "SUCCESS");
  }

  @Test
  void a_wrong_secret_key_has_the_table_text() {
    HandClient client = client();
    HttpResponse<String> response = client.send(client.request(client.appPath("public-keys/credit-card"))
        .header("Authorization", "wrong").GET().build());
    assertThat(new HandClient.Answer(response, null).header())
        .containsEntry("resultMessage", "Invalid appKey or secretKey.");
  }

  @Test
  void an_unknown_key_version_has_the_table_text() {
    HandClient client = client();
    HandClient.Key key = client.key("credit-card");
    HandClient.Answer answer = client.upload("credit-card", "999999", HandClient.wrap(key.key(), HandClient.freshKey()),
        new byte[16], null);
    assertThat(answer.resultCode()).isEqualTo(4000301);
    assertThat(answer.header()).containsEntry("resultMessage", "Invalid key version.");
  }

  @Test
  void an_unknown_url_has_the_table_text() {
    HandClient client = client();
    HttpResponse<String> response = client.send(client.authorized("/v2.0/nowhere").GET().build());
    assertThat(response.statusCode()).isEqualTo(200);
    HandClient.Answer answer = new HandClient.Answer(response, null);
    assertThat(answer.resultCode()).isEqualTo(4041007);
    assertThat(answer.header()).containsEntry("resultMessage", "URL Not Found");
  }
}
