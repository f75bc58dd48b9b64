package io.ocrkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.crypto.BouncyCastleEnvelopeCrypto;
import io.ocrkit.http.OcrClientOptions.AuthMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

  @Test
  void an_app_key_is_required_and_named() {
    assertThatThrownBy(() -> OcrClient.builder().secretKey("secret").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'appKey'");
  }

  @Test
  void create_reports_every_default() {
    try (OcrClient client = OcrClient.create("app", "secret")) {
      OcrClientOptions options = client.options();

      assertThat(options.baseUrl()).isEqualTo(Protocol.CURRENT_BASE_URL);
      assertThat(options.authMode()).isEqualTo(AuthMode.SECRET_KEY);
      assertThat(options.tokenUrl()).isEmpty();
      assertThat(options.connectTimeout()).contains(Duration.ofSeconds(10));
      assertThat(options.attemptTimeout()).isEqualTo(Duration.ofSeconds(30));
      assertThat(options.callTimeout()).isEqualTo(Duration.ofSeconds(120));
      assertThat(options.retryPolicy()).isEqualTo(new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5)));
      assertThat(options.maxImageBytes()).isEqualTo(20L * 1024 * 1024);
      assertThat(options.requestKeyTtl()).isEqualTo(Duration.ofHours(1));
      assertThat(options.maxConcurrency()).isEqualTo(64);
      assertThat(options.rateLimit()).isEmpty();
      assertThat(options.base64Upload()).isFalse();
      assertThat(options.insecureHttpAllowed()).isFalse();
      assertThat(options.crypto()).isEqualTo("JcaEnvelopeCrypto");
    }
  }

  @Test
  void each_setter_shows_in_the_effective_configuration() {
    RetryPolicy retry = new RetryPolicy(5, Duration.ofMillis(10), Duration.ofSeconds(1));
    try (OcrClient client = base()
        .baseUrl(URI.create("http://ocr.example.com"))
        .allowInsecureHttp()
        .connectTimeout(Duration.ofSeconds(3))
        .attemptTimeout(Duration.ofSeconds(4))
        .callTimeout(Duration.ofSeconds(50))
        .retryPolicy(retry)
        .maxImageBytes(1234)
        .maxConcurrency(8)
        .rateLimit(2.5)
        .base64Upload(true)
        .crypto(new BouncyCastleEnvelopeCrypto())
        .build()) {
      OcrClientOptions options = client.options();

      assertThat(options.baseUrl()).isEqualTo(URI.create("http://ocr.example.com"));
      assertThat(options.insecureHttpAllowed()).isTrue();
      assertThat(options.connectTimeout()).contains(Duration.ofSeconds(3));
      assertThat(options.attemptTimeout()).isEqualTo(Duration.ofSeconds(4));
      assertThat(options.callTimeout()).isEqualTo(Duration.ofSeconds(50));
      assertThat(options.retryPolicy()).isEqualTo(retry);
      assertThat(options.maxImageBytes()).isEqualTo(1234);
      assertThat(options.maxConcurrency()).isEqualTo(8);
      assertThat(options.rateLimit()).hasValue(2.5);
      assertThat(options.base64Upload()).isTrue();
      assertThat(options.crypto()).isEqualTo("BouncyCastleEnvelopeCrypto");
    }
  }

  @Test
  void use_current_domain_sets_the_current_base_url() {
    try (OcrClient client = base().useCurrentDomain().build()) {
      assertThat(client.options().baseUrl()).isEqualTo(Protocol.CURRENT_BASE_URL);
    }
  }

  @Test
  void a_user_access_key_means_tokens_from_the_default_token_url() {
    try (OcrClient client = OcrClient.builder().appKey("app").userAccessKey("id", "secret").build()) {
      assertThat(client.options().authMode()).isEqualTo(AuthMode.USER_ACCESS_KEY);
      assertThat(client.options().tokenUrl()).contains(URI.create(Protocol.OAUTH_BASE_URL + Protocol.TOKEN_PATH));
    }
  }

  @Test
  void a_token_url_shows_for_a_user_access_key() {
    URI tokens = URI.create("https://oauth.example.com/oauth2/token/create");
    try (OcrClient client = OcrClient.builder().appKey("app").userAccessKey("id", "secret").tokenUrl(tokens).build()) {
      assertThat(client.options().tokenUrl()).contains(tokens);
    }
  }

  @Test
  void the_configuration_names_no_secret_and_no_key() {
    try (OcrClient v20 = OcrClient.builder().appKey("app-Visible-7").secretKey("s3cret-Value-9").build();
        OcrClient v21 = OcrClient.builder().appKey("app-Visible-7").userAccessKey("uak-Id-5", "uak-Secret-3").build()) {
      for (OcrClientOptions options : List.of(v20.options(), v21.options())) {
        assertThat(options.toString()).doesNotContain("app-Visible-7", "s3cret-Value-9", "uak-Id-5", "uak-Secret-3");
      }
    }
  }

  @Test
  void a_given_http_client_is_used_and_its_connect_timeout_reported() {
    HttpClient given = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(7)).build();
    HttpClient bare = HttpClient.newHttpClient();
    try (OcrClient client = base().httpClient(given).connectTimeout(Duration.ofSeconds(2)).build();
        OcrClient withoutTimeout = base().httpClient(bare).build()) {
      assertThat(client.httpClient()).isSameAs(given);
      assertThat(client.options().connectTimeout()).contains(Duration.ofSeconds(7));
      assertThat(withoutTimeout.options().connectTimeout()).isEmpty();
    }
  }

  @Test
  void a_given_executor_is_used_and_never_shut_down() {
    ExecutorService given = Executors.newSingleThreadExecutor();
    try {
      OcrClient client = base().executor(given).build();
      assertThat(client.executor()).isSameAs(given);
      client.close();
      assertThat(given.isShutdown()).isFalse();
    } finally {
      given.shutdownNow();
    }
  }

  @Test
  void closing_a_client_stops_the_executor_it_made() {
    OcrClient client = base().build();
    ExecutorService made = (ExecutorService) client.executor();

    client.close();

    assertThat(made.isShutdown()).isTrue();
  }

  @Test
  void a_built_client_keeps_its_settings_when_the_builder_changes_afterwards() {
    OcrClientBuilder builder = base().callTimeout(Duration.ofSeconds(40));
    try (OcrClient client = builder.build()) {
      builder.callTimeout(Duration.ofSeconds(41)).useLegacyDomain();

      assertThat(client.options().callTimeout()).isEqualTo(Duration.ofSeconds(40));
      assertThat(client.options().baseUrl()).isEqualTo(Protocol.CURRENT_BASE_URL);
    }
  }

  @Test
  void a_derived_client_keeps_the_first_ones_settings_and_shares_its_http_client_and_executor() {
    try (OcrClient first = base().attemptTimeout(Duration.ofSeconds(9)).base64Upload(true).build();
        OcrClient derived = first.newBuilder().callTimeout(Duration.ofSeconds(60)).build()) {
      assertThat(derived.httpClient()).isSameAs(first.httpClient());
      assertThat(derived.executor()).isSameAs(first.executor());
      assertThat(derived.options().attemptTimeout()).isEqualTo(Duration.ofSeconds(9));
      assertThat(derived.options().base64Upload()).isTrue();
      assertThat(derived.options().callTimeout()).isEqualTo(Duration.ofSeconds(60));
      assertThat(first.options().callTimeout()).isEqualTo(Duration.ofSeconds(120));
    }
  }

  @Test
  void closing_a_derived_client_leaves_what_it_shares_running() {
    try (OcrClient first = base().build()) {
      ExecutorService shared = (ExecutorService) first.executor();

      first.newBuilder().build().close();

      assertThat(shared.isShutdown()).isFalse();
    }
  }

  @Test
  void a_derived_client_shares_a_given_http_client_too() {
    HttpClient given = HttpClient.newHttpClient();
    try (OcrClient first = base().httpClient(given).build();
        OcrClient derived = first.newBuilder().build()) {
      assertThat(derived.httpClient()).isSameAs(given);
    }
  }

  @Test
  void a_derived_client_with_its_own_connect_timeout_makes_its_own_http_client() {
    try (OcrClient first = base().build();
        OcrClient derived = first.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
      assertThat(derived.httpClient()).isNotSameAs(first.httpClient());
      assertThat(derived.options().connectTimeout()).contains(Duration.ofSeconds(2));
      assertThat(first.options().connectTimeout()).contains(Duration.ofSeconds(10));
    }
  }

  @Test
  void setters_reject_null_by_name() {
    assertThatThrownBy(() -> base().eventListener(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("listener == null");
    assertThatThrownBy(() -> base().eventListeners(java.util.Arrays.asList(OcrEventListener.none(), null)))
        .isInstanceOf(NullPointerException.class).hasMessage("listeners contains null");
    assertThatThrownBy(() -> base().baseUrl(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("baseUrl == null");
  }

  @Test
  void a_non_positive_image_limit_is_named() {
    assertThatThrownBy(() -> base().maxImageBytes(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'maxImageBytes'");
    assertThatThrownBy(() -> base().maxConcurrency(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'maxConcurrency'");
    assertThatThrownBy(() -> base().rateLimit(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rateLimit'");
    assertThatThrownBy(() -> base().rateLimit(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'rateLimit'");
  }
}
