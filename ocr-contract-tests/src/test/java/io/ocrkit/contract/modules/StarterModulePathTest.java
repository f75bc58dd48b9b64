package io.ocrkit.contract.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.contract.modules.ModulePathApps.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spring Boot application on the module path that {@code requires io.ocrkit.spring.boot} (and
 * {@code io.ocrkit.micrometer}, the one published module the other module-path tests leave out): the
 * starter is an automatic module (its jar's {@code Automatic-Module-Name}), as Spring Boot's own jars
 * are, and this shows that the name resolves, that its auto-configuration runs there, and that the
 * client it makes works, against the embedded mock it starts.
 */
@Tag("slow") // a Spring Boot start in a JVM of its own: about 30 s on two shared cores
class StarterModulePathTest {

  // Open: Spring reads the application's configuration class reflectively and proxies it. An
  // automatic module reads every module but makes none of the named ones resolve, so the application
  // names those it needs: the mock, for the starter's optional embedded mock, the Micrometer
  // instrumentation (here only to show that it resolves too), and commons-logging,
  // the one named module Spring's own automatic modules use.
  private static final String MODULE_INFO = """
      open module app {
        requires io.ocrkit.spring.boot;
        requires io.ocrkit.http;
        requires io.ocrkit.mock;
        requires io.ocrkit.micrometer;
        requires spring.boot;
        requires spring.boot.autoconfigure;
        requires spring.context;
        requires org.apache.commons.logging;
      }
      """;

  private static final String MAIN = """
      package app;

      import io.ocrkit.core.protocol.KeyService;
      import io.ocrkit.http.OcrClient;
      import io.ocrkit.micrometer.OcrObservations;
      import io.ocrkit.spring.boot.OcrProperties;
      import org.springframework.boot.WebApplicationType;
      import org.springframework.boot.autoconfigure.SpringBootApplication;
      import org.springframework.boot.builder.SpringApplicationBuilder;
      import org.springframework.context.ConfigurableApplicationContext;

      @SpringBootApplication
      public class Main {
        public static void main(String[] args) {
          try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Main.class)
              .web(WebApplicationType.NONE).properties("ocrkit.mock.enabled=true").run(args)) {
            Module starter = OcrProperties.class.getModule();
            System.out.println("module " + starter.getName() + " automatic " + starter.getDescriptor().isAutomatic());
            Module micrometer = OcrObservations.class.getModule();
            System.out.println("module " + micrometer.getName() + " automatic " + micrometer.getDescriptor().isAutomatic());
            OcrClient ocr = context.getBean(OcrClient.class);
            System.out.println("client on " + ocr.options().baseUrl().getHost());
            System.out.println("key version " + !ocr.publicKey(KeyService.CREDIT_CARD).version().isEmpty());
          }
        }
      }
      """;

  @Test
  void a_spring_boot_application_on_the_module_path_requires_the_starter_and_gets_a_working_client(
      @TempDir Path dir) throws Exception {
    String modulePath = ModulePathApps.modulePath(entry -> true);
    assertThat(modulePath).contains("ocr-spring-boot-starter", "spring-boot-autoconfigure", "ocr-mock-server");
    Path classes = ModulePathApps.compile(dir, modulePath, MODULE_INFO, MAIN);

    Run run = ModulePathApps.run(modulePath, classes);

    assertThat(run.output()).as("the application's output")
        .contains("module io.ocrkit.spring.boot automatic true", "module io.ocrkit.micrometer automatic false",
            "client on 127.0.0.1", "key version true");
    assertThat(run.exitCode()).as("exit code, output:%n%s", run.output()).isZero();
  }
}
