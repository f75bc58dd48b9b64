package io.ocrkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.testing.MutableClock;
import io.ocrkit.mock.Fault;
import io.ocrkit.mock.JournalEntry;
import io.ocrkit.mock.MockOcrExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OcrClientTokenAuthTest {

  /** Tokens live 120 s, so that the client's refresh in the last tenth of a token's life is reachable. */
  @RegisterExtension
  static final MockOcrExtension mock = new MockOcrExtension(b -> b.tokenTtl(Duration.ofSeconds(120)));

  /** Counts the token requests the client sends, as the fake service counted tokens issued. */
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final OcrEventListener countingTokens = new OcrEventListener() {
    @Override
    public void afterAnswer(Exchange exchange, int httpStatus, Integer resultCode, Duration elapsed) {
      if (exchange.operation().equals("token") && httpStatus == 200) {
        tokenRequests.incrementAndGet();
      }
    }
  };
  private MutableClock clock;
  private OcrClient client;

  @BeforeEach
  void start() {
    clock = new MutableClock(Instant.parse("2026-09-01T00:00:00Z"));
    client = Fixtures.v21(mock.server()).clock(clock).eventListener(countingTokens).build();
  }

  @AfterEach
  void stop() {
    client.close();
  }

  @Test
  void every_operation_works_with_a_bearer_token_on_v2_1_paths() {
    assertThat(client.scanCreditCard(ImageSource.of(Fixtures.cardImage(mock, "v21"))).number()).isPresent();
    assertThat(client.scanIdCard(ImageSource.of(Fixtures.idImage(mock, "v21-id"))).requestKey()).isPresent();
    assertThat(client.scanIdCardStandAlone(ImageSource.of(Fixtures.idImage(mock, "v21-sa"))).requestKey()).isEmpty();
    String version = client.publicKey(KeyService.ID_CARD).version();

    assertThat(version).isEqualTo(mock.requests().stream()
        .filter(e -> e.path().equals("/v2.1/appkeys/" + mock.server().appKey() + "/public-keys/id-card"))
        .map(JournalEntry::keyVersion).findFirst().orElseThrow());
    assertThat(mock.requests()).extracting(JournalEntry::path).allMatch(p -> p.startsWith("/v2.1/"));
  }

  @Test
  void the_token_is_issued_once_and_reused() {
    byte[] image = Fixtures.cardImage(mock, "reuse");

    client.scanCreditCard(ImageSource.of(image));
    client.scanCreditCard(ImageSource.of(image));

    assertThat(tokenRequests).hasValue(1);
  }

  @Test
  void the_token_is_refreshed_shortly_before_it_expires() {
    byte[] image = Fixtures.cardImage(mock, "expiry");
    client.scanCreditCard(ImageSource.of(image));

    clock.advance(Duration.ofSeconds(100));
    client.scanCreditCard(ImageSource.of(image));
    assertThat(tokenRequests).hasValue(1);

    clock.advance(Duration.ofSeconds(10)); // within the last tenth of its life
    client.scanCreditCard(ImageSource.of(image));
    assertThat(tokenRequests).hasValue(2);
  }

  @Test
  void concurrent_callers_share_one_token_request() throws Exception {
    mock.injectFault(Fault.delay("token", 1, 300));
    byte[] image = Fixtures.cardImage(mock, "single-flight");
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

    assertThat(tokenRequests).hasValue(1);
  }

  @Test
  void a_revoked_token_is_replaced_once_and_the_scan_resent() {
    byte[] image = Fixtures.cardImage(mock, "revoked");
    client.scanCreditCard(ImageSource.of(image));
    int opened = Fixtures.opened(mock);

    mock.revokeTokens();
    assertThat(client.scanCreditCard(ImageSource.of(image)).number()).isPresent();

    assertThat(tokenRequests).hasValue(2);
    assertThat(Fixtures.opened(mock)).isEqualTo(opened + 1); // the refused attempt was never unwrapped
    assertThat(Fixtures.enveloped(mock)).extracting(JournalEntry::resultCode).containsExactly(0, 4010006, 0);
  }

  @Test
  void a_revoked_token_is_replaced_for_a_public_key_fetch_too() {
    client.publicKey(KeyService.CREDIT_CARD);
    mock.revokeTokens();

    assertThat(client.publicKey(KeyService.ID_CARD).version()).isNotBlank();
    assertThat(tokenRequests).hasValue(2);
  }

  @Test
  void a_wrong_user_access_key_is_refused_by_the_token_endpoint() {
    try (OcrClient wrong = Fixtures.v21(mock.server())
        .userAccessKey(mock.server().userAccessKeyId(), "wrong-secret").build()) {
      assertThatThrownBy(() -> wrong.scanCreditCard(ImageSource.of(Fixtures.cardImage(mock, "wrong-uak"))))
          .isInstanceOfSatisfying(OcrServiceException.class, e -> {
            assertThat(e.getMessage()).startsWith("token failed");
            assertThat(e.resultCode()).isEqualTo(4010001);
          });
    }
  }
}
