package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.Fault;
import io.ocrkit.mock.MockOcrExtension;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C for real: SIGINT to an {@code ocr scan ... --output} in its own JVM, while scans are in flight. */
@Tag("slow")
@EnabledOnOs({OS.LINUX, OS.MAC})
class BatchInterruptTest {

  private static final int IMAGES = 60;
  private static final int CONCURRENCY = 4;

  @RegisterExtension
  static final MockOcrExtension mock = new MockOcrExtension();

  @TempDir
  Path dir;

  @Test
  void sigint_finishes_the_scans_in_flight_and_leaves_only_whole_lines() throws Exception {
    Path images = Files.createDirectories(dir.resolve("images"));
    byte[] card = SampleImages.renderWithFixture(SampleData.creditCard(7), SampleImages.Size.LOW,
        SampleImages.ImageFormat.PNG);
    for (int i = 0; i < IMAGES; i++) {
      Files.write(images.resolve(String.format("card-%02d.png", i)), card);
    }
    // Slow answers, so that the signal lands with scans in flight.
    mock.injectFault(Fault.delay("credit-card", IMAGES, 400));
    Path output = dir.resolve("results.jsonl");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), OcrCommand.class.getName()));
    command.addAll(List.of(Against.mock(mock.server(), "scan", "credit-card", images.toString(), "--output",
        output.toString(), "--concurrency", String.valueOf(CONCURRENCY))));
    Process ocr = new ProcessBuilder(command).redirectError(dir.resolve("err.txt").toFile())
        .redirectOutput(dir.resolve("out.txt").toFile()).start();

    awaitLines(output, CONCURRENCY, Duration.ofSeconds(60));
    new ProcessBuilder("kill", "-INT", String.valueOf(ocr.pid())).inheritIO().start().waitFor();
    assertThat(ocr.waitFor(60, TimeUnit.SECONDS)).isTrue();

    String written = Files.readString(output, StandardCharsets.UTF_8);
    List<Map<?, ?>> lines = written.lines().<Map<?, ?>>map(JsonView::parse).toList();
    assertThat(written).endsWith("\n");
    assertThat(lines).hasSizeLessThan(IMAGES).allSatisfy(l -> assertThat(l.get("outcome")).isEqualTo("ok"));
    // Every scan that was sent has its line: the ones in flight at the signal were waited for.
    long sent = mock.requests().stream()
        .filter(r -> r.path().endsWith("/credit-card") && !r.path().contains("public-keys")).count();
    assertThat(lines).hasSize((int) sent);
    assertThat(Files.readString(dir.resolve("out.txt"))).contains("interrupted: " + (IMAGES - sent)
        + " files not scanned; run again with --resume");
    assertThat(ocr.exitValue()).isEqualTo(130);
  }

  /** Waits on the condition itself: the child writes its lines as scans end. */
  private static void awaitLines(Path output, int atLeast, Duration most) throws IOException {
    long deadline = System.nanoTime() + most.toNanos();
    while (!Files.exists(output) || Files.readString(output).lines().count() < atLeast) {
      assertThat(System.nanoTime() - deadline).as("lines in " + output).isNegative();
      LockSupport.parkNanos(20_000_000L);
    }
  }
}
