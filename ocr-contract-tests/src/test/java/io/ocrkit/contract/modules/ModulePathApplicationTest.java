package io.ocrkit.contract.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.contract.modules.ModulePathApps.Run;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real JPMS applications ({@code requires io.ocrkit.http;}, {@code requires io.ocrkit.mock;}, both),
 * compiled and run in their own JVM on the module path. The suite runs on the class path, where reflection is open to
 * everyone; only a module-path run shows what the module descriptors really allow (JSON-B's
 * access to the wire classes failed there while every class-path test was green).
 */
class ModulePathApplicationTest {

  /** The SDK's modules and what they require at run time, by the names their jars or folders carry. */
  private static final Pattern SDK_MODULE_PATH = Pattern.compile(
      ".*(ocr-core|ocr-crypto|ocr-http-adapter|yasson|jakarta\\.json|parsson|bcprov).*");

  private static final String MODULE_INFO = """
      module app {
        requires io.ocrkit.http;
      }
      """;

  private static final String MAIN = """
      package app;

      import io.ocrkit.core.model.CreditCard;
      import io.ocrkit.core.model.ImageSource;
      import io.ocrkit.core.protocol.KeyService;
      import io.ocrkit.http.OcrClient;
      import java.net.URI;
      import java.nio.file.Path;

      public final class Main {
        public static void main(String[] args) {
          try (OcrClient ocr = OcrClient.builder().baseUrl(URI.create(args[0]))
              .appKey(args[1]).secretKey(args[2]).build()) {
            String version = ocr.publicKey(KeyService.CREDIT_CARD).version();
            CreditCard card = ocr.scanCreditCard(ImageSource.of(Path.of(args[3])));
            System.out.println("key " + version);
            System.out.println("card " + card.number().orElseThrow());
            System.out.println("findings " + card.findings().size());
          }
        }
      }
      """;

  /** Starts the mock as a library inside a named module and drives its service and admin APIs. */
  private static final String MOCK_MAIN = """
      package app;

      import io.ocrkit.mock.MockOcrServer;
      import java.net.URI;
      import java.net.http.HttpClient;
      import java.net.http.HttpRequest;
      import java.net.http.HttpResponse;

      public final class Main {
        public static void main(String[] args) throws Exception {
          HttpClient http = HttpClient.newHttpClient();
          try (MockOcrServer mock = MockOcrServer.builder().build().start()) {
            String key = mock.baseUrl() + "/v2.0/appkeys/" + mock.appKey() + "/public-keys/credit-card";
            HttpResponse<String> fault = http.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + "/mock/v1/faults"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                    "{'endpoint':'public-keys','times':1,'resultCode':5000503}".replace('\\'', '"'))).build(),
                HttpResponse.BodyHandlers.ofString());
            System.out.println("fault " + fault.statusCode());
            for (int i = 0; i < 2; i++) {
              HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(key))
                  .header("Authorization", mock.secretKey()).build(), HttpResponse.BodyHandlers.ofString());
              System.out.println("key " + answer.body().replaceAll(".*resultCode.:(-?[0-9]+).*", "$1"));
            }
          }
        }
      }
      """;

  /** Starts the mock as a library and scans one of its sample cards through the SDK, all on the module path. */
  private static final String MOCK_AND_SDK_MAIN = """
      package app;

      import io.ocrkit.core.model.CreditCard;
      import io.ocrkit.core.model.ImageSource;
      import io.ocrkit.http.OcrClient;
      import io.ocrkit.mock.MockOcrServer;
      import io.ocrkit.mock.samples.CreditCardSample;
      import io.ocrkit.mock.samples.SampleData;
      import io.ocrkit.mock.samples.SampleImages;

      public final class Main {
        public static void main(String[] args) {
          CreditCardSample sample = SampleData.creditCard(7);
          byte[] image = SampleImages.renderWithFixture(sample, SampleImages.Size.NORMAL,
              SampleImages.ImageFormat.PNG);
          try (MockOcrServer mock = MockOcrServer.builder().build().start();
              OcrClient ocr = OcrClient.builder().baseUrl(mock.baseUrl()).appKey(mock.appKey())
                  .secretKey(mock.secretKey()).build()) {
            CreditCard card = ocr.scanCreditCard(ImageSource.of(image));
            System.out.println("module " + MockOcrServer.class.getModule().getName()
                + " automatic " + MockOcrServer.class.getModule().getDescriptor().isAutomatic());
            System.out.println("number as drawn " + card.number().orElseThrow().digits().equals(sample.number()));
            System.out.println("findings " + card.findings().size());
          }
        }
      }
      """;

  @RegisterExtension
  static final MockOcrExtension mock = new MockOcrExtension();

  @Test
  void an_application_on_the_module_path_scans_through_the_sdk(@TempDir Path dir) throws Exception {
    String modulePath = sdkModulePath();
    Path classes = ModulePathApps.compile(dir, modulePath, MODULE_INFO, MAIN);
    Path image = dir.resolve("card.png");
    Files.write(image, SampleImages.render(SampleData.creditCard(7), SampleImages.Size.NORMAL,
        SampleImages.ImageFormat.PNG));

    Run run = ModulePathApps.run(modulePath, classes, mock.server().baseUrl().toString(), mock.server().appKey(),
        mock.server().secretKey(), image.toString());

    assertThat(run.output()).as("the application's output").contains("key ", "card ", "findings 0");
    assertThat(run.exitCode()).as("exit code, output:%n%s", run.output()).isZero();
  }

  @Test
  void an_application_on_the_module_path_runs_the_mock_as_a_library(@TempDir Path dir) throws Exception {
    String modulePath = mockModulePath();
    Path classes = ModulePathApps.compile(dir, modulePath,
        MODULE_INFO.replace("io.ocrkit.http;", "io.ocrkit.mock;\n  requires java.net.http;"), MOCK_MAIN);

    Run run = ModulePathApps.run(modulePath, classes);

    assertThat(run.output()).as("the application's output").contains("fault 201", "key 5000503", "key 0");
    assertThat(run.exitCode()).as("exit code, output:%n%s", run.output()).isZero();
  }

  @Test
  void an_application_that_requires_the_mock_and_the_sdk_scans_a_sample_through_the_mock(@TempDir Path dir)
      throws Exception {
    String modulePath = mockModulePath();
    Path classes = ModulePathApps.compile(dir, modulePath,
        MODULE_INFO.replace("io.ocrkit.http;", "io.ocrkit.mock;\n  requires io.ocrkit.http;"), MOCK_AND_SDK_MAIN);

    Run run = ModulePathApps.run(modulePath, classes);

    assertThat(run.output()).as("the application's output")
        .contains("module io.ocrkit.mock automatic false", "number as drawn true", "findings 0");
    assertThat(run.exitCode()).as("exit code, output:%n%s", run.output()).isZero();
  }

  /** Everything the mock needs at run time: the test class path less the test tools and the starter's stack. */
  private static String mockModulePath() {
    String modulePath = ModulePathApps.modulePath(entry -> !entry.contains("spring"));
    assertThat(modulePath).contains("ocr-mock-server", "javalin");
    return modulePath;
  }

  private static String sdkModulePath() {
    String modulePath = ModulePathApps.modulePath(entry -> SDK_MODULE_PATH.matcher(entry).matches());
    assertThat(modulePath).as("the SDK's modules on the test class path").contains("ocr-http-adapter", "yasson");
    return modulePath;
  }
}
