package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CpuGateTest {

  @Test
  void no_more_than_its_permits_compute_at_once_and_the_next_one_enters_when_one_leaves() throws Exception {
    CpuGate gate = new CpuGate(2);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch leave = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(3);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Thread t = new Thread(() -> {
        gate.run(() -> {
          most.accumulateAndGet(inside.incrementAndGet(), Math::max);
          await(leave);
          inside.decrementAndGet();
        });
        done.countDown();
      });
      threads.add(t);
      t.start();
    }
    // Two inside, waiting on the latch, and the third parked at the gate.
    while (inside.get() < 2 || threads.stream().filter(t -> t.getState() == Thread.State.WAITING).count() < 3) {
      Thread.onSpinWait();
    }
    assertThat(inside.get()).isEqualTo(2);

    leave.countDown();
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(most.get()).isEqualTo(2);
  }

  @Test
  void a_step_that_throws_gives_its_permit_back() {
    CpuGate gate = new CpuGate(1);

    assertThatThrownBy(() -> gate.run(() -> {
      throw new Reject(4000001);
    })).isInstanceOf(Reject.class);
    assertThat(gate.call(() -> "next")).isEqualTo("next");
  }

  @Test
  void a_gate_of_no_permits_bounds_nothing_and_a_negative_count_is_refused() throws Exception {
    CpuGate open = new CpuGate(0);
    CountDownLatch both = new CountDownLatch(2);
    Thread other = new Thread(() -> open.run(() -> {
      both.countDown();
      await(both);
    }));
    other.start();
    open.run(() -> {
      both.countDown();
      await(both);
    });
    other.join();

    assertThatThrownBy(() -> new CpuGate(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
