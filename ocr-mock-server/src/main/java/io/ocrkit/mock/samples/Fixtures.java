package io.ocrkit.mock.samples;

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
    ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + payload.length + 12);
    out.write(png, 0, 8);
    int at = 8;
    boolean ended = false;
    while (at + 8 <= png.length && !ended) {
      int length = ByteBuffer.wrap(png, at, 4).getInt();
      if (length < 0 || at + 12L + length > png.length) {
        throw new IllegalArgumentException("PNG chunk runs past the end of the image");
      }
      String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
      if ("IEND".equals(type)) {
        writeChunk(out, "tEXt", payload);
        ended = true;
      }
      // An older ocr-mock fixture is replaced, so an image never carries two answers.
      if (!isOurText(png, at, length, type)) {
        out.write(png, at, 12 + length);
      }
      at += 12 + length;
    }
    if (!ended) {
      throw new IllegalArgumentException("PNG has no IEND chunk");
    }
    return out.toByteArray();
  }

  private static boolean isOurText(byte[] png, int at, int length, String type) {
    byte[] prefix = (KEYWORD + "\0").getBytes(StandardCharsets.ISO_8859_1);
    return "tEXt".equals(type) && length >= prefix.length
        && Arrays.equals(png, at + 8, at + 8 + prefix.length, prefix, 0, prefix.length);
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
    int at = 8;
    while (at + 12 <= png.length) {
      int length = ByteBuffer.wrap(png, at, 4).getInt();
      if (length < 0 || at + 12L + length > png.length) {
        return Optional.empty();
      }
      String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
      if (isOurText(png, at, length, type)) {
        int start = at + 8 + KEYWORD.length() + 1;
        return Optional.of(new String(png, start, at + 8 + length - start, StandardCharsets.ISO_8859_1));
      }
      at += 12 + length;
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
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  /** Walks the marker segments before the scan data; the fixture is always among them. */
  private static Optional<String> readJpeg(byte[] jpeg) {
    byte[] prefix = (KEYWORD + "\0").getBytes(StandardCharsets.ISO_8859_1);
    int at = 2;
    while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xFF) {
      int marker = jpeg[at + 1] & 0xff;
      if (marker == 0xDA || marker == 0xD9) {
        break;
      }
      int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
      if (length < 2 || at + 2 + length > jpeg.length) {
        break;
      }
      int start = at + 4;
      int bodyLength = length - 2;
      if (marker == JPEG_COM && bodyLength >= prefix.length
          && Arrays.equals(jpeg, start, start + prefix.length, prefix, 0, prefix.length)) {
        return Optional.of(new String(jpeg, start + prefix.length, bodyLength - prefix.length,
            StandardCharsets.ISO_8859_1));
      }
      at += 2 + length;
    }
    return Optional.empty();
  }
}
