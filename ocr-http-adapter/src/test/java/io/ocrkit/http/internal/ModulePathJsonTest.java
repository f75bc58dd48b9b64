package io.ocrkit.http.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the class path, where JSON-B reads anything; a JPMS application puts the
 * adapter on the module path, where Yasson binds only what the module descriptor lets it reach.
 * This runs {@link ModulePathProbe} inside the named module {@code io.ocrkit.http}, in a JVM of
 * its own, with the adapter's runtime dependencies as modules.
 */
class ModulePathJsonTest {

  /** What the adapter needs at run time, picked from this JVM's class path. */
  private static final List<String> MODULES = List.of("ocr-core", "ocr-crypto", "ocr-http-adapter",
      "yasson", "jakarta.json.bind-api", "jakarta.json-api", "parsson", "bcprov");

  @Test
  void the_wire_mapping_reads_every_answer_on_the_module_path() throws Exception {
    String[] classPath = System.getProperty("java.class.path").split(File.pathSeparator);
    String testClasses = Path.of(ModulePathProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
    String modulePath = String.join(File.pathSeparator, Arrays.stream(classPath)
        .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("-tests.jar"))
        .filter(entry -> MODULES.stream().anyMatch(entry::contains))
        .toList());
    Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath,
        "--patch-module", "io.ocrkit.http=" + testClasses,
        "-m", "io.ocrkit.http/" + ModulePathProbe.class.getName())
        .redirectErrorStream(true)
        .start();
    assertThat(probe.waitFor(60, TimeUnit.SECONDS)).as("the probe ended").isTrue();
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(output).as(output).endsWith("ok");
    assertThat(probe.exitValue()).isZero();
  }
}
