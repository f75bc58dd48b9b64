package io.ocrkit.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.OcrTransportException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** A closed client's executor refuses work: what its futures then complete with. */
class FuturesCompleteOnTest {

  private static final Executor CLOSED = task -> {
    throw new RejectedExecutionException("closed");
  };

  @Test
  void a_result_that_came_after_close_is_still_delivered() {
    CompletableFuture<String> out = Futures.completeOn(CLOSED, CompletableFuture.completedFuture("answer"));

    assertThat(out).isCompletedWithValue("answer");
  }

  @Test
  void a_refusal_met_on_the_way_is_the_typed_transport_failure_of_a_closed_client() {
    CompletableFuture<String> out = Futures.completeOn(Runnable::run,
        CompletableFuture.failedFuture(new CompletionException(new RejectedExecutionException("closed"))));

    assertThat(out).isCompletedExceptionally();
    assertThat(out.handle((v, e) -> Futures.cause(e)).join()).isInstanceOf(OcrTransportException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void any_other_failure_passes_unchanged() {
    IllegalStateException failure = new IllegalStateException("x");
    CompletableFuture<String> out = Futures.completeOn(CLOSED, CompletableFuture.failedFuture(failure));

    assertThat(out.handle((v, e) -> Futures.cause(e)).join()).isSameAs(failure);
  }
}
