package io.ocrkit.cli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.cli.OcrCommand;
import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.RequestKey;
import io.ocrkit.core.model.RetryPolicy;
import io.ocrkit.core.testing.LogCapture;
import io.ocrkit.http.OcrClient;
import io.ocrkit.http.OcrClientBuilder;
import io.ocrkit.mock.Fault;
import io.ocrkit.mock.FaultKind;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.samples.CreditCardSample;
import io.ocrkit.mock.samples.DriverLicenseSample;
import io.ocrkit.mock.samples.PassportSample;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleCard;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every operation and every error path we can provoke, through the SDK (v2.0 and v2.1) and through
 * the {@code ocr} command (without {@code --reveal}), against one mock server; then no secret key,
 * access token, wrapped key or plaintext personal value may appear in the log (java.util.logging
 * at its finest level for the SDK, Javalin and Jetty), in anything printed to stdout or stderr
 * (the CLI's output, the mock's SLF4J log), in any exception's message or cause chain, in any
 * result's {@code toString}, or in the mock's request journal.
 */
@org.junit.jupiter.api.Tag("slow")
class LeakAcrossEverythingTest {

  private static final String WRONG_SECRET = "wrong-secret-9f3c1d";

  private static final CreditCardSample CARD = SampleData.creditCard(31);
  private static final ResidentCardSample RESIDENT = SampleData.residentCard(32);
  private static final DriverLicenseSample DRIVER = SampleData.driverLicense(33);
  private static final PassportSample PASSPORT = SampleData.passport(34);

  @TempDir
  Path dir;

  @RegisterExtension
  static final MockOcrExtension server = new MockOcrExtension(b -> b.maxUploadBytes(256 * 1024));

  @RegisterExtension
  final LogCapture log = LogCapture.of("io.ocrkit", "io.javalin", "org.eclipse.jetty");

  private final List<String> errors = new ArrayList<>();
  private final List<String> results = new ArrayList<>();
  private final List<String> cliOutput = new ArrayList<>();

  @Test
  void no_secret_token_key_or_personal_value_appears_in_logs_output_errors_results_or_the_journal()
      throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    CapturingHttpClient http = new CapturingHttpClient();
    String journal;
    PrintStream both = new PrintStream(printed, true, StandardCharsets.UTF_8);
    System.setOut(both);
    System.setErr(both);
    try {
      MockOcrServer mock = server.server();
      throughTheSdk(mock, http);
      throughTheCli(mock);
      journal = mock.requests().toString();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    String stdio = printed.toString(StandardCharsets.UTF_8);

    List<String> secrets = secrets(http);
    int logRecords = log.lines().size();
    System.out.printf("LeakAcrossEverythingTest: %d log records, %d exceptions, %d results, %d CLI runs,"
            + " %d chars of stdout/stderr, %d chars of journal, %d secret values checked"
            + " (%d tokens, %d wrapped keys)%n", logRecords, errors.size(), results.size(), cliOutput.size(),
        stdio.length(), journal.length(), secrets.size(), http.tokens.size(), http.wrappedKeys.size());

    assertThat(logRecords).as("log records captured").isGreaterThan(20);
    assertThat(http.tokens).as("v2.1 tokens seen").isNotEmpty();
    assertThat(http.wrappedKeys).as("wrapped keys seen").hasSizeGreaterThan(10);
    assertThat(errors).as("error paths provoked, the withdrawn passport check among them").hasSize(24)
        .noneMatch(e -> e.startsWith("no exception"));
    Map<String, String> places = new LinkedHashMap<>();
    places.put("log", String.join("\n", log.lines()));
    places.put("stdout/stderr", stdio);
    places.put("exceptions", String.join("\n", errors));
    places.put("results", String.join("\n", results));
    places.put("CLI output", String.join("\n", cliOutput));
    places.put("journal", journal);
    for (Map.Entry<String, String> place : places.entrySet()) {
      String digitsOnly = place.getValue().replaceAll("[^0-9]", "");
      for (String secret : secrets) {
        assertThat(place.getValue()).as("%s contains a secret value", place.getKey()).doesNotContain(secret);
        if (secret.matches("[0-9 -]{13,}")) {
          assertThat(digitsOnly).as("%s contains a secret number", place.getKey())
              .doesNotContain(secret.replaceAll("[^0-9]", ""));
        }
      }
    }
  }

  private void throughTheSdk(MockOcrServer mock, CapturingHttpClient http) throws IOException {
    byte[] card = image(CARD);
    byte[] resident = image(RESIDENT);
    byte[] driver = image(DRIVER);
    byte[] passport = image(PASSPORT);
    try (OcrClient v20 = client(mock, http).secretKey(mock.secretKey()).build();
        OcrClient v21 = client(mock, http).tokenUrl(mock.baseUrl().resolve("/oauth2/token/create"))
            .userAccessKey(mock.userAccessKeyId(), mock.secretAccessKey()).build();
        OcrClient wrong = client(mock, http).secretKey(WRONG_SECRET).build()) {
      for (OcrClient sdk : List.of(v20, v21)) {
        result(() -> sdk.scanCreditCard(ImageSource.of(card)));
        result(() -> sdk.scanIdCardStandAlone(ImageSource.of(resident)));
        IdCardScan r = sdk.scanIdCard(ImageSource.of(resident));
        IdCardScan d = sdk.scanIdCard(ImageSource.of(driver));
        IdCardScan p = sdk.scanIdCard(ImageSource.of(passport));
        results.add(r.toString() + d + p);
        RequestKey rk = r.requestKey().orElseThrow();
        AuthenticityRequest residentCheck = AuthenticityRequest.resident(RESIDENT.name(),
            RESIDENT.residentNumber(), RESIDENT.issueDate());
        result(() -> sdk.verifyAuthenticity(rk, residentCheck));
        result(() -> sdk.verifyAuthenticity(d.requestKey().orElseThrow(), AuthenticityRequest.driver(DRIVER.name(),
            DRIVER.residentNumber(), DRIVER.driverLicenseNumber(), DRIVER.serialNum())));
        failure(() -> sdk.verifyAuthenticity(p.requestKey().orElseThrow(), AuthenticityRequest.passport(
            PASSPORT.koreanName(), PASSPORT.passportNo(), PASSPORT.dateOfBirth(), PASSPORT.dateOfIssue(),
            PASSPORT.dateOfExpiry())));

        // Error paths: a spent key, an expired key, answers the service refuses, transport faults.
        failure(() -> sdk.verifyAuthenticity(rk, residentCheck));
        RequestKey expiring = sdk.scanIdCard(ImageSource.of(resident)).requestKey().orElseThrow();
        mock.advanceClock(Duration.ofMinutes(61));
        failure(() -> sdk.verifyAuthenticity(expiring, residentCheck));
        mock.injectFault(Fault.resultCode("credit-card", 1, 4000111));
        failure(() -> sdk.scanCreditCard(ImageSource.of(card)));
        mock.injectFault(Fault.resultCode("id-card", 1, 5003021));
        failure(() -> sdk.scanIdCard(ImageSource.of(resident)));
        mock.injectFault(Fault.resultCode("id-card/authenticity", 1, 4000123));
        RequestKey locked = sdk.scanIdCard(ImageSource.of(resident)).requestKey().orElseThrow();
        failure(() -> sdk.verifyAuthenticity(locked, residentCheck));
        mock.injectFault(Fault.of("credit-card", 5, FaultKind.CONNECTION_RESET));
        failure(() -> sdk.scanCreditCard(ImageSource.of(card)));
        mock.injectFault(Fault.of("id-card/stand-alone", 5, FaultKind.MALFORMED_JSON));
        failure(() -> sdk.scanIdCardStandAlone(ImageSource.of(resident)));
        mock.injectFault(Fault.of("id-card", 5, FaultKind.EMPTY_RESPONSE));
        failure(() -> sdk.scanIdCard(ImageSource.of(driver)));
        failure(() -> sdk.scanCreditCard(ImageSource.of("GIF89a not an image".getBytes(StandardCharsets.US_ASCII))));
        failure(() -> sdk.scanCreditCard(ImageSource.of(Arrays.copyOf(card, 300 * 1024))));
        mock.reset();
      }
      failure(() -> wrong.scanCreditCard(ImageSource.of(card)));
      failure(() -> wrong.scanIdCard(ImageSource.of(resident)));
    }
  }

  private void throughTheCli(MockOcrServer mock) throws IOException {
    Path card = write("card.png", CARD);
    Path resident = write("resident.png", RESIDENT);
    Path driver = write("driver.png", DRIVER);
    Path passport = write("passport.png", PASSPORT);
    Path notAnImage = Files.write(dir.resolve("not-an-image.png"), "GIF89a".getBytes(StandardCharsets.US_ASCII));
    Path oversize = Files.write(dir.resolve("big.png"), Arrays.copyOf(image(CARD), 300 * 1024));

    cli(mock, null, "scan", "credit-card", card.toString());
    cli(mock, null, "scan", "credit-card", card.toString(), "--json", "--verbose");
    cli(mock, null, "scan", "id-card-standalone", resident.toString(), "--json");
    cli(mock, null, "scan", "id-card", driver.toString());
    String residentKey = requestKey(cli(mock, null, "scan", "id-card", resident.toString(), "--json"));
    String driverKey = requestKey(cli(mock, null, "scan", "id-card", driver.toString(), "--json"));
    cli(mock, null, "scan", "id-card", passport.toString(), "--json"); // a passport answer has no Request-Key
    String[] residentCheck = {"--id-type", "resident", "--name", RESIDENT.name(),
        "--resident-number", RESIDENT.residentNumber(), "--issue-date", RESIDENT.issueDate()};
    cli(mock, null, concat(new String[] {"verify", "--request-key", residentKey}, residentCheck));
    cli(mock, null, "verify", "--request-key", driverKey, "--id-type", "driver", "--name", DRIVER.name(),
        "--resident-number", DRIVER.residentNumber(), "--driver-license-number", DRIVER.driverLicenseNumber(),
        "--serial-num", DRIVER.serialNum(), "--json");
    // Withdrawn: a usage error before anything is sent, whatever the key.
    cli(mock, null, "verify", "--request-key", residentKey, "--id-type", "passport", "--name", PASSPORT.koreanName(),
        "--passport-number", PASSPORT.passportNo(), "--birth-date", PASSPORT.dateOfBirth(),
        "--issue-date", PASSPORT.dateOfIssue(), "--expiration-date", PASSPORT.dateOfExpiry());

    // Error paths, each also with --verbose.
    cli(mock, null, concat(new String[] {"verify", "--request-key", residentKey, "--verbose"}, residentCheck));
    cli(mock, WRONG_SECRET, "scan", "credit-card", card.toString(), "--verbose");
    cli(mock, null, "scan", "credit-card", notAnImage.toString(), "--verbose");
    cli(mock, null, "scan", "credit-card", oversize.toString(), "--verbose");
    mock.injectFault(Fault.resultCode("id-card", 1, 4000121));
    cli(mock, null, "scan", "id-card", resident.toString(), "--verbose");
    mock.injectFault(Fault.of("credit-card", 5, FaultKind.CONNECTION_RESET));
    cli(mock, null, "scan", "credit-card", card.toString(), "--verbose");
    cli(mock, null, "verify", "--request-key", residentKey, "--id-type", "resident", "--name", RESIDENT.name(),
        "--resident-number", "12345", "--issue-date", RESIDENT.issueDate(), "--verbose");
  }

  private String cli(MockOcrServer mock, String secret, String... args) {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream out = System.out;
    PrintStream err = System.err;
    PrintStream into = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(into);
    System.setErr(into);
    try {
      OcrCommand.run(concat(args, new String[] {"--endpoint", mock.baseUrl().toString(), "--app-key", mock.appKey(),
          "--secret-key", secret == null ? mock.secretKey() : secret}));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    String text = captured.toString(StandardCharsets.UTF_8);
    cliOutput.add(text);
    return text;
  }

  private static String requestKey(String json) {
    Matcher key = Pattern.compile("\"requestKey\":\"([^\"]+)\"").matcher(json);
    assertThat(key.find()).as("a Request-Key in %s", json.length() + " chars").isTrue();
    return key.group(1);
  }

  private static OcrClientBuilder client(MockOcrServer mock, CapturingHttpClient http) {
    return OcrClient.builder().baseUrl(mock.baseUrl()).appKey(mock.appKey()).httpClient(http)
        .retryPolicy(new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(20)))
        .attemptTimeout(Duration.ofSeconds(10)).callTimeout(Duration.ofSeconds(30));
  }

  private void result(Supplier<Object> call) {
    results.add(String.valueOf(call.get()));
  }

  private void failure(Runnable call) {
    try {
      call.run();
      errors.add("no exception (unexpected)");
    } catch (RuntimeException e) {
      StringBuilder chain = new StringBuilder();
      for (Throwable t = e; t != null; t = t.getCause()) {
        chain.append(t).append(" | ").append(t.getMessage()).append('\n');
        for (Throwable s : t.getSuppressed()) {
          chain.append("suppressed ").append(s).append('\n');
        }
      }
      errors.add(chain.toString());
    }
  }

  private List<String> secrets(CapturingHttpClient http) {
    List<String> secrets = new ArrayList<>(List.of(WRONG_SECRET, CARD.number(),
        RESIDENT.residentNumber(), RESIDENT.residentNumber().replace("-", ""), RESIDENT.name(),
        DRIVER.driverLicenseNumber(), DRIVER.residentNumber(), DRIVER.residentNumber().replace("-", ""),
        DRIVER.name(), PASSPORT.passportNo(), PASSPORT.koreanName(), PASSPORT.mrz1(), PASSPORT.mrz2()));
    if (PASSPORT.personalNo().length() >= 6) {
      secrets.add(PASSPORT.personalNo());
    }
    secrets.addAll(http.tokens);
    secrets.addAll(http.wrappedKeys);
    return secrets;
  }

  private Path write(String name, SampleCard sample) throws IOException {
    return Files.write(dir.resolve(name), image(sample));
  }

  private static byte[] image(SampleCard sample) {
    return SampleImages.renderWithFixture(sample, SampleImages.Size.LOW, SampleImages.ImageFormat.PNG);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
