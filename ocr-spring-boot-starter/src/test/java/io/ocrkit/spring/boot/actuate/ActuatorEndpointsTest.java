package io.ocrkit.spring.boot.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.MockOcrServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A web application with the actuator exposed as a careless user would (every endpoint,
 * {@code show-values: always}): health and info report the client, and no endpoint shows a
 * credential.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "management.endpoints.web.exposure.include=*",
    "management.endpoint.env.show-values=always",
    "management.endpoint.configprops.show-values=always",
    "management.endpoint.health.show-details=always",
    "management.info.env.enabled=true"})
class ActuatorEndpointsTest {

  static final MockOcrServer MOCK = MockOcrServer.builder().build().start();

  static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @DynamicPropertySource
  static void ocrkit(DynamicPropertyRegistry registry) {
    registry.add("ocrkit.app-key", MOCK::appKey);
    registry.add("ocrkit.secret-key", MOCK::secretKey);
    registry.add("ocrkit.base-url", () -> MOCK.baseUrl().toString());
  }

  @AfterAll
  static void stop() {
    MOCK.close();
  }

  private String get(String path) throws Exception {
    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .build(), HttpResponse.BodyHandlers.ofString());
    return answer.body();
  }

  @Test
  void health_reports_ocrkit_up_with_its_key_versions() throws Exception {
    String health = get("/actuator/health/ocrkit");
    assertThat(health).contains("\"status\":\"UP\"").contains("keyVersions").contains("credit-card");
  }

  @Test
  void info_reports_base_url_auth_mode_and_key_versions() throws Exception {
    assertThat(get("/actuator/info")).contains("\"ocrkit\"").contains(MOCK.baseUrl().toString())
        .contains("v2.0 secret key").contains("keyVersions");
  }

  @Test
  void no_endpoint_shows_a_credential(CapturedOutput output) throws Exception {
    String env = get("/actuator/env");
    String configprops = get("/actuator/configprops");
    assertThat(env).contains("ocrkit.secret-key").contains("ocrkit.base-url").contains(MOCK.baseUrl().toString());
    assertThat(configprops).contains("ocrkit");
    // Masked, not missing: the sanitizer is what hides them.
    assertThat(env).contains("******");
    assertThat(configprops).contains("******");
    for (String body : new String[] {env, configprops, get("/actuator/info"), get("/actuator/health"),
        get("/actuator/env/ocrkit.secret-key"), get("/actuator/env/ocrkit.app-key")}) {
      assertThat(body).doesNotContain(MOCK.secretKey()).doesNotContain(MOCK.appKey());
    }
    assertThat(output.getAll()).doesNotContain(MOCK.secretKey());
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}
}
