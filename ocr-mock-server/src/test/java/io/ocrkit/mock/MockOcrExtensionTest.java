package io.ocrkit.mock;

import io.ocrkit.mock.testing.HandClient;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.protocol.KeyService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MockOcrExtensionTest {

  @RegisterExtension
  static MockOcrExtension mock = new MockOcrExtension(b -> b.appKey("extension-app"));

  @Test
  void aTestMethodMayTakeTheServerAndItsAdmin(MockOcrServer server, MockAdmin admin) {
    assertThat(server).isSameAs(mock.server());
    assertThat(admin).isSameAs(mock.server());
    assertThat(server.appKey()).isEqualTo("extension-app");
  }

  @Test
  void itsAdminCallsReachTheServer(MockOcrServer server) {
    HandClient client = new HandClient(server);
    String before = client.key("credit-card").version();
    String rotated = mock.rotateKey(KeyService.CREDIT_CARD, true);
    assertThat(client.key("credit-card").version()).isEqualTo(rotated).isNotEqualTo(before);
    assertThat(mock.requests()).extracting(JournalEntry::keyVersion).containsExactly(before, rotated);
  }

  @Test
  void eachTestStartsFromAFreshState() {
    assertThat(mock.requests()).isEmpty();
  }
}
