package io.ocrkit.http.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.protocol.ResultCode;
import io.ocrkit.http.OcrClient;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The service rotates its public key between two scans and retires the old one: the next scan is
 * answered {@code 4000301}, and the client fetches the new key and resends under a new envelope.
 * A fresh mock per test: rotation changes the key ring for good.
 */
class KeyRotationAgainstMockTest {

  static final CreditCardSample CARD = SampleData.creditCard(1);
  static final ResidentCardSample RESIDENT = SampleData.residentCard(1);

  /** Started before the class, reset before each test, stopped after the class. */
  @RegisterExtension
  static final MockOcrExtension server = E2e.mock();

  private MockOcrServer mock;
  private RecordingCrypto crypto;
  private OcrClient client;

  @BeforeEach
  void start() {
    mock = server.server();
    crypto = new RecordingCrypto();
    client = E2e.v20(mock).crypto(crypto).build();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  @Test
  void a_credit_card_scan_after_the_key_was_rotated_and_retired_recovers_under_the_new_key() {
    client.scanCreditCard(ImageSource.of(E2e.png(CARD)));
    String newVersion = mock.rotateKey(KeyService.CREDIT_CARD, true);

    CreditCard card = client.scanCreditCard(ImageSource.of(E2e.png(CARD)));

    assertThat(E2e.matches(card, CARD)).isTrue();
    List<Map<String, Object>> scans = E2e.journal(mock, 0, "credit-card");
    assertThat(scans).extracting(e -> e.get("resultCode"))
        .containsExactly(0, ResultCode.INVALID_KEY_VERSION.code(), 0);
    Object first = scans.get(0).get("keyVersion");
    assertThat(scans).extracting(e -> e.get("keyVersion")).containsExactly(first, first, newVersion);
    assertThat(scans.get(1).get("envelope")).isEqualTo("unknown-key-version");
    assertThat(E2e.journal(mock, 0, "public-keys/credit-card")).extracting(e -> e.get("keyVersion"))
        .containsExactly(first, newVersion);
    assertThat(client.publicKey(KeyService.CREDIT_CARD).version()).isEqualTo(newVersion);
  }

  @Test
  void the_resend_after_a_rotation_is_sealed_under_a_fresh_symmetric_key() {
    client.scanCreditCard(ImageSource.of(E2e.png(CARD)));
    mock.rotateKey(KeyService.CREDIT_CARD, true);

    client.scanCreditCard(ImageSource.of(E2e.png(CARD)));

    assertThat(crypto.wrappedKeys()).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void an_id_card_scan_recovers_from_a_rotation_of_the_id_card_key_only() {
    client.scanCreditCard(ImageSource.of(E2e.png(CARD)));
    client.scanIdCard(ImageSource.of(E2e.png(RESIDENT)));
    String newVersion = mock.rotateKey(KeyService.ID_CARD, true);

    IdCardScan scan = client.scanIdCard(ImageSource.of(E2e.png(RESIDENT)));
    client.scanCreditCard(ImageSource.of(E2e.png(CARD)));

    assertThat(E2e.actualKeyValues(scan)).containsExactlyEntriesOf(E2e.expectedKeyValues(RESIDENT));
    Object first = E2e.journal(mock, 0, "id-card").get(0).get("keyVersion");
    assertThat(E2e.journal(mock, 0, "id-card")).extracting(e -> e.get("keyVersion"))
        .containsExactly(first, first, newVersion);
    assertThat(E2e.journal(mock, 0, "credit-card")).extracting(e -> e.get("resultCode")).containsExactly(0, 0);
  }

  @Test
  void a_rotation_that_keeps_the_previous_key_needs_no_resend() {
    client.scanCreditCard(ImageSource.of(E2e.png(CARD)));
    mock.rotateKey(KeyService.CREDIT_CARD, false);

    client.scanCreditCard(ImageSource.of(E2e.png(CARD)));

    assertThat(E2e.journal(mock, 0, "credit-card")).extracting(e -> e.get("resultCode")).containsExactly(0, 0);
  }
}
