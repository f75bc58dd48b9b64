package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class MockOcrServerTest {

  @Test
  void startsOnAFreePortWithTheGivenCredentialsAndClosesTwiceSafely() {
    MockOcrServer server = MockOcrServer.builder().port(0).appKey("app").secretKey("secret").build().start();
    try (server) {
      assertThat(server.baseUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
      assertThat(new HandClient(server).publicKeyAnswer("id-card").resultCode()).isZero();
    }
    server.close();
    assertThatThrownBy(() -> new HandClient(server).publicKeyAnswer("id-card")).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void itsTextNamesTheAddressButNotTheSecretKey() {
    try (MockOcrServer server = MockOcrServer.builder().secretKey("do-not-print").build().start()) {
      assertThat(server.toString()).contains(server.baseUrl().toString()).doesNotContain("do-not-print");
    }
  }

  @Test
  void aBlankSecretKeyIsRefused() {
    assertThatThrownBy(() -> MockOcrServer.builder().secretKey(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("'secretKey' must not be blank");
  }
}
