package io.ocrkit.mock.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit is written once for the class: 32 images are the slow part of this suite. */
class SampleKitTest {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  @TempDir
  static Path dir;
  private static Path manifest;
  private static List<Path> images;

  @BeforeAll
  static void writeKit() throws IOException {
    manifest = SampleImages.writeAll(dir);
    try (Stream<Path> files = Files.list(dir)) {
      images = files.filter(p -> !p.equals(manifest)).sorted().toList();
    }
  }

  @Test
  void kit_has_every_kind_variant_size_and_format_once() {
    assertThat(images).hasSize(4 * 2 * 2 * 2);
  }

  @Test
  void manifest_is_samples_json_in_the_kit_directory() {
    assertThat(manifest).isEqualTo(dir.resolve("samples.json"));
  }

  @Test
  void manifest_lists_every_image() throws IOException {
    String json = Files.readString(manifest, StandardCharsets.UTF_8);
    assertThat(images).allSatisfy(image ->
        assertThat(json).contains("\"file\":\"" + image.getFileName() + "\""));
  }

  @Test
  void every_image_carries_its_fixture() {
    assertThat(images).allSatisfy(image ->
        assertThat(SampleImages.fixture(Files.readAllBytes(image))).isPresent());
  }

  @Test
  void manifest_says_size_format_variant_and_expected_result() throws IOException {
    PassportSample bad = SampleData.passport(1).withBadCheckDigit();
    assertThat(Files.readString(manifest)).contains("{\"file\":\"passport-bad-check-low.jpg\","
        + "\"kind\":\"passport\",\"variant\":\"bad-check\",\"passesChecks\":false,\"size\":\"low\","
        + "\"width\":506,\"height\":319,\"format\":\"jpg\",\"expected\":"
        + SampleFixtures.resultJson(bad) + "}");
  }

  @Test
  void image_fixture_carries_the_manifests_expected_result() throws IOException {
    byte[] image = Files.readAllBytes(dir.resolve("resident-valid-normal.png"));
    assertThat(SampleImages.fixture(image)).contains(SampleFixtures.fixtureJson(SampleData.residentCard(1), true));
  }
}
