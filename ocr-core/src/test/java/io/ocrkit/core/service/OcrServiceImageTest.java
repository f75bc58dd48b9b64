package io.ocrkit.core.service;

import static io.ocrkit.core.testing.FakeTransport.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.core.model.FileType;
import io.ocrkit.core.model.ImageSource;
import io.ocrkit.core.model.OcrOptions;
import io.ocrkit.core.testing.Images;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images are checked before anything is sent, and errors name the argument. */
class OcrServiceImageTest {

  private final ServiceFixture f = new ServiceFixture();

  @Test
  void an_empty_image_is_refused_naming_the_argument_before_any_request() {
    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(new byte[0])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'image' is empty");
    assertThat(f.transport.keyFetches()).isZero();
    assertThat(f.transport.calls()).isEmpty();
  }

  @Test
  void bytes_that_are_neither_jpeg_nor_png_are_refused_naming_the_argument() {
    byte[] gif = "GIF89a-not-what-the-service-reads".getBytes(StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> f.service().scanIdCard(ImageSource.of(gif)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'image'").hasMessageContaining("JPEG or PNG");
    assertThat(f.transport.calls()).isEmpty();
  }

  @Test
  void the_type_is_judged_by_magic_bytes_not_by_the_file_name(@TempDir Path dir) throws Exception {
    Path misnamed = dir.resolve("photo.png");
    Files.write(misnamed, Images.jpg(200));
    f.transport.onCreditCard(success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(misnamed));

    assertThat(f.transport.calls().get(0).fileType()).isEqualTo(FileType.JPG);
  }

  @Test
  void a_png_is_recognised_by_its_signature() {
    f.transport.onCreditCard(success(ServiceFixture::card));

    f.service().scanCreditCard(ImageSource.of(Images.png(9)));

    assertThat(f.transport.calls().get(0).fileType()).isEqualTo(FileType.PNG);
  }

  @Test
  void a_truncated_signature_is_refused() {
    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(Images.png(5))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'image'");
  }

  @Test
  void the_default_limit_is_20_mb_and_a_bigger_image_is_refused_unread() {
    InputStream neverRead = new InputStream() {
      @Override
      public int read() {
        throw new AssertionError("an oversized image must not be read");
      }
    };

    assertThat(OcrOptions.defaults().maxImageBytes()).isEqualTo(20L * 1024 * 1024);
    assertThatThrownBy(() -> f.service().scanCreditCard(ImageSource.of(neverRead, 20L * 1024 * 1024 + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'image'").hasMessageContaining("20971521").hasMessageContaining("20971520");
    assertThat(f.transport.keyFetches()).isZero();
  }

  @Test
  void the_limit_is_configurable_and_an_image_at_the_limit_is_sent() {
    // The limit is on the ciphertext as sent: 111 plaintext bytes pad to 112, 112 pad to 128.
    f.options = f.options.withMaxImageBytes(112);
    f.transport.onCreditCard(success(ServiceFixture::card));
    OcrService service = f.service();

    assertThatThrownBy(() -> service.scanCreditCard(ImageSource.of(Images.png(112))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'image'");
    service.scanCreditCard(ImageSource.of(Images.png(111)));

    assertThat(f.transport.calls()).hasSize(1);
  }

  @Test
  void a_stream_shorter_than_its_declared_length_fails_instead_of_sending_a_short_body() {
    byte[] png = Images.png(50);
    f.transport.onCreditCard(success(ServiceFixture::card));

    assertThatThrownBy(() -> f.service().scanCreditCard(
        ImageSource.of(new java.io.ByteArrayInputStream(png), 80)))
        .isInstanceOf(RuntimeException.class);
  }
}
