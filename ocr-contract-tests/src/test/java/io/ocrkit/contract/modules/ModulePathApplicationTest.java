package io.ocrkit.contract.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real JPMS applications ({@code requires io.ocrkit.http;}, {@code requires io.ocrkit.mock;}),
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

  @RegisterExtension
  static final MockOcrExtension mock = new MockOcrExtension();

  @Test
  void an_application_on_the_module_path_scans_through_the_sdk(@TempDir Path dir) throws Exception {
    String modulePath = sdkModulePath();
    Path classes = compile(dir, modulePath, MODULE_INFO, MAIN);
    Path image = dir.resolve("card.png");
    Files.write(image, SampleImages.render(SampleData.creditCard(7), SampleImages.Size.NORMAL,
        SampleImages.ImageFormat.PNG));

    Run run = run(List.of(javaBinary(), "--module-path", modulePath + File.pathSeparator + classes,
        "-m", "app/app.Main", mock.server().baseUrl().toString(), mock.server().appKey(),
        mock.server().secretKey(), image.toString()));

    assertThat(run.output()).as("the application's output").contains("key ", "card ", "findings 0");
    assertThat(run.exitCode()).as("exit code, output:%n%s", run.output()).isZero();
  }

  @Test
  void an_application_on_the_module_path_runs_the_mock_as_a_library(@TempDir Path dir) throws Exception {
    String modulePath = mockModulePath();
    Path classes = compile(dir, modulePath, MODULE_INFO.replace("io.ocrkit.http;", "io.ocrkit.mock;\n  requires java.net.http;"),
        MOCK_MAIN);

    Run run = run(List.of(javaBinary(), "--module-path", modulePath + File.pathSeparator + classes,
        "-m", "app/app.Main"));

    assertThat(run.output()).as("the application's output").contains("fault 201", "key 5000503", "key 0");
    assertThat(run.exitCode()).as("exit code, output:%n%s", run.output()).isZero();
  }

  /** Everything the mock needs at run time: the test class path less the test tools and test classes. */
  private static String mockModulePath() {
    List<String> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !TEST_TOOLS.matcher(entry).matches())
        .filter(entry -> !entry.contains("test-classes") && !entry.endsWith("-tests.jar"))
        .toList();
    assertThat(entries).anyMatch(e -> e.contains("ocr-mock-server")).anyMatch(e -> e.contains("javalin"));
    return String.join(File.pathSeparator, entries);
  }

  private static final Pattern TEST_TOOLS = Pattern.compile(
      ".*(junit|opentest4j|apiguardian|assertj|byte-buddy|archunit|jazzer|/annotations-13).*");

  private static String sdkModulePath() {
    List<String> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> SDK_MODULE_PATH.matcher(entry).matches())
        .filter(entry -> !entry.contains("test-classes") && !entry.endsWith("-tests.jar"))
        .toList();
    assertThat(entries).as("the SDK's modules on the test class path")
        .anyMatch(e -> e.contains("ocr-http-adapter")).anyMatch(e -> e.contains("yasson"));
    return String.join(File.pathSeparator, entries);
  }

  private static Path compile(Path dir, String modulePath, String moduleInfoSource, String mainSource)
      throws IOException {
    Path src = dir.resolve("src/app");
    Files.createDirectories(src.resolve("app"));
    Path moduleInfo = Files.writeString(src.resolve("module-info.java"), moduleInfoSource);
    Path main = Files.writeString(src.resolve("app/Main.java"), mainSource);
    Path out = dir.resolve("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int status = javac.run(null, null, null, "--module-path", modulePath, "-d", out.toString(),
        moduleInfo.toString(), main.toString());
    assertThat(status).as("javac of the module-path application").isZero();
    return out;
  }

  private record Run(int exitCode, String output) {}

  private static Run run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
    String output;
    try (var in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the application ends").isTrue();
    return new Run(process.exitValue(), output.lines().collect(Collectors.joining(System.lineSeparator())));
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
