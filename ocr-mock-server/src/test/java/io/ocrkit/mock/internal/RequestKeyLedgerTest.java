package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

class RequestKeyLedgerTest {

  private static final RequestKeyLedger.Scan SCAN =
      new RequestKeyLedger.Scan("resident", Map.of("name", "홍길동"), true);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final MockClock clock = new MockClock(Clock.systemUTC());
  private final RequestKeyLedger ledger = new RequestKeyLedger(clock, Duration.ofHours(1), n -> {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  });

  @Test
  void an_issued_key_is_32_hex_digits_and_claims_its_scan() {
    String key = ledger.issue(SCAN);
    assertThat(key).matches("[0-9a-f]{32}");
    assertThat(ledger.claim(key)).map(RequestKeyLedger.Claim::scan).contains(SCAN);
  }

  @Test
  void an_unknown_key_claims_nothing() {
    assertThat(ledger.claim("0".repeat(32))).isEmpty();
  }

  @Test
  void a_claimed_key_cannot_be_claimed_again_until_it_is_released() {
    String key = ledger.issue(SCAN);
    RequestKeyLedger.Claim claim = ledger.claim(key).orElseThrow();
    assertThat(ledger.claim(key)).isEmpty();
    claim.close();
    assertThat(ledger.claim(key)).isPresent();
  }

  @Test
  void a_spent_key_is_never_claimed_again() {
    String key = ledger.issue(SCAN);
    try (RequestKeyLedger.Claim claim = ledger.claim(key).orElseThrow()) {
      claim.spend();
    }
    assertThat(ledger.claim(key)).isEmpty();
  }

  @Test
  void a_key_expires_with_its_time_to_live() {
    String key = ledger.issue(SCAN);
    clock.advance(Duration.ofMinutes(59));
    ledger.claim(key).orElseThrow().close();
    clock.advance(Duration.ofMinutes(1));
    assertThat(ledger.claim(key)).isEmpty();
  }

  @Test
  void clearing_forgets_every_key() {
    String key = ledger.issue(SCAN);
    ledger.clear();
    assertThat(ledger.held()).isZero();
    assertThat(ledger.claim(key)).isEmpty();
  }

  @Test
  @Execution(ExecutionMode.SAME_THREAD)
  void of_concurrent_claims_on_one_key_exactly_one_wins() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 50; round++) {
        String key = ledger.issue(SCAN);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<RequestKeyLedger.Claim>>> claims = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          Callable<Optional<RequestKeyLedger.Claim>> claim = () -> {
            start.await();
            return ledger.claim(key);
          };
          claims.add(pool.submit(claim));
        }
        start.countDown();
        int won = 0;
        for (Future<Optional<RequestKeyLedger.Claim>> f : claims) {
          won += f.get().isPresent() ? 1 : 0;
        }
        assertThat(won).as("round %d", round).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
