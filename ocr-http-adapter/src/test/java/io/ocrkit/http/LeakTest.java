package io.ocrkit.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.testing.LogCapture;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.http.e2e.RecordingCrypto;
import io.ocrkit.mock.Fault;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  @RegisterExtension
  static final MockOcrExtension mock = new MockOcrExtension();

  /** The mock's bearer tokens are 32 random bytes in hex; key fingerprints are the only other such runs. */
  private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

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
    MockOcrServer server = mock.server();
    List<String> secrets = new ArrayList<>(List.of(server.secretKey(), server.secretAccessKey(),
        Fixtures.VISA, "4111", Fixtures.RESIDENT_NUMBER, Fixtures.NAME));
    List<String> fingerprints = new ArrayList<>();
    RecordingCrypto crypto = new RecordingCrypto();
    try (OcrClient v20 = Fixtures.v20(server).crypto(crypto).eventListener(listening).build();
        OcrClient v21 = Fixtures.v21(server).crypto(crypto).eventListener(listening).build()) {
      for (OcrClient client : List.of(v20, v21)) {
        byte[] card = Fixtures.cardImage(mock, "leak-card");
        byte[] id = Fixtures.idImage(mock, "leak-id");
        mock.injectFault(Fault.gatewayPage("credit-card", 1, 502));
        mock.injectFault(Fault.resultCode("credit-card", 1, 5000503).withRetryAfter(Duration.ZERO));
        client.scanCreditCard(ImageSource.of(card));
        fingerprints.add(client.publicKey(KeyService.CREDIT_CARD).fingerprint());
        mock.rotateKey(KeyService.ID_CARD, true);
        RequestKey key = client.scanIdCard(ImageSource.of(id)).requestKey().orElseThrow();
        fingerprints.add(client.publicKey(KeyService.ID_CARD).fingerprint());
        secrets.add(key.reveal());
        AuthenticityRequest request = AuthenticityRequest.resident(Fixtures.NAME, Fixtures.RESIDENT_NUMBER, "20200101");
        client.verifyAuthenticity(key, request);
        collect(errors, () -> client.verifyAuthenticity(key, request));
        mock.injectFault(Fault.resultCode("id-card/stand-alone", 1, 4000001));
        collect(errors, () -> client.scanIdCardStandAlone(ImageSource.of(id)));
        collect(errors, () -> client.scanCreditCard(
            ImageSource.of(Fixtures.refusedImage(mock, KeyService.CREDIT_CARD, "unknown", 4000111))));
      }
      mock.revokeTokens();
      v21.scanCreditCard(ImageSource.of(Fixtures.cardImage(mock, "leak-revoked")));
    }
    secrets.addAll(crypto.wrappedKeys());

    List<String> captured = log.lines();
    assertThat(captured).as("the log was captured at all").isNotEmpty();
    assertThat(errors).hasSize(6);
    for (String secret : secrets) {
      assertThat(captured).noneMatch(line -> line.contains(secret));
      assertThat(errors).noneMatch(message -> message.contains(secret));
    }
    assertThat(captured).noneMatch(line -> tokenLike(line, fingerprints));
    assertThat(events).as("the listener was called at all").isNotEmpty();
    for (String secret : secrets) {
      assertThat(events).noneMatch(event -> event.contains(secret));
    }
    assertThat(events).as("the app key names the account").noneMatch(event -> event.contains(server.appKey()));
    assertThat(events).noneMatch(event -> tokenLike(event, fingerprints));
    assertThat(String.join("\n", captured)).contains("<redacted>");
  }

  private static boolean tokenLike(String text, List<String> fingerprints) {
    Matcher hex = HEX_64.matcher(text.toLowerCase(java.util.Locale.ROOT));
    while (hex.find()) {
      if (!fingerprints.contains(hex.group())) {
        return true;
      }
    }
    return text.contains("Bearer ") && !text.contains("Bearer <redacted>");
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
