package io.ocrkit.core.service;

import static io.ocrkit.core.testing.FakeTransport.refused;
import static io.ocrkit.core.testing.FakeTransport.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.OcrServiceException;
import io.ocrkit.core.model.ServicePublicKey;
import io.ocrkit.core.testing.FakeTransport;
import io.ocrkit.core.testing.Images;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OcrServiceKeyCacheTest {

  private final ServiceFixture f = new ServiceFixture();

  @Test
  void many_concurrent_callers_share_one_key_fetch_in_flight() throws Exception {
    int threads = 16;
    CountDownLatch fetchStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    f.transport.blockKeyFetches(fetchStarted, release);
    OcrService service = f.service();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Thread> workers = new ArrayList<>();
    try {
      List<Future<ServicePublicKey>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          synchronized (workers) {
            workers.add(Thread.currentThread());
          }
          return service.publicKey(KeyService.CREDIT_CARD);
        }));
      }
      assertThat(fetchStarted.await(10, TimeUnit.SECONDS)).isTrue();
      awaitAllBlocked(workers, threads);
      release.countDown();

      Set<ServicePublicKey> keys = new java.util.HashSet<>();
      for (Future<ServicePublicKey> result : results) {
        keys.add(result.get(10, TimeUnit.SECONDS));
      }
      assertThat(f.transport.keyFetches()).isEqualTo(1);
      assertThat(keys).hasSize(1);
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  /** Waits until every worker is parked: the one fetching on the latch, the others on its future. */
  private static void awaitAllBlocked(List<Thread> workers, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      List<Thread> snapshot;
      synchronized (workers) {
        snapshot = List.copyOf(workers);
      }
      if (snapshot.size() == expected && snapshot.stream().allMatch(t -> t.getState() == Thread.State.WAITING
          || t.getState() == Thread.State.TIMED_WAITING)) {
        return;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the workers never all blocked on the key fetch");
  }

  @Test
  void the_key_is_fetched_once_and_reused_by_later_calls() {
    f.transport.onCreditCard(success(ServiceFixture::card), success(ServiceFixture::card));
    OcrService service = f.service();

    service.scanCreditCard(ImageSource.of(Images.png(100)));
    service.scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.transport.keyFetches()).isEqualTo(1);
    assertThat(f.transport.calls()).extracting(FakeTransport.Call::keyVersion).containsExactly("1", "1");
  }

  @Test
  void each_key_service_has_its_own_key() {
    f.transport.onCreditCard(success(ServiceFixture::card)).onIdCard(success(ServiceFixture::residentCard));
    OcrService service = f.service();

    service.scanCreditCard(ImageSource.of(Images.png(100)));
    service.scanIdCardStandAlone(ImageSource.of(Images.jpg(100)));

    assertThat(f.transport.keyFetchServices()).containsExactly(KeyService.CREDIT_CARD, KeyService.ID_CARD);
  }

  @Test
  void each_service_instance_keeps_its_own_cache() {
    f.service().publicKey(KeyService.ID_CARD);
    f.service().publicKey(KeyService.ID_CARD);

    assertThat(f.transport.keyFetches()).isEqualTo(2);
  }

  @Test
  void a_failed_key_fetch_is_forgotten_so_the_next_call_fetches_again() {
    f.transport.failNextKeyFetch(5000503);
    OcrService service = f.service();

    assertThatThrownBy(() -> service.publicKey(KeyService.CREDIT_CARD))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> assertThat(e.resultCode()).isEqualTo(5000503));
    ServicePublicKey key = service.publicKey(KeyService.CREDIT_CARD);

    assertThat(f.transport.keyFetches()).isEqualTo(2);
    assertThat(key.version()).isEqualTo("2");
  }

  @Test
  void a_stale_key_version_fetches_the_key_again_and_resends_once_under_a_new_envelope() {
    f.transport.onCreditCard(refused(4000301), success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    List<FakeTransport.Call> calls = f.transport.calls();
    assertThat(f.transport.keyFetches()).isEqualTo(2);
    assertThat(calls).extracting(FakeTransport.Call::keyVersion).containsExactly("1", "2");
    assertThat(calls.get(0).wrappedKey()).isNotEqualTo(calls.get(1).wrappedKey());
    assertThat(calls.get(0).envelope().keyBytes()).isNotEqualTo(calls.get(1).envelope().keyBytes());
    assertThat(calls.get(0).ciphertext()).isNotEqualTo(calls.get(1).ciphertext());
    assertThat(calls.get(1).plaintext()).isEqualTo(calls.get(0).plaintext());
  }

  @Test
  void a_second_stale_key_version_in_one_call_is_not_retried_again() {
    f.transport.onCreditCard(refused(4000301), refused(4000301));

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOfSatisfying(OcrServiceException.class,
            e -> assertThat(e.resultKey()).isEqualTo("INVALID_KEY_VERSION"));
    assertThat(f.transport.calls()).hasSize(2);
    assertThat(f.transport.keyFetches()).isEqualTo(2);
  }

  @Test
  void a_stale_key_version_is_not_resent_from_a_one_shot_stream() {
    f.transport.onCreditCard(refused(4000301));
    byte[] png = Images.png(100);

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(new ByteArrayInputStream(png), png.length)))
        .isInstanceOf(OcrServiceException.class);
    assertThat(f.transport.calls()).hasSize(1);
  }

  @Test
  void after_a_refresh_later_calls_use_the_new_key_without_fetching_again() {
    f.transport.onCreditCard(refused(4000301), success(ServiceFixture::card), success(ServiceFixture::card));
    OcrService service = f.service();

    service.scanCreditCard(ImageSource.of(Images.png(100)));
    service.scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.transport.keyFetches()).isEqualTo(2);
    assertThat(f.transport.calls()).extracting(FakeTransport.Call::keyVersion).containsExactly("1", "2", "2");
  }

  @Test
  void every_attempt_is_sealed_with_a_fresh_envelope_that_is_closed_afterwards() {
    f.transport.onCreditCard(success(ServiceFixture::card), success(ServiceFixture::card));
    OcrService service = f.service();

    service.scanCreditCard(ImageSource.of(Images.png(100)));
    service.scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.crypto.sealed()).hasSize(2).allMatch(e -> e.isClosed());
    assertThat(f.crypto.sealed().stream().map(e -> e.wrappedKey()).collect(Collectors.toSet())).hasSize(2);
  }

  @Test
  void a_key_fetch_refused_for_a_token_the_transport_renewed_is_sent_once_more_without_a_retry() {
    f.options = f.options.withRetry(io.ocrkit.core.model.RetryPolicy.none());
    f.transport.refuseNextKeyFetchRenewingToken().onCreditCard(success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.transport.keyFetches()).isEqualTo(2);
    assertThat(f.transport.calls()).extracting(FakeTransport.Call::keyVersion).containsExactly("2");
    assertThat(f.sleeps).isEmpty();
  }

  @Test
  void a_key_fetch_refused_twice_for_its_token_is_the_services_4010006() {
    f.transport.refuseNextKeyFetchRenewingToken().refuseNextKeyFetchRenewingToken();

    assertThatThrownBy(() -> f.service().publicKey(KeyService.ID_CARD))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> assertThat(e.resultCode()).isEqualTo(4010006));
    assertThat(f.transport.keyFetches()).isEqualTo(2);
  }

  @Test
  void a_key_fetch_refused_for_a_token_that_was_not_renewed_is_not_sent_again() {
    f.transport.failNextKeyFetch(4010006);

    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(100))))
        .isInstanceOfSatisfying(OcrServiceException.class, e -> assertThat(e.resultCode()).isEqualTo(4010006));
    assertThat(f.transport.keyFetches()).isEqualTo(1);
    assertThat(f.sleeps).isEmpty();
  }
}
