package io.ocrkit.http.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.http.OcrClient;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.SampleCard;
import io.ocrkit.mock.samples.SampleData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One client shared by 16 threads, 400 mixed scans against the real mock: every answer is its own. */
class ConcurrencyAgainstMockTest {

  /** Started before the class, reset before each test, stopped after the class. */
  @RegisterExtension
  static final MockOcrExtension server = E2e.mock();

  static final int THREADS = 16;
  static final int SCANS = 400;

  @Test
  @Timeout(60)
  void sixteen_threads_sharing_one_client_get_400_mixed_scans_each_decrypted_to_its_own_fixture()
      throws Exception {
    List<SampleCard> samples = new ArrayList<>();
    for (long seed : new long[] {1, 3, 7, 8}) {
      samples.add(SampleData.creditCard(seed));
      samples.add(SampleData.residentCard(seed));
      samples.add(SampleData.driverLicense(seed));
      samples.add(SampleData.passport(seed));
    }
    samples.forEach(E2e::png); // rendered before the clock starts
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    MockOcrServer mock = server.server();
    try (OcrClient client = E2e.v20(mock).build()) {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < SCANS; i++) {
        int n = i;
        SampleCard sample = samples.get(n % samples.size());
        done.add(pool.submit(() -> {
          start.await();
          try {
            check(client, sample, n, problems);
          } catch (RuntimeException e) {
            problems.add("scan " + n + " failed: " + e);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }

      assertThat(problems).isEmpty();
      assertThat(E2e.journal(mock, 0, "credit-card")).hasSize(SCANS / 4);
      assertThat(mock.requests()).filteredOn(e -> !"/oauth2/token/create".equals(e.path()))
          .allSatisfy(e -> assertThat(e.resultCode()).isEqualTo(0));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Scans one sample, by a way that depends on {@code n}, and notes any value that is not its own. */
  private static void check(OcrClient client, SampleCard sample, int n, ConcurrentLinkedQueue<String> problems) {
    if (sample instanceof CreditCardSample card) {
      CreditCard read = n % 8 < 4 ? client.scanCreditCard(ImageSource.of(E2e.png(card)))
          : client.scanCreditCardAsync(ImageSource.of(E2e.png(card))).join();
      if (!E2e.matches(read, card) || !read.findings().isEmpty()) {
        problems.add("scan " + n + " read another card or found " + read.findings());
      }
      return;
    }
    IdCardScan read = switch (n % 3) {
      case 0 -> client.scanIdCard(ImageSource.of(E2e.png(sample)));
      case 1 -> client.scanIdCardStandAlone(ImageSource.of(E2e.png(sample)));
      default -> client.scanIdCardAsync(ImageSource.of(E2e.png(sample))).join();
    };
    if (!E2e.actualKeyValues(read).equals(E2e.expectedKeyValues(sample)) || !read.findings().isEmpty()) {
      problems.add("scan " + n + " (" + sample.kind() + ") read other values or found " + read.findings());
    }
  }
}
