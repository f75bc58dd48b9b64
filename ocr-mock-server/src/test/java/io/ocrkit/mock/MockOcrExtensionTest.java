package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.testing.HandClient;
import io.ocrkit.core.protocol.KeyService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MockOcrExtensionTest {

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension(b -> b.appKey("extension-app"));

  @Test
  void a_test_method_may_take_the_server_and_its_admin(MockOcrServer server, MockAdmin admin) {
    assertThat(server).isSameAs(mock.server());
    assertThat(admin).isSameAs(mock.server());
    assertThat(server.appKey()).isEqualTo("extension-app");
  }

  @Test
  void its_admin_calls_reach_the_server(MockOcrServer server) {
    HandClient client = new HandClient(server);
    String before = client.key("credit-card").version();
    String rotated = mock.rotateKey(KeyService.CREDIT_CARD, true);
    assertThat(client.key("credit-card").version()).isEqualTo(rotated).isNotEqualTo(before);
    assertThat(mock.requests()).extracting(JournalEntry::keyVersion).containsExactly(before, rotated);
  }

  @Test
  void each_test_starts_from_a_fresh_state() {
    assertThat(mock.requests()).isEmpty();
  }
}
