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
  void pngDimensionsComeFromIhdr() throws Exception {
    assertThat(Images.inspect(encode("png", 123, 45))).contains(new Images.Info(FileType.PNG, 123, 45));
  }

  @Test
  void jpegDimensionsComeFromTheStartOfFrameMarker() throws Exception {
    assertThat(Images.inspect(encode("jpg", 801, 479))).contains(new Images.Info(FileType.JPG, 801, 479));
  }

  @Test
  void bytesWithoutJpgOrPngMagicAreNotAnImage() {
    assertThat(Images.inspect("GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isEmpty();
  }

  @Test
  void aTruncatedJpegHeaderGivesZeroSizeInsteadOfFailing() {
    assertThat(Images.inspect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}))
        .contains(new Images.Info(FileType.JPG, 0, 0));
  }

  @Test
  void aPngWithoutTheTextChunkHasNoFixtureText() throws Exception {
    assertThat(Images.pngText(encode("png", 2, 2), "ocr-mock")).isEmpty();
  }
}
