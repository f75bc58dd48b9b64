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
    for (ImageHeaders.Segment segment : ImageHeaders.jpegSegments(jpg).segments()) {
      int m = segment.marker();
      boolean sof = m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
      if (sof && segment.end() - segment.offset() >= 9) {
        int at = segment.offset();
        int height = ((jpg[at + 5] & 0xFF) << 8) | (jpg[at + 6] & 0xFF);
        int width = ((jpg[at + 7] & 0xFF) << 8) | (jpg[at + 8] & 0xFF);
        return new int[] {width, height};
      }
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
    for (ImageHeaders.Segment segment : ImageHeaders.jpegSegments(jpeg).segments()) {
      if (segment.marker() == 0xFE && keyed(jpeg, segment.data(), segment.end(), key)) {
        int start = segment.data() + key.length + 1;
        return Optional.of(new String(jpeg, start, segment.end() - start, StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  /** The text of the first PNG {@code tEXt} chunk with this keyword (read as UTF-8, leniently). */
  public static Optional<String> pngText(byte[] png, String keyword) {
    if (FileType.sniff(png, png.length).orElse(null) != FileType.PNG) {
      return Optional.empty();
    }
    byte[] key = keyword.getBytes(StandardCharsets.ISO_8859_1);
    for (ImageHeaders.Chunk chunk : ImageHeaders.pngChunks(png).chunks()) {
      int end = chunk.data() + chunk.dataLength();
      if ("tEXt".equals(chunk.type()) && keyed(png, chunk.data(), end, key)) {
        int start = chunk.data() + key.length + 1;
        return Optional.of(new String(png, start, end - start, StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  /** Whether the bytes from {@code data} to {@code end} start with the keyword and a zero byte. */
  private static boolean keyed(byte[] b, int data, int end, byte[] key) {
    return end - data > key.length && b[data + key.length] == 0
        && java.util.Arrays.equals(b, data, data + key.length, key, 0, key.length);
  }

  private static int int32(byte[] b, int at) {
    return ImageHeaders.int32(b, at);
  }
}
