package io.ocrkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.testing.LogCapture;
import io.ocrkit.http.FakeOcrService.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** System.Logger goes to java.util.logging by default: the SDK's loggers are captured at FINEST. */
class LeakTest {

  @RegisterExtension
  final LogCapture log = LogCapture.of("io.ocrkit");

  @Test
  void no_secret_key_symmetric_key_token_or_plaintext_number_reaches_the_log_an_exception_or_a_listener()
      throws Exception {
    List<String> errors = new ArrayList<>();
    List<String> events = new CopyOnWriteArrayList<>();
    OcrEventListener listening = new OcrEventListener() {
      @Override
      public void beforeSend(Exchange exchange) {
        events.add(exchange.toString());
      }

      @Override
      public void afterAnswer(Exchange exchange, int httpStatus, Integer resultCode, Duration elapsed) {
        events.add(exchange + " " + httpStatus + " " + resultCode);
      }

      @Override
      public void onError(Exchange exchange, RuntimeException error, Duration elapsed) {
        events.add(exchange + " " + error);
      }
    };
    List<String> secrets = new ArrayList<>(List.of(FakeOcrService.SECRET_KEY, FakeOcrService.SECRET_ACCESS_KEY,
        "4111111111111111", "4111", Fixtures.RESIDENT_NUMBER, "홍길동"));
    try (FakeOcrService fake = new FakeOcrService()) {
      try (OcrClient v20 = Fixtures.v20(fake).eventListener(listening).build();
          OcrClient v21 = Fixtures.v21(fake).eventListener(listening).build()) {
        for (OcrClient client : List.of(v20, v21)) {
          byte[] card = fake.cardImage("leak-card", Fixtures.VISA);
          byte[] id = fake.idImage("leak-id", Fixtures.resident());
          fake.enqueue(new Fault.GatewayPage(502, null), new Fault.Code(5000503, "0"));
          client.scanCreditCard(ImageSource.of(card));
          fake.rotateKey();
          RequestKey key = client.scanIdCard(ImageSource.of(id)).requestKey().orElseThrow();
          secrets.add(key.reveal());
          AuthenticityRequest request = AuthenticityRequest.resident("홍길동", Fixtures.RESIDENT_NUMBER, "20200101");
          client.verifyAuthenticity(key, request);
          collect(errors, () -> client.verifyAuthenticity(key, request));
          fake.enqueue(new Fault.Code(4000001, null));
          collect(errors, () -> client.scanIdCardStandAlone(ImageSource.of(id)));
          collect(errors, () -> client.scanCreditCard(ImageSource.of(FakeOcrService.image("unknown"))));
        }
        fake.revokeTokens();
        v21.scanCreditCard(ImageSource.of(fake.cardImage("leak-revoked", Fixtures.VISA)));
      }
      secrets.addAll(fake.symmetricKeys());
    }

    List<String> captured = log.lines();
    assertThat(captured).as("the log was captured at all").isNotEmpty();
    assertThat(errors).hasSize(6);
    for (String secret : secrets) {
      assertThat(captured).noneMatch(line -> line.contains(secret));
      assertThat(errors).noneMatch(message -> message.contains(secret));
    }
    assertThat(captured).noneMatch(line -> line.contains("Bearer tok-") || line.contains("tok-"));
    assertThat(events).as("the listener was called at all").isNotEmpty();
    for (String secret : secrets) {
      assertThat(events).noneMatch(event -> event.contains(secret));
    }
    assertThat(events).as("the app key names the account").noneMatch(event -> event.contains(FakeOcrService.APP_KEY));
    assertThat(events).noneMatch(event -> event.contains("tok-"));
    assertThat(String.join("\n", captured)).contains("<redacted>");
  }

  private static void collect(List<String> errors, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      StringBuilder all = new StringBuilder();
      for (Throwable t = e; t != null; t = t.getCause()) {
        all.append(t).append('\n');
      }
      errors.add(all.toString());
    }
  }
}
