package io.ocrkit.mock.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.testing.HandClient;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The mock under sixteen concurrent clients, each sending the same mix of valid scans and
 * authenticity checks and of requests the service refuses: every valid one succeeds, every
 * refused one gets its exact result code, the heap and the journal stay bounded and no thread
 * outlives the server. The figures go to stdout ({@code target/surefire-reports/*-output.txt}).
 */
@org.junit.jupiter.api.Tag("slow")
class LoadTest {

  private static final int CLIENTS = 16;
  private static final int ROUNDS = 15;
  private static final int JOURNAL_CAPACITY = 500;

  /** One step of a round: what is sent, and the code it must get. */
  private enum Step {
    CREDIT_CARD(0), ID_CARD(0), AUTHENTICITY(0), STAND_ALONE(0), CREDIT_CARD_AGAIN(0),
    WRONG_SECRET(4010001), BAD_KEY_VERSION(4000301), BAD_SYMMETRIC_KEY(4000302),
    EMPTY_IMAGE(4000004), NOT_AN_IMAGE(4000003);

    final int expected;

    Step(int expected) {
      this.expected = expected;
    }
  }

  private static final CreditCardSample CARD = SampleData.creditCard(7);
  private static final ResidentCardSample RESIDENT = SampleData.residentCard(7);

  @Test
  void sixteen_clients_get_exact_answers_with_bounded_heap_journal_and_threads() throws Exception {
    byte[] cardPng = SampleImages.renderWithFixture(CARD, SampleImages.Size.LOW, SampleImages.ImageFormat.PNG);
    byte[] residentPng = SampleImages.renderWithFixture(RESIDENT, SampleImages.Size.LOW, SampleImages.ImageFormat.PNG);
    int threadsBefore = liveThreads();
    long heapBefore = usedHeapAfterGc();

    ConcurrentMap<String, Integer> wrong = new ConcurrentHashMap<>();
    AtomicInteger requests = new AtomicInteger();
    long started;
    long elapsed;
    int journalSize;
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    ExecutorService httpThreads = Executors.newFixedThreadPool(4);
    try (MockOcrServer server = MockOcrServer.builder().journalCapacity(JOURNAL_CAPACITY).build().start()) {
      HttpClient http = HttpClient.newBuilder().executor(httpThreads).connectTimeout(Duration.ofSeconds(5)).build();
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        done.add(clients.submit(() -> {
          HandClient client = new HandClient(server, http);
          HandClient.Key cardKey = client.key("credit-card");
          HandClient.Key idKey = client.key("id-card");
          requests.addAndGet(2);
          go.await();
          String requestKey = null;
          for (int round = 0; round < ROUNDS; round++) {
            for (Step step : Step.values()) {
              HandClient.Answer answer = switch (step) {
                case CREDIT_CARD, CREDIT_CARD_AGAIN -> client.scan("credit-card", cardKey, cardPng);
                case ID_CARD -> client.scan("id-card", idKey, residentPng);
                case AUTHENTICITY -> client.authenticity(idKey, requestKey, residentFields());
                case STAND_ALONE -> client.scan("id-card/stand-alone", idKey, residentPng);
                case WRONG_SECRET -> client.scan("credit-card", cardKey, "not-the-secret", cardKey.version(), null, cardPng);
                case BAD_KEY_VERSION -> client.scan("credit-card", cardKey, server.secretKey(), "999", null, cardPng);
                case BAD_SYMMETRIC_KEY -> client.scan("credit-card", cardKey, server.secretKey(), cardKey.version(),
                    new byte[16], cardPng);
                case EMPTY_IMAGE -> client.scan("credit-card", cardKey, new byte[0]);
                case NOT_AN_IMAGE -> client.scan("id-card", idKey,
                    "GIF89a not an accepted type".getBytes(StandardCharsets.US_ASCII));
              };
              requests.incrementAndGet();
              if (answer.resultCode() != step.expected || !meaningful(step, answer)) {
                wrong.merge(step + " answered " + answer.resultCode(), 1, Integer::sum);
              }
              if (step == Step.ID_CARD) {
                requestKey = answer.requestKey();
              }
            }
          }
          return null;
        }));
      }
      started = System.nanoTime();
      go.countDown();
      for (Future<?> f : done) {
        f.get(90, TimeUnit.SECONDS);
      }
      elapsed = System.nanoTime() - started;
      journalSize = server.requests().size();
    } finally {
      clients.shutdownNow();
      httpThreads.shutdownNow();
      clients.awaitTermination(10, TimeUnit.SECONDS);
      httpThreads.awaitTermination(10, TimeUnit.SECONDS);
    }
    long heapAfter = usedHeapAfterGc();
    int threadsAfter = settledThreadCount(threadsBefore + 2);

    double seconds = elapsed / 1e9;
    System.out.printf("LoadTest: %d clients, %d requests (%d scans/checks + %d key fetches) in %.2f s = %.0f req/s;"
            + " heap after GC %d MB before, %d MB after; threads %d before, %d after close; journal %d of %d%n",
        CLIENTS, requests.get(), CLIENTS * ROUNDS * Step.values().length, CLIENTS * 2, seconds,
        requests.get() / seconds, heapBefore >> 20, heapAfter >> 20, threadsBefore, threadsAfter, journalSize,
        JOURNAL_CAPACITY);

    assertThat(wrong).as("answers that were not the documented ones").isEmpty();
    assertThat(requests.get()).isEqualTo(CLIENTS * (ROUNDS * Step.values().length + 2));
    assertThat(journalSize).isLessThanOrEqualTo(JOURNAL_CAPACITY);
    assertThat(heapAfter - heapBefore).as("heap growth in bytes").isLessThan(48L << 20);
    assertThat(threadsAfter).as("live threads after close").isLessThanOrEqualTo(threadsBefore + 2);
  }

  /** Beyond the code: a scan answers what the image shows; a check of a matching card is authentic. */
  private static boolean meaningful(Step step, HandClient.Answer answer) {
    return switch (step) {
      case CREDIT_CARD, CREDIT_CARD_AGAIN -> answer.decrypt(answer.result().get("totalCardNum"))
          .replace(" ", "").equals(CARD.number().replace(" ", "").replace("-", ""));
      case ID_CARD -> answer.requestKey() != null;
      case STAND_ALONE -> answer.requestKey() == null;
      case AUTHENTICITY -> Boolean.TRUE.equals(answer.result().get("isAuthenticity"));
      default -> answer.result() == null;
    };
  }

  private static Map<String, String> residentFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("idType", "resident");
    fields.put("name", RESIDENT.name());
    fields.put("residentNumber", RESIDENT.residentNumber().replace("-", ""));
    fields.put("issueDate", RESIDENT.issueDate());
    return fields;
  }

  private static int liveThreads() {
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  /** The live thread count once it is at most {@code target}, or after ten seconds of waiting. */
  private static int settledThreadCount(int target) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    int count = liveThreads();
    while (count > target && System.nanoTime() < deadline) {
      System.gc(); // the HttpClient's selector thread ends once the client is unreachable
      Thread.sleep(100);
      count = liveThreads();
    }
    return count;
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
