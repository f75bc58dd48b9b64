package io.ocrkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.OcrServiceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OcrClientTokenAuthTest {

  /** A clock the test moves by hand. */
  static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-09-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private FakeOcrService fake;
  private MovableClock clock;
  private OcrClient client;

  @BeforeEach
  void start() throws Exception {
    fake = new FakeOcrService();
    clock = new MovableClock();
    client = Fixtures.v21(fake).clock(clock).build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  @Test
  void every_operation_works_with_a_bearer_token_on_v2_1_paths() {
    assertThat(client.scanCreditCard(ImageSource.of(fake.cardImage("v21", Fixtures.VISA))).number()).isPresent();
    assertThat(client.scanIdCard(ImageSource.of(fake.idImage("v21-id", Fixtures.resident()))).requestKey()).isPresent();
    assertThat(client.scanIdCardStandAlone(ImageSource.of(fake.idImage("v21-sa", Fixtures.resident()))).requestKey()).isEmpty();
    assertThat(client.publicKey(KeyService.ID_CARD).version()).isEqualTo("0");
  }

  @Test
  void the_token_is_issued_once_and_reused() {
    byte[] image = fake.cardImage("reuse", Fixtures.VISA);

    client.scanCreditCard(ImageSource.of(image));
    client.scanCreditCard(ImageSource.of(image));

    assertThat(fake.tokensIssued()).isEqualTo(1);
  }

  @Test
  void the_token_is_refreshed_shortly_before_it_expires() {
    fake.tokenLife(120);
    byte[] image = fake.cardImage("expiry", Fixtures.VISA);
    client.scanCreditCard(ImageSource.of(image));

    clock.advance(Duration.ofSeconds(100));
    client.scanCreditCard(ImageSource.of(image));
    assertThat(fake.tokensIssued()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(10)); // within the last tenth of its life
    client.scanCreditCard(ImageSource.of(image));
    assertThat(fake.tokensIssued()).isEqualTo(2);
  }

  @Test
  void concurrent_callers_share_one_token_request() throws Exception {
    fake.tokenDelay(300);
    byte[] image = fake.cardImage("single-flight", Fixtures.VISA);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(CompletableFuture.runAsync(() -> client.scanCreditCard(ImageSource.of(image)), pool));
      }
      CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get();
    } finally {
      pool.shutdown();
    }

    assertThat(fake.tokensIssued()).isEqualTo(1);
  }

  @Test
  void a_revoked_token_is_replaced_once_and_the_scan_resent() {
    byte[] image = fake.cardImage("revoked", Fixtures.VISA);
    client.scanCreditCard(ImageSource.of(image));
    int sealed = fake.symmetricKeys().size();

    fake.revokeTokens();
    assertThat(client.scanCreditCard(ImageSource.of(image)).number()).isPresent();

    assertThat(fake.tokensIssued()).isEqualTo(2);
    assertThat(fake.symmetricKeys()).hasSize(sealed + 1); // the refused attempt was never unwrapped
  }

  @Test
  void a_revoked_token_is_replaced_for_a_public_key_fetch_too() {
    client.publicKey(KeyService.CREDIT_CARD);
    fake.revokeTokens();

    assertThat(client.publicKey(KeyService.ID_CARD).version()).isEqualTo("0");
    assertThat(fake.tokensIssued()).isEqualTo(2);
  }

  @Test
  void a_wrong_user_access_key_is_refused_by_the_token_endpoint() {
    try (OcrClient wrong = Fixtures.v21(fake).userAccessKey(FakeOcrService.ACCESS_KEY_ID, "wrong-secret").build()) {
      assertThatThrownBy(() -> wrong.scanCreditCard(ImageSource.of(fake.cardImage("wrong-uak", Fixtures.VISA))))
          .isInstanceOfSatisfying(OcrServiceException.class, e -> {
            assertThat(e.getMessage()).startsWith("token failed");
            assertThat(e.resultCode()).isEqualTo(4010001);
          });
    }
  }
}
