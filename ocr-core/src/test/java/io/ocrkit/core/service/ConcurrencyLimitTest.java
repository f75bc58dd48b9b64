package io.ocrkit.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class ConcurrencyLimitTest {

  @Test
  void attempts_up_to_the_limit_go_at_once_and_the_next_ones_wait() {
    ConcurrencyLimit limit = new ConcurrencyLimit(2);

    CompletableFuture<Void> first = limit.enter();
    CompletableFuture<Void> second = limit.enter();
    CompletableFuture<Void> third = limit.enter();

    assertThat(first).isDone();
    assertThat(second).isDone();
    assertThat(third).isNotDone();
    assertThat(limit.inFlight()).isEqualTo(2);
    assertThat(limit.waiting()).isEqualTo(1);
  }

  @Test
  void closing_fails_the_attempts_waiting_and_every_later_one() {
    ConcurrencyLimit limit = new ConcurrencyLimit(1);
    CompletableFuture<Void> inFlight = limit.enter();
    CompletableFuture<Void> waiting = limit.enter();

    limit.close();

    assertThat(inFlight).isCompleted();
    assertThat(waiting).isCompletedExceptionally();
    assertThat(limit.enter()).isCompletedExceptionally();
    assertThatThrownBy(waiting::join).hasCauseInstanceOf(io.ocrkit.core.model.OcrTransportException.class)
        .hasMessageContaining("the client was closed before this call was sent");
    assertThat(limit.waiting()).isZero();
    limit.leave();
    assertThat(limit.inFlight()).isZero();
  }

  @Test
  void waiting_attempts_go_in_the_order_they_asked() {
    ConcurrencyLimit limit = new ConcurrencyLimit(1);
    limit.enter();
    List<Integer> order = new CopyOnWriteArrayList<>();
    List<CompletableFuture<Void>> queued = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int n = i;
      queued.add(limit.enter().thenRun(() -> order.add(n)));
    }

    for (int i = 0; i < 5; i++) {
      assertThat(queued.get(i)).isNotDone();
      limit.leave();
      assertThat(queued.get(i)).isDone();
    }

    assertThat(order).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void a_permit_given_back_with_nobody_waiting_is_free_again() {
    ConcurrencyLimit limit = new ConcurrencyLimit(1);
    limit.enter();
    limit.leave();

    assertThat(limit.inFlight()).isZero();
    assertThat(limit.enter()).isDone();
  }

  @Test
  void a_limit_below_one_is_refused_naming_the_builder_argument() {
    assertThatThrownBy(() -> new ConcurrencyLimit(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'maxConcurrency'");
  }
}
