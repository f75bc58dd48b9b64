package io.ocrkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.mock.Fault;
import io.ocrkit.mock.MockOcrExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OcrClientCloseTest {

  @RegisterExtension
  static final MockOcrExtension mock = new MockOcrExtension();

  @Test
  void closing_the_client_fails_the_calls_queued_behind_its_concurrency_limit() throws Exception {
    byte[] image = Fixtures.cardImage(mock, "close");
    List<CompletableFuture<CreditCard>> scans = new ArrayList<>();
    CountDownLatch sent = new CountDownLatch(1);
    OcrEventListener sending = new OcrEventListener() {
      @Override
      public void beforeSend(Exchange exchange) {
        sent.countDown();
      }
    };
    OcrClient client = Fixtures.v20(mock.server()).maxConcurrency(1).callTimeout(Duration.ofSeconds(2))
        .eventListener(sending).build();
    try {
      mock.injectFault(Fault.delay("credit-card", 1, 30_000));
      for (int i = 0; i < 4; i++) {
        scans.add(client.scanCreditCardAsync(ImageSource.of(image)));
      }
      assertThat(sent.await(10, TimeUnit.SECONDS)).isTrue();
      awaitIdle((ThreadPoolExecutor) client.executor());
    } finally {
      client.close();
    }

    // Before the fix the three queued calls waited forever for the permit of a call that ended
    // on a stopped executor; the one in flight ends by its 2 s deadline.
    CompletableFuture.allOf(scans.toArray(CompletableFuture[]::new)).exceptionally(failed -> null)
        .get(15, TimeUnit.SECONDS);
    assertThat(scans).allSatisfy(scan -> assertThat(scan).isCompletedExceptionally());
  }

  /** Until every call has been started on the executor: the three behind the first then wait for its permit. */
  private static void awaitIdle(ThreadPoolExecutor executor) {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (executor.getActiveCount() > 0 || !executor.getQueue().isEmpty()) {
      assertThat(System.nanoTime()).as("the executor went idle").isLessThan(end);
      Thread.onSpinWait();
    }
  }
}
