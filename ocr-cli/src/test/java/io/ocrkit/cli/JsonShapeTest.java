package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.samples.SampleCard;
import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One --json shape for a scan line, however many files and findings. */
class JsonShapeTest {

  @TempDir
  static Path dir;

  private static Path card;
  private static Path resident;

  @BeforeAll
  static void samples() throws IOException {
    card = write("card.png", SampleData.creditCard(51));
    resident = write("resident.png", SampleData.residentCard(52));
  }

  private static Path write(String name, SampleCard sample) throws IOException {
    return Files.write(dir.resolve(name), SampleImages.renderWithFixture(sample, SampleImages.Size.NORMAL,
        SampleImages.ImageFormat.PNG));
  }

  private static List<Map<?, ?>> lines(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out().strip().lines().<Map<?, ?>>map(l -> JsonbBuilder.create().fromJson(l, Map.class)).toList();
  }

  @Test
  void one_file_has_the_file_and_an_empty_findings_array() {
    for (Path file : List.of(card, resident)) {
      List<Map<?, ?>> lines = lines("scan", file == card ? "credit-card" : "id-card", file.toString(), "--mock",
          "--json");

      assertThat(lines).singleElement().satisfies(line -> {
        assertThat(line.get("file")).isEqualTo(file.toString());
        assertThat(line.get("findings")).isEqualTo(List.of());
      });
    }
  }

  @Test
  void several_files_have_the_same_shape_as_one() {
    List<Map<?, ?>> one = lines("scan", "credit-card", card.toString(), "--mock", "--json");
    List<Map<?, ?>> two = lines("scan", "credit-card", card.toString(), card.toString(), "--mock", "--json");

    assertThat(two).hasSize(2).allSatisfy(line -> assertThat(line.keySet()).isEqualTo(one.get(0).keySet()));
  }

  @Test
  void text_output_still_says_there_are_no_findings() {
    CliRun run = CliRun.of("scan", "credit-card", card.toString(), "--mock");

    assertThat(run.out()).containsPattern("findings\\s+none");
  }
}
