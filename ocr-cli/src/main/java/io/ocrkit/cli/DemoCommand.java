package io.ocrkit.cli;

import io.ocrkit.core.model.AuthenticityRequest;
import io.ocrkit.core.model.IdCardScan;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.protocol.KeyService;
import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.core.validation.StandardValidator;
import io.ocrkit.http.OcrClient;
import io.ocrkit.mock.MockOcrServer;
import io.ocrkit.mock.samples.DriverLicenseSample;
import io.ocrkit.mock.samples.PassportSample;
import io.ocrkit.mock.samples.ResidentCardSample;
import io.ocrkit.mock.samples.SampleCard;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleFixtures;
import io.ocrkit.mock.samples.SampleImages;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ocr demo}: every operation end to end against an embedded mock server, with synthetic
 * sample cards, through the SDK as a user would call it. No network, no credentials.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run every operation against an embedded mock with sample cards (no network, no account).")
final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  private PrintWriter out;
  private final ResultView view = new ResultView(false);

  @Override
  public Integer call() {
    out = spec.commandLine().getOut();
    long started = System.nanoTime();
    try (MockOcrServer mock = MockOcrServer.builder().port(0).build().start();
        OcrClient client = OcrClient.builder().baseUrl(mock.baseUrl()).appKey(mock.appKey())
            .secretKey(mock.secretKey()).resultValidator(StandardValidator.create()).build()) {
      out.println("mock server on " + mock.baseUrl() + " (demo credentials; personal values masked)");
      out.println();

      byte[] card = png(SampleData.creditCard(1));
      show("credit-card", () -> view.creditCard(client.scanCreditCard(ImageSource.of(card))));
      byte[] misread = png(SampleData.creditCardWithBadLuhn(1));
      show("credit-card (a misread digit: the checks notice)",
          () -> view.creditCard(client.scanCreditCard(ImageSource.of(misread))));
      try (OcrClient tokens = OcrClient.builder().baseUrl(mock.baseUrl()).appKey(mock.appKey())
          .userAccessKey(mock.userAccessKeyId(), mock.secretAccessKey())
          .tokenUrl(URI.create(mock.baseUrl() + Protocol.TOKEN_PATH))
          .resultValidator(StandardValidator.create()).build()) {
        show("credit-card over v2.1 (User Access Key, bearer token)",
            () -> view.creditCard(tokens.scanCreditCard(ImageSource.of(card))));
      }

      ResidentCardSample resident = SampleData.residentCard(2);
      byte[] residentImage = png(resident);
      IdCardScan residentScan = timed("id-card (resident)", () -> client.scanIdCard(ImageSource.of(residentImage)),
          s -> view.idCard(s));
      DriverLicenseSample driver = SampleData.driverLicense(3);
      timed("id-card (driver)", () -> client.scanIdCard(ImageSource.of(png(driver))), s -> view.idCard(s));
      PassportSample passport = SampleData.passport(4);
      timed("id-card (passport)", () -> client.scanIdCard(ImageSource.of(png(passport))), s -> view.idCard(s));
      show("id-card/stand-alone (resident)",
          () -> view.idCard(client.scanIdCardStandAlone(ImageSource.of(residentImage))));

      AuthenticityRequest claim = AuthenticityRequest.resident(resident.name(), resident.residentNumber(),
          resident.issueDate());
      show("authenticity (genuine resident card)", () ->
          Map.of("isAuthenticity", client.verifyAuthenticity(residentScan.requestKey().orElseThrow(), claim)));

      ResidentCardSample forged = SampleData.residentCard(5);
      byte[] forgedImage = SampleImages.render(forged, SampleImages.Size.NORMAL, SampleImages.ImageFormat.PNG);
      mock.registerFixture(KeyService.ID_CARD, forgedImage, SampleFixtures.resultJson(forged), false);
      IdCardScan forgedScan = client.scanIdCard(ImageSource.of(forgedImage));
      AuthenticityRequest forgedClaim = AuthenticityRequest.resident(forged.name(), forged.residentNumber(),
          forged.issueDate());
      show("authenticity (forged resident card)", () ->
          Map.of("isAuthenticity", client.verifyAuthenticity(forgedScan.requestKey().orElseThrow(), forgedClaim)));
    }
    out.printf(Locale.ROOT, "demo finished in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    return ExitCodes.OK;
  }

  private static byte[] png(SampleCard sample) {
    return SampleImages.renderWithFixture(sample, SampleImages.Size.NORMAL, SampleImages.ImageFormat.PNG);
  }

  private void show(String title, Supplier<Map<String, Object>> call) {
    timed(title, call::get, m -> m);
  }

  private <T> T timed(String title, Supplier<T> call, java.util.function.Function<T, Map<String, Object>> render) {
    long started = System.nanoTime();
    T result = call.get();
    long millis = (System.nanoTime() - started) / 1_000_000;
    out.print(TextView.render(String.format(Locale.ROOT, "%s  (%d ms)", title, millis), render.apply(result)));
    out.println();
    out.flush();
    return result;
  }
}
