package io.ocrkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.mock.samples.SampleData;
import io.ocrkit.mock.samples.SampleImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {

  @TempDir
  Path dir;

  private Path write(String name, SampleImages.ImageFormat format) throws IOException {
    Files.createDirectories(dir.resolve(name).getParent());
    return Files.write(dir.resolve(name), SampleImages.render(SampleData.creditCard(1), SampleImages.Size.LOW, format));
  }

  @Test
  void images_are_recognised_by_their_bytes_not_their_names() throws IOException {
    Path png = write("b/scan.jpg", SampleImages.ImageFormat.PNG);
    Path jpeg = write("a/no-extension", SampleImages.ImageFormat.JPEG);
    Path text = Files.writeString(dir.resolve("c.png"), "not an image");
    Path empty = Files.write(dir.resolve("empty.png"), new byte[0]);

    ImageFiles.Found found = ImageFiles.find(List.of(dir));

    assertThat(found.images()).containsExactly(jpeg, png);
    assertThat(found.skipped()).extracting(ImageFiles.Skipped::file).containsExactly(text, empty);
    assertThat(found.skipped()).allSatisfy(s -> {
      assertThat(s.reason()).isEqualTo("not a JPEG or PNG image");
      assertThat(s.named()).isFalse();
    });
  }

  @Test
  void a_file_given_by_name_is_taken_as_it_is_and_marked_named_when_skipped() throws IOException {
    Path png = write("x.png", SampleImages.ImageFormat.PNG);
    Path text = Files.writeString(dir.resolve("notes.txt"), "hello");

    ImageFiles.Found found = ImageFiles.find(List.of(text, png));

    assertThat(found.images()).containsExactly(png);
    assertThat(found.skipped()).singleElement().satisfies(s -> assertThat(s.named()).isTrue());
  }
}
