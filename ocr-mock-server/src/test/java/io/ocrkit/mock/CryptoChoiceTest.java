package io.ocrkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.crypto.server.BouncyCastleServerEnvelopeCrypto;
import io.ocrkit.crypto.server.JcaServerEnvelopeCrypto;
import io.ocrkit.mock.testing.HandClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;

class CryptoChoiceTest {

  @Test
  void the_jdks_crypto_is_the_default_and_bouncy_castle_is_chosen_by_the_builder() {
    assertThat(MockOcrServer.builder().build().config().crypto()).isEqualTo(MockCrypto.JCA);
    assertThat(MockOcrServer.builder().crypto(MockCrypto.BOUNCY_CASTLE).build().config().crypto())
        .isEqualTo(MockCrypto.BOUNCY_CASTLE);
    assertThat(MockCrypto.JCA.create()).isInstanceOf(JcaServerEnvelopeCrypto.class);
    assertThat(MockCrypto.BOUNCY_CASTLE.create()).isInstanceOf(BouncyCastleServerEnvelopeCrypto.class);
  }

  @Test
  void the_config_names_its_crypto_and_a_built_server_keeps_it_when_the_builder_changes() {
    MockOcrServerBuilder builder = MockOcrServer.builder().crypto(MockCrypto.BOUNCY_CASTLE);
    MockOcrServer server = builder.build();
    builder.crypto(MockCrypto.JCA);
    assertThat(server.config().crypto()).isEqualTo(MockCrypto.BOUNCY_CASTLE);
    assertThat(server.config().toString()).contains("crypto=BOUNCY_CASTLE");
  }

  @Test
  void option_names_are_read_case_insensitively_and_others_refused() {
    assertThat(MockCrypto.fromOption("BC")).isEqualTo(MockCrypto.BOUNCY_CASTLE);
    assertThat(MockCrypto.fromOption("jca")).isEqualTo(MockCrypto.JCA);
    assertThat(MockCrypto.fromOption("bouncy_castle")).isEqualTo(MockCrypto.BOUNCY_CASTLE);
    assertThatThrownBy(() -> MockCrypto.fromOption("openssl")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'jca' or 'bc'");
  }

  @ParameterizedTest
  @EnumSource(MockCrypto.class)
  void either_crypto_opens_a_scan_and_refuses_a_ciphertext_of_a_wrong_length(MockCrypto crypto) {
    try (MockOcrServer server = MockOcrServer.builder().crypto(crypto).build().start()) {
      HandClient client = new HandClient(server);
      HandClient.Answer answer = client.scan("credit-card", HandClient.png(40, 30, 1));
      assertThat(answer.resultCode()).isZero();
      assertThat(answer.decrypt(answer.result().get("totalCardNum"))).hasSize(16);
      HandClient.Key key = client.key("credit-card");
      byte[] symmetric = HandClient.freshKey();
      byte[] cipherText = HandClient.aes(Cipher.ENCRYPT_MODE, HandClient.freshKey(), new byte[1000]);
      HandClient.Answer wrong = client.upload("credit-card", key.version(), HandClient.wrap(key.key(), symmetric),
          java.util.Arrays.copyOf(cipherText, 1001), symmetric);
      assertThat(wrong.resultCode()).isEqualTo(4000303);
    }
  }
}
