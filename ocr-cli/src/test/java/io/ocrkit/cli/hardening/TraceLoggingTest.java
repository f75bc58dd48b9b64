package io.ocrkit.cli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ocr scan --mock} with SLF4J at trace, in a process of its own: the embedded mock's Jetty
 * must not print the raw request headers (the secret key, the wrapped symmetric key) however
 * verbose the user asks the log to be.
 */
@Tag("slow")
class TraceLoggingTest {

  @TempDir
  Path home;

  @Test
  void a_scan_with_the_embedded_mock_at_trace_level_prints_no_request_header() throws Exception {
    Path image = Files.write(home.resolve("card.png"), SampleImages.renderWithFixture(SampleData.creditCard(3),
        SampleImages.Size.NORMAL, SampleImages.ImageFormat.PNG));
    Process ocr = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.home=" + home, "-Djava.awt.headless=true", "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace",
        "-Dorg.slf4j.simpleLogger.log.org.eclipse.jetty.http=trace",
        "-cp", System.getProperty("java.class.path"), "io.ocrkit.cli.OcrCommand",
        "scan", "credit-card", "--mock", image.toString())).redirectErrorStream(true).start();
    ocr.getOutputStream().close();
    String output = new String(ocr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(ocr.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(ocr.exitValue()).as(output).isZero();
    assertThat(output).as("the scan printed its result").contains("credit-card");
    assertThat(output).doesNotContainIgnoringCase("Symmetric-Key").doesNotContainIgnoringCase("Authorization:");
  }
}
