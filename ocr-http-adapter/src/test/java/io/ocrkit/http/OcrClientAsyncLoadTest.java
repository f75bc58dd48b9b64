package io.ocrkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.mock.Fault;
import io.ocrkit.mock.MockOcrExtension;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Async calls hold no thread while they wait: 1,000 scans against a mock that holds every answer
 * for a second finish in about 1,000 / maxConcurrency seconds, never more than maxConcurrency in
 * flight, while the JVM's live thread count stays flat whatever the number of calls.
 */
@Tag("slow")
class OcrClientAsyncLoadTest {

  private static final int CALLS = 1000;
  private static final int MAX_CONCURRENCY = 100;
  private static final long DELAY_MS = 1000;

  @RegisterExtension
  static final MockOcrExtension mock = new MockOcrExtension(b -> b.journalCapacity(2 * CALLS));

  @Test
  void a_thousand_delayed_async_scans_run_max_concurrency_at_a_time_on_a_bounded_number_of_threads()
      throws Exception {
    byte[] image = Fixtures.cardImage(mock, "load");
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();
    OcrEventListener counting = new OcrEventListener() {
      @Override
      public void beforeSend(Exchange exchange) {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      }

      @Override
      public void afterAnswer(Exchange exchange, int httpStatus, Integer resultCode, Duration elapsed) {
        inFlight.decrementAndGet();
      }

      @Override
      public void onError(Exchange exchange, RuntimeException error, Duration elapsed) {
        inFlight.decrementAndGet();
      }
    };
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    List<Integer> samples = new ArrayList<>();
    List<Integer> sdkSamples = new ArrayList<>();
    try (OcrClient client = Fixtures.v20(mock.server()).maxConcurrency(MAX_CONCURRENCY)
        .callTimeout(Duration.ofSeconds(60)).eventListener(counting).build()) {
      client.publicKey(KeyService.CREDIT_CARD); // warm: the key fetch is not what is measured
      int before = threads.getThreadCount();
      int sdkBefore = sdkThreads(threads);
      mock.injectFault(Fault.delay("credit-card", CALLS, DELAY_MS));
      sampler.scheduleAtFixedRate(() -> {
        synchronized (samples) {
          samples.add(threads.getThreadCount());
          sdkSamples.add(sdkThreads(threads));
        }
      }, 0, 100, TimeUnit.MILLISECONDS);

      long start = System.nanoTime();
      List<CompletableFuture<CreditCard>> scans = new ArrayList<>();
      for (int i = 0; i < CALLS; i++) {
        scans.add(client.scanCreditCardAsync(ImageSource.of(image)));
      }
      CompletableFuture.allOf(scans.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
      double seconds = (System.nanoTime() - start) / 1e9;
      sampler.shutdown();

      int peak;
      int sdkPeak;
      synchronized (samples) {
        peak = samples.stream().mapToInt(Integer::intValue).max().orElseThrow();
        sdkPeak = sdkSamples.stream().mapToInt(Integer::intValue).max().orElseThrow();
      }
      System.out.printf("%d async scans, maxConcurrency %d, %d ms delay: %.2f s; JVM threads %d before, peak %d;"
          + " the SDK's own %d before, peak %d (%d samples); most in flight %d%n", CALLS, MAX_CONCURRENCY, DELAY_MS,
          seconds, before, peak, sdkBefore, sdkPeak, samples.size(), mostInFlight.get());
      assertThat(scans).allSatisfy(scan -> assertThat(scan.join().number()).isPresent());
      double ideal = (double) CALLS / MAX_CONCURRENCY * DELAY_MS / 1000;
      // Not sooner: the limit holds. Later only by as much as a loaded machine adds (it is shared).
      assertThat(seconds).isBetween(ideal * 0.95, ideal * 4);
      assertThat(mostInFlight.get()).isLessThanOrEqualTo(MAX_CONCURRENCY);
      // The client's pool and its HTTP client's: a few threads each, whatever the number of calls
      // (other tests' clients in this JVM may have left idle ones, which only go away).
      int pools = 2 * Math.max(2, Runtime.getRuntime().availableProcessors());
      assertThat(sdkPeak - sdkBefore).isLessThanOrEqualTo(pools + 1);
      // The whole JVM, the mock's own threads included (they follow its connections): nothing like
      // a thread per call.
      assertThat(peak - before).isLessThan(CALLS / 4);
    } finally {
      sampler.shutdownNow();
    }
  }

  /** Threads the SDK made: its executor's and its HTTP client's (selector; workers, the JDK's default ones too). */
  private static int sdkThreads(ThreadMXBean threads) {
    int n = 0;
    for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && (info.getThreadName().startsWith("ocrkit-")
          || info.getThreadName().matches("HttpClient-\\d+-(SelectorManager|Worker-\\d+)"))) {
        n++;
      }
    }
    return n;
  }
}
