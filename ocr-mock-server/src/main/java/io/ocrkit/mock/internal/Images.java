package io.ocrkit.mock.internal;

import io.ocrkit.core.model.FileType;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the mock reads from a decrypted image, from its header bytes only: the type by magic bytes,
 * the dimensions from PNG {@code IHDR} or a JPEG {@code SOFn} marker, and a PNG {@code tEXt} chunk.
 */
public final class Images {

  /** Type and dimensions; 0×0 when the header does not say. */
  public record Info(FileType type, int width, int height) {}

  private Images() {}

  public static Optional<Info> inspect(byte[] image) {
    Optional<FileType> type = FileType.sniff(image, image.length);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    int[] size = type.get() == FileType.PNG ? pngSize(image) : jpegSize(image);
    return Optional.of(new Info(type.get(), size[0], size[1]));
  }

  private static int[] pngSize(byte[] png) {
    // Signature (8), IHDR length (4) and type (4), then width and height, big-endian.
    if (png.length < 24 || !"IHDR".equals(new String(png, 12, 4, StandardCharsets.US_ASCII))) {
      return new int[] {0, 0};
    }
    return new int[] {int32(png, 16), int32(png, 20)};
  }

  private static int[] jpegSize(byte[] jpg) {
    int i = 2;
    while (i + 3 < jpg.length) {
      if ((jpg[i] & 0xFF) != 0xFF) {
        return new int[] {0, 0};
      }
      int marker = jpg[i + 1] & 0xFF;
      if (marker == 0xFF) { // fill byte
        i++;
        continue;
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) { // no length
        i += 2;
        continue;
      }
      if (marker == 0xD9 || marker == 0xDA) { // end of image, or scan data follows: no size seen
        return new int[] {0, 0};
      }
      int length = ((jpg[i + 2] & 0xFF) << 8) | (jpg[i + 3] & 0xFF);
      boolean sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (sof && i + 8 < jpg.length) {
        int height = ((jpg[i + 5] & 0xFF) << 8) | (jpg[i + 6] & 0xFF);
        int width = ((jpg[i + 7] & 0xFF) << 8) | (jpg[i + 8] & 0xFF);
        return new int[] {width, height};
      }
      i += 2 + length;
    }
    return new int[] {0, 0};
  }

  /**
   * The fixture text an image carries under {@code keyword}: a PNG {@code tEXt} chunk, or a JPEG
   * {@code COM} segment holding the keyword, a zero byte and the text (as the sample kit writes it).
   */
  public static Optional<String> fixtureText(byte[] image, String keyword) {
    FileType type = FileType.sniff(image, image.length).orElse(null);
    if (type == FileType.PNG) {
      return pngText(image, keyword);
    }
    return type == FileType.JPG ? jpegComment(image, keyword) : Optional.empty();
  }

  /** The text of the first JPEG {@code COM} segment that starts with {@code keyword} and a zero byte. */
  static Optional<String> jpegComment(byte[] jpeg, String keyword) {
    byte[] key = keyword.getBytes(StandardCharsets.ISO_8859_1);
    int i = 2; // after SOI
    while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
      int marker = jpeg[i + 1] & 0xFF;
      if (marker == 0xDA || marker == 0xD9) {
        return Optional.empty(); // image data or its end: no more header segments
      }
      int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
      int data = i + 4;
      int end = i + 2 + length;
      if (length < 2 || end > jpeg.length) {
        return Optional.empty();
      }
      if (marker == 0xFE && end - data > key.length && jpeg[data + key.length] == 0
          && java.util.Arrays.equals(jpeg, data, data + key.length, key, 0, key.length)) {
        int start = data + key.length + 1;
        return Optional.of(new String(jpeg, start, end - start, StandardCharsets.UTF_8));
      }
      i = end;
    }
    return Optional.empty();
  }

  /** The text of the first PNG {@code tEXt} chunk with this keyword (read as UTF-8, leniently). */
  public static Optional<String> pngText(byte[] png, String keyword) {
    if (FileType.sniff(png, png.length).orElse(null) != FileType.PNG) {
      return Optional.empty();
    }
    byte[] key = keyword.getBytes(StandardCharsets.ISO_8859_1);
    int i = 8;
    while (i + 8 <= png.length) {
      long length = int32(png, i) & 0xFFFFFFFFL;
      String type = new String(png, i + 4, 4, StandardCharsets.US_ASCII);
      int data = i + 8;
      if (length > png.length - data) {
        return Optional.empty();
      }
      if ("tEXt".equals(type) && length > key.length && png[data + key.length] == 0
          && java.util.Arrays.equals(png, data, data + key.length, key, 0, key.length)) {
        int start = data + key.length + 1;
        return Optional.of(new String(png, start, (int) length - key.length - 1, StandardCharsets.UTF_8));
      }
      if ("IEND".equals(type)) {
        return Optional.empty();
      }
      i = data + (int) length + 4; // data and CRC
    }
    return Optional.empty();
  }

  private static int int32(byte[] b, int at) {
    return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
  }
}
