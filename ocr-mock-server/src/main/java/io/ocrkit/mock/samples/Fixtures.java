package io.ocrkit.mock.samples;

import io.ocrkit.mock.internal.ImageHeaders;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Embedding and reading the {@code ocr-mock} fixture in image bytes without decoding them: a PNG
 * {@code tEXt} chunk (keyword {@code ocr-mock}, Latin-1 text) just before {@code IEND}, or a JPEG
 * {@code COM} segment (text {@code ocr-mock\0…}) right after {@code SOI}.
 */
final class Fixtures {

  static final String KEYWORD = "ocr-mock";
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final int JPEG_COM = 0xFE;

  private Fixtures() {
  }

  static boolean isPng(byte[] image) {
    return image.length >= 8 && Arrays.equals(image, 0, 8, PNG_MAGIC, 0, 8);
  }

  static boolean isJpeg(byte[] image) {
    return image.length >= 3 && (image[0] & 0xff) == 0xFF && (image[1] & 0xff) == 0xD8
        && (image[2] & 0xff) == 0xFF;
  }

  static byte[] embed(byte[] image, String text) {
    byte[] payload = payload(text);
    if (isPng(image)) {
      return embedPng(image, payload);
    }
    if (isJpeg(image)) {
      return embedJpeg(image, payload);
    }
    throw new IllegalArgumentException("image is neither PNG nor JPEG");
  }

  static Optional<String> read(byte[] image) {
    if (isPng(image)) {
      return readPng(image);
    }
    if (isJpeg(image)) {
      return readJpeg(image);
    }
    return Optional.empty();
  }

  /** {@code ocr-mock\0text} in Latin-1; text outside Latin-1 is refused rather than mangled. */
  private static byte[] payload(String text) {
    if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(text)) {
      throw new IllegalArgumentException("fixture text must be Latin-1 (escape other characters as \\uXXXX)");
    }
    byte[] key = KEYWORD.getBytes(StandardCharsets.ISO_8859_1);
    byte[] body = text.getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = Arrays.copyOf(key, key.length + 1 + body.length);
    System.arraycopy(body, 0, out, key.length + 1, body.length);
    return out;
  }

  private static byte[] embedPng(byte[] png, byte[] payload) {
    ImageHeaders.PngChunks walk = ImageHeaders.pngChunks(png);
    if (!walk.complete()) {
      throw new IllegalArgumentException("PNG has no IEND chunk, or a chunk runs past the end of the image");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + payload.length + 12);
    out.write(png, 0, 8);
    for (ImageHeaders.Chunk chunk : walk.chunks()) {
      if ("IEND".equals(chunk.type())) {
        writeChunk(out, "tEXt", payload);
      }
      // An older ocr-mock fixture is replaced, so an image never carries two answers.
      if (!isOurText(png, chunk)) {
        out.write(png, chunk.offset(), chunk.end() - chunk.offset());
      }
    }
    return out.toByteArray();
  }

  private static boolean isOurText(byte[] png, ImageHeaders.Chunk chunk) {
    byte[] prefix = (KEYWORD + "\0").getBytes(StandardCharsets.ISO_8859_1);
    return "tEXt".equals(chunk.type()) && chunk.dataLength() >= prefix.length
        && Arrays.equals(png, chunk.data(), chunk.data() + prefix.length, prefix, 0, prefix.length);
  }

  private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(typeBytes);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static Optional<String> readPng(byte[] png) {
    for (ImageHeaders.Chunk chunk : ImageHeaders.pngChunks(png).chunks()) {
      if (isOurText(png, chunk)) {
        int start = chunk.data() + KEYWORD.length() + 1;
        return Optional.of(new String(png, start, chunk.data() + chunk.dataLength() - start, StandardCharsets.ISO_8859_1));
      }
    }
    return Optional.empty();
  }

  private static byte[] embedJpeg(byte[] jpeg, byte[] payload) {
    if (payload.length + 2 > 0xFFFF) {
      throw new IllegalArgumentException("fixture too long for a JPEG comment");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + payload.length + 4);
    out.write(jpeg, 0, 2);
    out.write(0xFF);
    out.write(JPEG_COM);
    out.write((payload.length + 2) >>> 8);
    out.write((payload.length + 2) & 0xff);
    out.writeBytes(payload);
    // Copy the header segments but drop an older ocr-mock comment, as for PNG; the rest verbatim.
    ImageHeaders.JpegSegments walk = ImageHeaders.jpegSegments(jpeg);
    for (ImageHeaders.Segment segment : walk.segments()) {
      if (!isOurComment(jpeg, segment)) {
        out.write(jpeg, segment.offset(), segment.end() - segment.offset());
      }
    }
    out.write(jpeg, walk.stop(), jpeg.length - walk.stop());
    return out.toByteArray();
  }

  private static boolean isOurComment(byte[] jpeg, ImageHeaders.Segment segment) {
    byte[] prefix = (KEYWORD + "\0").getBytes(StandardCharsets.ISO_8859_1);
    return segment.marker() == JPEG_COM && segment.end() - segment.data() >= prefix.length
        && Arrays.equals(jpeg, segment.data(), segment.data() + prefix.length, prefix, 0, prefix.length);
  }

  /** The fixture is always among the marker segments before the scan data. */
  private static Optional<String> readJpeg(byte[] jpeg) {
    for (ImageHeaders.Segment segment : ImageHeaders.jpegSegments(jpeg).segments()) {
      if (isOurComment(jpeg, segment)) {
        int start = segment.data() + KEYWORD.length() + 1;
        return Optional.of(new String(jpeg, start, segment.end() - start, StandardCharsets.ISO_8859_1));
      }
    }
    return Optional.empty();
  }
}
