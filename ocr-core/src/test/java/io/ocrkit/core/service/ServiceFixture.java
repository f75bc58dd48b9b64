package io.ocrkit.core.service;

import io.ocrkit.core.model.OcrOptions;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.port.out.CallId;
import io.ocrkit.core.port.out.CallObserver;
import io.ocrkit.core.port.out.Wire;
import io.ocrkit.core.testing.FakeEnvelopeCrypto;
import io.ocrkit.core.testing.FakeTransport;
import io.ocrkit.core.testing.FixedRandom;
import io.ocrkit.core.testing.MutableClock;
import io.ocrkit.core.validation.ResultValidator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One OcrService over fakes, on the test's clock: waits are recorded and move the clock instead of
 * being scheduled, and backoff draws the highest jitter unless a test picks another random source.
 */
final class ServiceFixture {

  final FakeEnvelopeCrypto crypto = new FakeEnvelopeCrypto();
  final FakeTransport transport = new FakeTransport(crypto);
  final MutableClock clock = MutableClock.at("2026-11-25T12:00:00Z");
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  /** What the observer was told, as {@code "start|end|failed <operation> #<id>"}. */
  final List<String> callEvents = new CopyOnWriteArrayList<>();
  FixedRandom random = FixedRandom.highest();
  OcrOptions options = OcrOptions.defaults()
      .withRetry(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1)));

  OcrService service() {
    return service(transport);
  }

  /** Over another transport, e.g. one that holds its answers. */
  OcrService service(io.ocrkit.core.port.out.OcrTransport over) {
    return new OcrService(over, crypto, options, ResultValidator.none(), Runnable::run, clock, timing(),
        observer());
  }

  CallObserver observer() {
    return new CallObserver() {
      @Override
      public void callStarted(CallId call) {
        callEvents.add("start " + call.operation() + " #" + call.id());
      }

      @Override
      public void callEnded(CallId call, Duration elapsed) {
        callEvents.add("end " + call.operation() + " #" + call.id());
      }

      @Override
      public void callFailed(CallId call, RuntimeException error, Duration elapsed) {
        callEvents.add("failed " + call.operation() + " #" + call.id() + " " + error.getClass().getSimpleName());
      }
    };
  }

  Timing timing() {
    return new Timing(clock::nanoTime, wait -> {
      sleeps.add(wait);
      clock.advance(wait);
      return CompletableFuture.completedFuture(null);
    }, random);
  }

  static Wire.Box box(int n) {
    return new Wire.Box(n, n, n + 10, n, n + 10, n + 5, n, n + 5);
  }

  /** A card answer with every encrypted field encrypted under the call's key. */
  static Wire.CreditCard card(FakeTransport.Call call) {
    return new Wire.CreditCard("png", "normal",
        List.of(new Wire.ConfValue(call.encrypt("4111"), 0.99), new Wire.ConfValue(call.encrypt("1111"), 0.98)),
        call.encrypt("4111111111111111"), List.of(box(1), box(2)),
        new Wire.ConfValue(call.encrypt("04/29"), 0.9), box(3));
  }

  /** A resident-card answer with Korean values encrypted under the call's key. */
  static Wire.IdCard residentCard(FakeTransport.Call call) {
    return new Wire.IdCard("jpg", "low", "resident", List.of(
        new Wire.KeyValue("name", call.encrypt("홍길동"), 0.97, box(1)),
        new Wire.KeyValue("residentNumber", call.encrypt("900101-1234567"), 0.95, box(2)),
        new Wire.KeyValue("issueDate", call.encrypt("2020.01.02"), 0.9, null),
        new Wire.KeyValue("issuer", call.encrypt("서울특별시 종로구청장"), 0.8, box(3))),
        List.of(box(1), box(2), box(3)));
  }
}
