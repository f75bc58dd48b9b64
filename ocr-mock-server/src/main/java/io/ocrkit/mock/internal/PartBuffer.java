package io.ocrkit.mock.internal;

import io.ocrkit.crypto.server.ServerEnvelope;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The bytes of one multipart part, held once: a view of the body where the body was read whole,
 * else one array sized from the body's declared length where there is one, so that an upload is
 * not regrown (as {@code ByteArrayOutputStream} would, and copy again in {@code toByteArray}).
 */
final class PartBuffer {

  /** Without a declared length: a scan's image is rarely smaller. */
  private static final int UNKNOWN_SIZE_START = 64 * 1024;

  private byte[] bytes;
  private final int offset;
  private final boolean view;
  private int length;
  private final long max;

  /** {@code sizeHint} is the body's length, or negative when unknown; {@code max} caps growth. */
  PartBuffer(long sizeHint, long max) {
    this.max = max;
    this.offset = 0;
    this.view = false;
    long start = sizeHint >= 0 ? Math.min(sizeHint, max) : Math.min(UNKNOWN_SIZE_START, max);
    this.bytes = new byte[(int) Math.min(Math.max(start, 0), Integer.MAX_VALUE - 8)];
  }

  private PartBuffer(byte[] bytes, int offset, int length) {
    this.bytes = bytes;
    this.offset = offset;
    this.view = true;
    this.length = length;
    this.max = length;
  }

  /** The part where it already is, in a body read whole: nothing is copied, nothing may be written. */
  static PartBuffer view(byte[] bytes, int offset, int length) {
    return new PartBuffer(bytes, offset, length);
  }

  /** Whether this is a view of a body read whole (and so no copy of it). */
  boolean isView() {
    return view;
  }

  void write(byte[] src, int off, int n) {
    if (view) {
      throw new IllegalStateException("a view of a body is read-only");
    }
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
    return new ByteArrayInputStream(bytes, offset, length);
  }

  /**
   * The bytes decrypted where they are, in one pass.
   *
   * @throws io.ocrkit.core.model.OcrProtocolException when they do not decrypt
   */
  byte[] decryptedBy(ServerEnvelope envelope) {
    return envelope.decrypt(bytes, offset, length);
  }

  /** The bytes, in an array of their exact length: copied only when the buffer holds more. */
  byte[] toArray() {
    return offset == 0 && length == bytes.length ? bytes : Arrays.copyOfRange(bytes, offset, offset + length);
  }

  /** The journal's fingerprint of the part's first {@code max} bytes, read in place. */
  String fingerprint(int max) {
    return Sha256.fingerprint(bytes, offset, Math.min(length, max));
  }

  /** Byte {@code i}, for checks that read the part in place. */
  byte at(int i) {
    return bytes[offset + i];
  }
}
