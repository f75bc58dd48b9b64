package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeyPairSourceTest {

  @Test
  void a_recycled_pair_is_handed_out_again_instead_of_a_new_one() {
    KeyPairSource source = new KeyPairSource.Pooled(new SecureRandom());
    KeyPair pair = source.take();
    source.recycle(List.of(pair));
    assertThat(source.take()).isSameAs(pair);
    assertThat(source.take()).isNotSameAs(pair);
  }

  @Test
  void versions_count_up_across_every_source_of_the_jvm() {
    KeyPairSource one = new KeyPairSource.Pooled(new SecureRandom());
    KeyPairSource other = new KeyPairSource.Pooled(new SecureRandom());
    long a = Long.parseLong(one.nextVersion());
    long b = Long.parseLong(other.nextVersion());
    long c = Long.parseLong(one.nextVersion());
    assertThat(b).isGreaterThan(a);
    assertThat(c).isGreaterThan(b);
  }

  @Test
  void the_shared_source_is_one_for_the_process() {
    assertThat(KeyPairSource.shared()).isSameAs(KeyPairSource.shared());
  }

  @Test
  void prefill_makes_only_the_missing_pairs_in_the_background_and_take_hands_them_out() {
    AtomicInteger made = new AtomicInteger();
    Deque<Runnable> queued = new ArrayDeque<>();
    KeyPairSource.Pooled source = new KeyPairSource.Pooled(() -> pair(made), queued::add);
    source.recycle(List.of(pair(new AtomicInteger())));
    source.prefill(3);
    source.prefill(3); // the two under way count: nothing more is queued
    assertThat(queued).hasSize(2);
    assertThat(made).hasValue(0);
    queued.forEach(Runnable::run);
    assertThat(made).hasValue(2);
    source.take();
    source.take();
    source.take();
    assertThat(made).as("three spare pairs, none made on take").hasValue(2);
    source.take();
    assertThat(made).as("an empty pool makes one on the caller's thread").hasValue(3);
  }

  @Test
  void take_waits_for_a_pair_under_way_instead_of_making_a_second_one() throws Exception {
    AtomicInteger made = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService background = Executors.newSingleThreadExecutor();
    try {
      KeyPairSource.Pooled source = new KeyPairSource.Pooled(() -> {
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return pair(made);
      }, background);
      source.prefill(1);
      Future<KeyPair> taken = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r);
        t.setDaemon(true);
        return t;
      }).submit(source::take);
      assertThat(taken).isNotDone();
      release.countDown();
      assertThat(taken.get(10, TimeUnit.SECONDS)).isNotNull();
      assertThat(made).hasValue(1);
    } finally {
      background.shutdownNow();
    }
  }

  private static KeyPair pair(AtomicInteger made) {
    made.incrementAndGet();
    return new KeyPair(null, null);
  }
}
