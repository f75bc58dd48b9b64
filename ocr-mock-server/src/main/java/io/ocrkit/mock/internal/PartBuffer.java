package io.ocrkit.mock.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The bytes of one multipart part, in one array sized from the body's declared length where there
 * is one, so that an upload is held once and not regrown (as {@code ByteArrayOutputStream} would,
 * and copy again in {@code toByteArray}).
 */
final class PartBuffer {

  /** Without a declared length: a scan's image is rarely smaller. */
  private static final int UNKNOWN_SIZE_START = 64 * 1024;

  private byte[] bytes;
  private int length;
  private final long max;

  /** {@code sizeHint} is the body's length, or negative when unknown; {@code max} caps growth. */
  PartBuffer(long sizeHint, long max) {
    this.max = max;
    long start = sizeHint >= 0 ? Math.min(sizeHint, max) : Math.min(UNKNOWN_SIZE_START, max);
    this.bytes = new byte[(int) Math.min(Math.max(start, 0), Integer.MAX_VALUE - 8)];
  }

  void write(byte[] src, int off, int n) {
    if (length + n > bytes.length) {
      long grown = Math.max((long) length + n, Math.min(Math.max(16L, bytes.length * 2L), max));
      bytes = Arrays.copyOf(bytes, (int) Math.min(grown, Integer.MAX_VALUE - 8));
    }
    System.arraycopy(src, off, bytes, length, n);
    length += n;
  }

  int length() {
    return length;
  }

  /** The bytes as a stream, without a copy. */
  InputStream stream() {
    return new ByteArrayInputStream(bytes, 0, length);
  }

  /** The bytes, in an array of their exact length: copied only when the buffer is longer. */
  byte[] toArray() {
    return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
  }

  /** The journal's fingerprint of the part's first {@code max} bytes, read in place. */
  String fingerprint(int max) {
    return Sha256.fingerprint(bytes, 0, Math.min(length, max));
  }

  /** Byte {@code i}, for checks that read the part in place. */
  byte at(int i) {
    return bytes[i];
  }
}
