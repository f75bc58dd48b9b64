package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.ocrkit.core.model.FileType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImagesTest {

  private static byte[] encode(String format, int w, int h) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), format, out);
    return out.toByteArray();
  }

  @Test
  void png_dimensions_come_from_ihdr() throws Exception {
    assertThat(Images.inspect(encode("png", 123, 45))).contains(new Images.Info(FileType.PNG, 123, 45));
  }

  @Test
  void jpeg_dimensions_come_from_the_start_of_frame_marker() throws Exception {
    assertThat(Images.inspect(encode("jpg", 801, 479))).contains(new Images.Info(FileType.JPG, 801, 479));
  }

  @Test
  void bytes_without_jpg_or_png_magic_are_not_an_image() {
    assertThat(Images.inspect("GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isEmpty();
  }

  @Test
  void a_truncated_jpeg_header_gives_zero_size_instead_of_failing() {
    assertThat(Images.inspect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}))
        .contains(new Images.Info(FileType.JPG, 0, 0));
  }

  @Test
  void a_png_without_the_text_chunk_has_no_fixture_text() throws Exception {
    assertThat(Images.pngText(encode("png", 2, 2), "ocr-mock")).isEmpty();
  }
}
