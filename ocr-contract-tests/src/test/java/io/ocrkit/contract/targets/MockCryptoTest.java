package io.ocrkit.contract.targets;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.MockCrypto;
import org.junit.jupiter.api.Test;

/** Runs in both of the module's executions: each must have started the mock it says it has. */
class MockCryptoTest {

  @Test
  void the_mock_target_opens_envelopes_with_the_crypto_the_run_names() {
    MockCrypto expected = Settings.get(MockTarget.MOCK_CRYPTO).map(MockCrypto::fromOption).orElse(MockCrypto.JCA);
    try (MockTarget target = MockTarget.start()) {
      assertThat(target.crypto()).isEqualTo(expected);
    }
  }
}
