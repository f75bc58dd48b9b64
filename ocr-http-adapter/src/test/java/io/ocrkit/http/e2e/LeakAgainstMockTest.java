package io.ocrkit.http.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.testing.LogCapture;
import io.ocrkit.http.OcrClient;
import io.ocrkit.mock.Fault;
import io.ocrkit.mock.FaultKind;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.DriverLicenseSample;
import io.ocrkit.mock.samples.PassportSample;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nothing secret or personal leaves the SDK by accident, against the real mock: every operation
 * and several error paths run with the SDK's loggers at FINEST, and no secret key, access key,
 * Request-Key, wrapped symmetric key, card number, resident number, licence or passport number,
 * or name appears in the log, in an exception's message chain, in a result's {@code toString},
 * or in the mock's journal (in process and over its admin API).
 */
class LeakAgainstMockTest {

  /** An RSA-2048 wrapped key in standard Base64: 256 bytes → 344 characters ending in "==". */
  static final Pattern WRAPPED_KEY = Pattern.compile("(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{342}==");

  static final CreditCardSample CARD = SampleData.creditCard(1);
  static final ResidentCardSample RESIDENT = SampleData.residentCard(1);
  static final DriverLicenseSample DRIVER = SampleData.driverLicense(1);
  static final PassportSample PASSPORT = SampleData.passport(1);

  static final Duration TOKEN_TTL = Duration.ofSeconds(60);

  @RegisterExtension
  static final MockOcrExtension server = E2e.mock(b -> b.tokenTtl(TOKEN_TTL));

  @RegisterExtension
  final LogCapture sdkLog = LogCapture.of("io.ocrkit.http", "io.ocrkit.core");

  @Test
  void no_key_number_or_name_appears_in_the_log_exceptions_results_or_the_mock_journal() throws Exception {
    List<String> secrets = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> results = new ArrayList<>();
    List<RecordingCrypto> cryptos = new ArrayList<>();
    String journalOverHttp;
    String journalInProcess;
    MockOcrServer mock = server.server();
    secrets.addAll(List.of(mock.secretKey(), mock.secretAccessKey()));
    RecordingCrypto crypto20 = new RecordingCrypto();
    RecordingCrypto crypto21 = new RecordingCrypto();
    cryptos.addAll(List.of(crypto20, crypto21));
    try (OcrClient v20 = E2e.v20(mock).crypto(crypto20).build();
        OcrClient v21 = E2e.v21(mock).crypto(crypto21).build()) {
      for (OcrClient client : List.of(v20, v21)) {
        results.add(client.publicKey(KeyService.CREDIT_CARD).toString());
        mock.injectFault(Fault.of("credit-card", 1, FaultKind.HTTP_502_HTML));
        mock.injectFault(Fault.resultCode("credit-card", 1, 5000503));
        results.add(client.scanCreditCard(ImageSource.of(E2e.png(CARD))).toString());
        results.add(client.scanCreditCardAsync(ImageSource.of(E2e.png(SampleData.creditCardWithBadLuhn(1)))).join().toString());
        mock.rotateKey(KeyService.ID_CARD, true);

        var resident = client.scanIdCard(ImageSource.of(E2e.png(RESIDENT)));
        results.add(resident.toString());
        RequestKey residentKey = resident.requestKey().orElseThrow();
        secrets.add(residentKey.reveal());
        AuthenticityRequest residentCheck =
            AuthenticityRequest.resident(RESIDENT.name(), RESIDENT.residentNumber(), RESIDENT.issueDate());
        results.add(residentCheck.toString());
        results.add(String.valueOf(client.verifyAuthenticity(residentKey, residentCheck)));
        collect(errors, () -> client.verifyAuthenticity(residentKey, residentCheck));

        var driver = client.scanIdCardAsync(ImageSource.of(E2e.png(DRIVER))).join();
        results.add(driver.toString());
        RequestKey driverKey = driver.requestKey().orElseThrow();
        secrets.add(driverKey.reveal());
        mock.advanceClock(Duration.ofMinutes(61)); // the mock forgets the key; the client cannot know
        collect(errors, () -> client.verifyAuthenticity(driverKey, AuthenticityRequest.driver(DRIVER.name(),
            DRIVER.residentNumber(), DRIVER.driverLicenseNumber(), DRIVER.serialNum())));

        var passport = client.scanIdCardStandAloneAsync(ImageSource.of(E2e.png(PASSPORT))).join();
        results.add(passport.toString());
        results.add(client.scanIdCardStandAlone(ImageSource.of(E2e.png(SampleData.passportWithBadCheckDigit(1)))).toString());
        var forged = client.scanIdCard(ImageSource.of(E2e.forgedPng(PASSPORT)));
        results.add(forged.toString()); // a passport answer carries no Request-Key
        collect(errors, () -> client.verifyAuthenticityAsync(residentKey, AuthenticityRequest.passport(
            PASSPORT.koreanName(), PASSPORT.passportNo(), PASSPORT.dateOfBirth(), PASSPORT.dateOfIssue(),
            PASSPORT.dateOfExpiry())).join()); // withdrawn: refused before sending

        mock.injectFault(Fault.resultCode("id-card/stand-alone", 1, 4000001));
        collect(errors, () -> client.scanIdCardStandAlone(ImageSource.of(E2e.png(RESIDENT))));
        mock.injectFault(Fault.of("credit-card", 1, FaultKind.MALFORMED_JSON));
        collect(errors, () -> client.scanCreditCard(ImageSource.of(E2e.png(CARD))));
        mock.injectFault(Fault.of("credit-card", 3, FaultKind.CONNECTION_RESET));
        collect(errors, () -> client.scanCreditCard(ImageSource.of(E2e.png(CARD))));
      }
    }
    try (OcrClient wrong = E2e.v20(mock).secretKey("wrong-" + mock.secretKey()).build()) {
      collect(errors, () -> wrong.scanCreditCard(ImageSource.of(E2e.png(CARD))));
    }
    journalInProcess = mock.requests().toString();
    journalOverHttp = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/mock/v1/requests")).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    for (RecordingCrypto crypto : cryptos) {
      secrets.addAll(crypto.wrappedKeys());
    }
    secrets.addAll(List.of(CARD.number(), RESIDENT.residentNumber(), RESIDENT.residentNumber().replace("-", ""),
        RESIDENT.name(), DRIVER.driverLicenseNumber(), DRIVER.residentNumber(), DRIVER.name(), DRIVER.serialNum(),
        PASSPORT.passportNo(), PASSPORT.koreanName(), PASSPORT.mrz2()));

    List<String> log = sdkLog.lines();
    assertThat(log).as("the SDK's log was captured at all").isNotEmpty();
    assertThat(String.join("\n", log)).as("headers were logged, redacted").contains("<redacted>");
    assertThat(errors).as("every error path ran, the withdrawn passport check among them").hasSize(13);
    assertThat(cryptos).allSatisfy(c -> assertThat(c.wrappedKeys()).hasSizeGreaterThan(10)
        .as("the pattern below recognises a wrapped key").allMatch(k -> WRAPPED_KEY.matcher(k).matches()));
    assertThat(journalOverHttp).contains("credit-card");
    List<String> places = new ArrayList<>();
    places.addAll(log);
    places.addAll(errors);
    places.addAll(results);
    places.add(journalInProcess);
    places.add(journalOverHttp);
    for (String secret : secrets) {
      assertThat(places).as("where a secret could leak").noneMatch(text -> text.contains(secret));
    }
    assertThat(places).noneMatch(text -> WRAPPED_KEY.matcher(text).find());
  }

  private static void collect(List<String> errors, Supplier<?> call) {
    try {
      call.get();
      errors.add("no error");
    } catch (RuntimeException e) {
      errors.add(chain(e) + (e instanceof io.ocrkit.core.model.OcrServiceException s ? " " + s.serviceMessage() : ""));
    }
  }

  private static void collect(List<String> errors, Runnable call) {
    collect(errors, () -> {
      call.run();
      return null;
    });
  }

  private static String chain(Throwable error) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause()) {
      all.append(' ').append(t);
      for (Throwable s : t.getSuppressed()) {
        all.append(" suppressed ").append(s);
      }
    }
    return all.toString();
  }
}
