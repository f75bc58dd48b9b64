package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.protocol.KeyService;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyRingTest {

  private final KeyRing ring = new KeyRing(KeyPairSource.shared());

  @Test
  void the_first_use_makes_a_current_version_that_opens_requests() {
    KeyRing.Current current = ring.current(KeyService.CREDIT_CARD);
    assertThat(ring.current(KeyService.CREDIT_CARD)).isEqualTo(current);
    assertThat(ring.privateKey(KeyService.CREDIT_CARD, current.version())).contains(current.pair().getPrivate());
  }

  @Test
  void each_service_has_its_own_version_and_key() {
    KeyRing.Current card = ring.current(KeyService.CREDIT_CARD);
    KeyRing.Current id = ring.current(KeyService.ID_CARD);
    assertThat(id.version()).isNotEqualTo(card.version());
    assertThat(id.pair()).isNotSameAs(card.pair());
    assertThat(ring.privateKey(KeyService.ID_CARD, card.version())).isEmpty();
  }

  @Test
  void a_rotation_makes_a_new_current_version_and_keeps_the_old_one_unless_retired() {
    String first = ring.current(KeyService.ID_CARD).version();
    String second = ring.rotate(KeyService.ID_CARD, false);
    assertThat(ring.current(KeyService.ID_CARD).version()).isEqualTo(second).isNotEqualTo(first);
    assertThat(ring.privateKey(KeyService.ID_CARD, first)).isPresent();

    ring.rotate(KeyService.ID_CARD, true);
    assertThat(ring.privateKey(KeyService.ID_CARD, first)).isPresent();
    assertThat(ring.privateKey(KeyService.ID_CARD, second)).as("retired").isEmpty();
  }

  @Test
  void versions_are_never_handed_out_twice_not_even_after_a_clear() {
    Set<String> seen = new HashSet<>();
    for (int round = 0; round < 3; round++) {
      assertThat(seen.add(ring.current(KeyService.CREDIT_CARD).version())).isTrue();
      assertThat(seen.add(ring.rotate(KeyService.CREDIT_CARD, true))).isTrue();
      List<String> before = new ArrayList<>(seen);
      ring.clear();
      before.forEach(v -> assertThat(ring.privateKey(KeyService.CREDIT_CARD, v)).isEmpty());
    }
  }

  @Test
  void a_clear_gives_back_every_pair_it_held() {
    KeyPair card = ring.current(KeyService.CREDIT_CARD).pair();
    KeyPair id = ring.current(KeyService.ID_CARD).pair();
    assertThat(ring.clear()).containsExactlyInAnyOrder(card, id);
    assertThat(ring.clear()).isEmpty();
  }

  @Test
  void a_rotation_takes_its_pair_from_the_source_outside_the_ring_lock() throws Exception {
    java.util.concurrent.CountDownLatch taking = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    KeyPairSource shared = KeyPairSource.shared();
    KeyPair spare = shared.take();
    KeyRing blocking = new KeyRing(new KeyPairSource() {
      private final java.util.concurrent.atomic.AtomicInteger takes = new java.util.concurrent.atomic.AtomicInteger();

      @Override
      public KeyPair take() {
        if (takes.incrementAndGet() == 2) {
          taking.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return spare;
        }
        return shared.take();
      }

      @Override
      public void recycle(Iterable<KeyPair> pairs) {
        shared.recycle(pairs);
      }

      @Override
      public String nextVersion() {
        return shared.nextVersion();
      }
    });
    String first = blocking.current(KeyService.CREDIT_CARD).version();
    Thread rotation = new Thread(() -> blocking.rotate(KeyService.CREDIT_CARD, false));
    rotation.start();
    try {
      taking.await();
      // The rotation is inside take(): the ring still answers, so it does not hold the lock.
      assertThat(blocking.privateKey(KeyService.CREDIT_CARD, first)).isPresent();
      assertThat(blocking.current(KeyService.CREDIT_CARD).version()).isEqualTo(first);
    } finally {
      release.countDown();
      rotation.join();
    }
    assertThat(blocking.current(KeyService.CREDIT_CARD).pair()).isSameAs(spare);
  }

  @Test
  void a_rotation_that_a_clear_overtakes_makes_the_new_version_current_and_served() {
    KeyPairSource shared = KeyPairSource.shared();
    KeyRing[] ring = new KeyRing[1];
    java.util.concurrent.atomic.AtomicInteger takes = new java.util.concurrent.atomic.AtomicInteger();
    ring[0] = new KeyRing(new KeyPairSource() {
      @Override
      public KeyPair take() {
        if (takes.incrementAndGet() == 2) {
          ring[0].clear(); // a reset lands between the rotation's first look and its lock
        }
        return shared.take();
      }

      @Override
      public void recycle(Iterable<KeyPair> pairs) {
        shared.recycle(pairs);
      }

      @Override
      public String nextVersion() {
        return shared.nextVersion();
      }
    });
    ring[0].current(KeyService.CREDIT_CARD);

    String rotated = ring[0].rotate(KeyService.CREDIT_CARD, true);

    assertThat(ring[0].current(KeyService.CREDIT_CARD).version()).isEqualTo(rotated);
    assertThat(ring[0].privateKey(KeyService.CREDIT_CARD, rotated)).isPresent();
  }
}
