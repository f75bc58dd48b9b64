package io.ocrkit.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.ImageSource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input a user meets first: unset environment variables and image files that cannot be read. */
class OcrClientArgumentsTest {

  private static final String UNSET = System.getenv("OCRKIT_SURELY_UNSET_VARIABLE");

  @Test
  void create_with_an_unset_app_key_names_the_argument() {
    assertThatThrownBy(() -> OcrClient.create(UNSET, "secret"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("'appKey' is null");
  }

  @Test
  void create_with_an_unset_secret_key_names_the_argument() {
    assertThatThrownBy(() -> OcrClient.create("app", UNSET))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("'secretKey' is null");
  }

  @Test
  void an_unset_user_access_key_names_the_argument() {
    assertThatThrownBy(() -> OcrClient.builder().userAccessKey(UNSET, "s"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("'accessKeyId' is null");
    assertThatThrownBy(() -> OcrClient.builder().userAccessKey("id", UNSET))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("'secretAccessKey' is null");
  }

  @Test
  void a_missing_image_file_is_bad_input_naming_the_file_and_the_reason(@TempDir Path dir) {
    Path missing = dir.resolve("card-scan.png");
    try (OcrClient client = OcrClient.create("app", "secret")) {
      assertThatThrownBy(() -> client.scanCreditCard(ImageSource.of(missing)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'image'").hasMessageContaining("card-scan.png")
          .hasMessageContaining("NoSuchFileException");
    }
  }

  @Test
  void an_image_path_that_is_a_directory_is_bad_input_too(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectory(dir.resolve("not-a-file.jpg"));
    try (OcrClient client = OcrClient.create("app", "secret")) {
      assertThatThrownBy(() -> client.scanIdCard(ImageSource.of(folder)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not-a-file.jpg");
    }
    assertThat(Files.isDirectory(folder)).isTrue();
  }
}
