package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MockServerMainTest {

  @Test
  void theCommandLineSetsPortHostCredentialsTtlAndUploadLimit() {
    MockOcrServer.Builder builder = MockOcrServer.builder();
    boolean given = MockServerMain.parse(new String[] {"--port", "0", "--host", "127.0.0.1", "--app-key", "K",
        "--secret-key", "S", "--request-key-ttl", "60", "--max-upload", "1024"}, builder);
    MockOcrServer server = builder.build();
    assertThat(given).isTrue();
    assertThat(server.appKey()).isEqualTo("K");
    assertThat(server.secretKey()).isEqualTo("S");
    assertThat(server.maxUploadBytes()).isEqualTo(1024);
  }

  @Test
  void withoutCredentialsDemoOnesAreMade() {
    MockOcrServer.Builder builder = MockOcrServer.builder();
    assertThat(MockServerMain.parse(new String[] {"--port", "0"}, builder)).isFalse();
    assertThat(builder.build().secretKey()).isNotBlank();
  }

  @Test
  void anAppKeyWithoutASecretKeyIsRefused() {
    assertThatThrownBy(() -> MockServerMain.parse(new String[] {"--app-key", "K"}, MockOcrServer.builder()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--secret-key");
  }

  @Test
  void anUnknownOptionIsRefused() {
    assertThatThrownBy(() -> MockServerMain.parse(new String[] {"--colour", "red"}, MockOcrServer.builder()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--colour");
  }
}
