package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.samples.SampleImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesCommandTest {

  @TempDir
  Path dir;

  @Test
  void samples_writes_every_kind_valid_and_broken_at_both_sizes_as_png_and_jpeg() throws IOException {
    CliRun run = CliRun.of("samples", dir.toString());

    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out()).contains("wrote 32 sample images");
    List<String> names = files();
    assertThat(names).hasSize(32).contains(
        "credit-card-valid-normal.png", "credit-card-bad-check-digit-low.jpg",
        "resident-valid-low.png", "driver-bad-check-digit-normal.jpg", "passport-valid-normal.jpg");
    for (String name : names) {
      byte[] image = Files.readAllBytes(dir.resolve(name));
      assertThat(SampleImages.fixture(image)).as("%s carries its fixture", name).isPresent();
    }
  }

  @Test
  void a_sample_scans_with_the_embedded_mock_and_a_broken_one_has_findings() {
    CliRun.of("samples", dir.toString());

    CliRun valid = CliRun.of("scan", "credit-card", "--mock", "--json",
        dir.resolve("credit-card-valid-normal.png").toString());
    CliRun broken = CliRun.of("scan", "credit-card", "--mock", "--json",
        dir.resolve("credit-card-bad-check-digit-normal.png").toString());

    assertThat(valid.exitCode()).as(valid.all()).isZero();
    assertThat(valid.out()).doesNotContain("LUHN");
    assertThat(broken.exitCode()).as(broken.all()).isZero();
    assertThat(broken.out()).contains("LUHN");
  }

  @Test
  void samples_refuses_to_overwrite_without_force_and_names_the_option() {
    CliRun.of("samples", dir.toString());

    CliRun again = CliRun.of("samples", dir.toString());
    CliRun forced = CliRun.of("samples", dir.toString(), "--force");

    assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(again.err()).contains("already exists").contains("--force");
    assertThat(forced.exitCode()).as(forced.all()).isZero();
  }

  @Test
  void samples_into_a_file_is_a_usage_error() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

    CliRun run = CliRun.of("samples", file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("is a file, not a directory");
  }

  private List<String> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
