package io.ocrkit.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OcrClientBuilderTest {

  private static OcrClientBuilder base() {
    return OcrClient.builder().appKey("app").secretKey("secret");
  }

  @Test
  void create_needs_only_an_app_key_and_a_secret_key() {
    assertThatCode(() -> OcrClient.create("app", "secret").close()).doesNotThrowAnyException();
  }

  @Test
  void a_blank_app_key_is_named() {
    assertThatThrownBy(() -> OcrClient.create(" ", "secret"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'appKey'");
  }

  @Test
  void an_app_key_that_is_not_url_safe_is_named() {
    assertThatThrownBy(() -> OcrClient.create("a/../b", "secret"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'appKey' must be URL-safe");
  }

  @Test
  void a_blank_secret_key_is_named_without_its_value() {
    assertThatThrownBy(() -> OcrClient.create("app", "   "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'secretKey'");
  }

  @Test
  void credentials_are_required() {
    assertThatThrownBy(() -> OcrClient.builder().appKey("app").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'secretKey'").hasMessageContaining("'userAccessKey'");
  }

  @Test
  void both_auth_modes_at_once_are_refused() {
    assertThatThrownBy(() -> base().userAccessKey("id", "secret").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
  }

  @Test
  void plain_http_to_a_remote_host_is_refused() {
    assertThatThrownBy(() -> base().baseUrl(URI.create("http://ocr.example.com")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'baseUrl'").hasMessageContaining("allowInsecureHttp");
  }

  @Test
  void plain_http_to_loopback_is_allowed() {
    assertThatCode(() -> base().baseUrl(URI.create("http://127.0.0.1:8080")).build().close()).doesNotThrowAnyException();
    assertThatCode(() -> base().baseUrl(URI.create("http://localhost:8080")).build().close()).doesNotThrowAnyException();
    assertThatCode(() -> base().baseUrl(URI.create("http://[::1]:8080")).build().close()).doesNotThrowAnyException();
  }

  @Test
  void plain_http_to_a_remote_host_is_allowed_on_explicit_opt_in() {
    assertThatCode(() -> base().baseUrl(URI.create("http://ocr.example.com")).allowInsecureHttp().build().close())
        .doesNotThrowAnyException();
  }

  @Test
  void plain_http_for_the_token_url_is_refused_too() {
    assertThatThrownBy(() -> OcrClient.builder().appKey("app").userAccessKey("id", "secret")
        .tokenUrl(URI.create("http://oauth.example.com/oauth2/token/create")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'tokenUrl'");
  }

  @Test
  void a_base_url_with_credentials_or_a_query_is_refused() {
    assertThatThrownBy(() -> base().baseUrl(URI.create("https://user:pw@ocr.example.com")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'baseUrl'");
  }

  @Test
  void a_non_positive_timeout_is_named() {
    assertThatThrownBy(() -> base().attemptTimeout(java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'attemptTimeout'");
  }
}
