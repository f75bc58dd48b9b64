package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.mock.testing.HandClient;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class MockOcrServerTest {

  @Test
  void starts_on_a_free_port_with_the_given_credentials_and_closes_twice_safely() {
    MockOcrServer server = MockOcrServer.builder().port(0).appKey("app").secretKey("secret").build().start();
    try (server) {
      assertThat(server.baseUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
      assertThat(new HandClient(server).publicKeyAnswer("id-card").resultCode()).isZero();
    }
    server.close();
    assertThatThrownBy(() -> new HandClient(server).publicKeyAnswer("id-card")).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void its_text_names_the_address_but_not_the_secret_key() {
    try (MockOcrServer server = MockOcrServer.builder().secretKey("do-not-print").build().start()) {
      assertThat(server.toString()).contains(server.baseUrl().toString()).doesNotContain("do-not-print");
    }
  }

  @Test
  void a_blank_secret_key_is_refused() {
    assertThatThrownBy(() -> MockOcrServer.builder().secretKey(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'secretKey' must not be blank");
  }

  @Test
  void changing_the_builder_after_build_changes_nothing_in_the_server() {
    MockOcrServerBuilder builder = MockOcrServer.builder().host("127.0.0.1").appKey("first").secretKey("secret");
    try (MockOcrServer server = builder.build()) {
      builder.host("0.0.0.0").appKey("second").maxUploadBytes(1);
      server.start();
      assertThat(server.baseUrl().getHost()).isEqualTo("127.0.0.1");
      assertThat(server.host()).isEqualTo("127.0.0.1");
      assertThat(server.appKey()).isEqualTo("first");
      assertThat(server.maxUploadBytes()).isEqualTo(20L * 1024 * 1024);
    }
  }

  @Test
  void the_effective_settings_are_a_value_whose_text_names_no_secret() {
    try (MockOcrServer server = MockOcrServer.builder().appKey("app").secretKey("do-not-print")
        .secretAccessKey("nor-this").credential("other", "nor-that").build()) {
      assertThat(server.config().appKey()).isEqualTo("app");
      assertThat(server.config().extraCredentials()).containsEntry("other", "nor-that");
      assertThat(server.config().toString()).contains("app", "other")
          .doesNotContain("do-not-print", "nor-this", "nor-that");
    }
  }

  @Test
  void two_builds_without_credentials_make_different_demo_credentials() {
    MockOcrServerBuilder builder = MockOcrServer.builder();
    assertThat(builder.build().secretKey()).isNotEqualTo(builder.build().secretKey());
  }
}
