package io.ocrkit.core.testing;

import java.util.Arrays;

/** Minimal image bytes: just the magic numbers the core sniffs, then filler. */
public final class Images {

  private Images() {}

  /** {@code size} bytes starting with the PNG signature. */
  public static byte[] png(int size) {
    byte[] bytes = filler(size);
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    System.arraycopy(magic, 0, bytes, 0, Math.min(size, magic.length));
    return bytes;
  }

  /** {@code size} bytes starting with the JPEG SOI marker. */
  public static byte[] jpg(int size) {
    byte[] bytes = filler(size);
    byte[] magic = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
    System.arraycopy(magic, 0, bytes, 0, Math.min(size, magic.length));
    return bytes;
  }

  private static byte[] filler(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) 'x');
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (i * 13 + 5);
    }
    return bytes;
  }
}
