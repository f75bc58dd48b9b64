package io.ocrkit.core.service;

import static io.ocrkit.core.testing.FakeTransport.fault;
import static io.ocrkit.core.testing.FakeTransport.refused;
import static io.ocrkit.core.testing.FakeTransport.success;
import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.CreditCard;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.port.out.Attempt;
import io.ocrkit.core.port.out.OcrTransport;
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.core.port.out.WireAnswer;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.testing.FakeTransport;
import io.ocrkit.core.testing.Images;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Async calls under the concurrency and rate limits, on the test's clock: queued, not blocked. */
class OcrServiceAdmissionTest {

  private final ServiceFixture f = new ServiceFixture();
  private final HeldScans held = new HeldScans(f.transport);

  @Test
  void calls_beyond_the_concurrency_limit_wait_their_turn_in_order() {
    f.options = f.options.withMaxConcurrency(2);
    f.transport.onCreditCard(IntStream.range(0, 5).mapToObj(i -> success(ServiceFixture::card))
        .toArray(FakeTransport.Reply[]::new));
    OcrService service = f.service(held);

    List<CompletableFuture<CreditCard>> scans = IntStream.range(0, 5)
        .mapToObj(i -> service.scanCreditCardAsync(ImageSource.of(Images.png(100 + i)))).toList();

    assertThat(held.sent()).isEqualTo(2);
    held.answerOldest();
    assertThat(scans.get(0)).isDone();
    assertThat(held.sent()).isEqualTo(3);
    held.answerOldest();
    held.answerOldest();
    held.answerOldest();
    held.answerOldest();
    assertThat(scans).allMatch(CompletableFuture::isDone);
    assertThat(f.transport.calls()).extracting(c -> c.plaintext().length)
        .containsExactly(100, 101, 102, 103, 104);
  }

  @Test
  void an_async_retry_waits_on_the_delay_not_on_a_sleeping_thread() {
    f.transport.onCreditCard(fault(), success(ServiceFixture::card));

    CreditCard card = f.service().scanCreditCardAsync(ImageSource.of(Images.png(100))).join();

    assertThat(card.number()).isPresent();
    assertThat(f.sleeps).hasSize(1);
    assertThat(f.transport.calls()).hasSize(2);
  }

  @Test
  void a_rate_limit_spaces_attempts_on_the_delay() {
    f.options = f.options.withRateLimit(4);
    f.transport.onCreditCard(success(ServiceFixture::card), success(ServiceFixture::card));
    OcrService service = f.service();

    service.scanCreditCard(ImageSource.of(Images.png(100)));
    service.scanCreditCard(ImageSource.of(Images.png(100)));

    assertThat(f.sleeps).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void a_throttled_answer_slows_the_rate_down() {
    f.options = f.options.withRateLimit(10);
    f.transport.onCreditCard(refused(4000006), success(ServiceFixture::card), success(ServiceFixture::card));
    OcrService service = f.service();

    service.scanCreditCard(ImageSource.of(Images.png(100))); // throttled, waits its 1 s, succeeds
    service.scanCreditCard(ImageSource.of(Images.png(100)));

    // The retry went after its 1 s wait; the throttle left 7 per second, of which the one answer
    // since recovered little (9.65 per second a second later), and the next slot is 1/7 s after.
    assertThat(f.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofNanos(1_000_000_000L / 7));
    assertThat(f.transport.calls()).hasSize(3);
  }

  /** Holds each scan's answer until the test lets the oldest one through; key fetches answer at once. */
  static final class HeldScans implements OcrTransport {
    private final FakeTransport fake;
    private final Deque<Runnable> held = new ArrayDeque<>();
    private int sent;

    HeldScans(FakeTransport fake) {
      this.fake = fake;
    }

    synchronized int sent() {
      return sent;
    }

    void answerOldest() {
      Runnable next;
      synchronized (this) {
        next = held.pollFirst();
      }
      next.run();
    }

    @Override
    public CompletableFuture<WireAnswer<Wire.PublicKey>> fetchPublicKey(KeyService service, Duration timeout,
        Attempt attempt) {
      return fake.fetchPublicKey(service, timeout, attempt);
    }

    @Override
    public synchronized CompletableFuture<WireAnswer<Wire.CreditCard>> scanCreditCard(Wire.Upload upload,
        Duration timeout, Attempt attempt) {
      sent++;
      CompletableFuture<WireAnswer<Wire.CreditCard>> answer = new CompletableFuture<>();
      held.addLast(() -> fake.scanCreditCard(upload, timeout, attempt).whenComplete((a, e) -> {
        if (e == null) {
          answer.complete(a);
        } else {
          answer.completeExceptionally(e);
        }
      }));
      return answer;
    }

    @Override
    public CompletableFuture<WireAnswer<Wire.IdCard>> scanIdCard(Wire.Upload upload, Duration timeout,
        Attempt attempt) {
      return fake.scanIdCard(upload, timeout, attempt);
    }

    @Override
    public CompletableFuture<WireAnswer<Wire.Authenticity>> verifyAuthenticity(Wire.AuthenticityUpload upload,
        Duration timeout, Attempt attempt) {
      return fake.verifyAuthenticity(upload, timeout, attempt);
    }
  }
}
