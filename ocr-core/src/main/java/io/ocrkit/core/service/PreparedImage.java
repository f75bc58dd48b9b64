package io.ocrkit.core.service;

import io.ocrkit.core.model.FileType;
import io.ocrkit.core.model.ImageSource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.function.LongUnaryOperator;

/**
 * An image checked before anything is sent: not empty, within the size limit as sent (the image
 * part's length, not the plaintext's), and a JPEG or PNG by its first bytes. Hands out streams that deliver exactly the checked length.
 */
final class PreparedImage {

  private final ImageSource source;
  private final FileType fileType;
  private final long length;
  /** For a one-shot stream: the stream whose head was read and pushed back. */
  private InputStream pending;

  private PreparedImage(ImageSource source, FileType fileType, long length, InputStream pending) {
    this.source = source;
    this.fileType = fileType;
    this.length = length;
    this.pending = pending;
  }

  /**
   * @param maxBytes the limit on the image part as sent
   * @param sentLength the image part's length as sent for a plaintext length
   * @throws IllegalArgumentException naming {@code image} and what is wrong with it
   */
  static PreparedImage inspect(ImageSource source, long maxBytes, LongUnaryOperator sentLength) {
    long length = source.length();
    if (length == 0) {
      throw new IllegalArgumentException("'image' is empty");
    }
    long sent = sentLength.applyAsLong(length);
    if (sent > maxBytes) {
      throw new IllegalArgumentException("'image' is " + length + " bytes, sent as " + sent + " bytes: "
          + (sent - maxBytes) + " bytes over the limit of " + maxBytes + " bytes for the image part");
    }
    try {
      PushbackInputStream in = new PushbackInputStream(source.open(), FileType.MAGIC_LENGTH);
      byte[] head = in.readNBytes(FileType.MAGIC_LENGTH);
      FileType type = FileType.sniff(head, head.length).orElse(null);
      if (type == null) {
        in.close();
        throw new IllegalArgumentException("'image' is not a JPEG or PNG image (judged by its first bytes)");
      }
      if (source.reopenable()) {
        in.close();
        return new PreparedImage(source, type, length, null);
      }
      in.unread(head);
      return new PreparedImage(source, type, length, in);
    } catch (IOException e) {
      throw source.unreadable(e);
    }
  }

  ImageSource source() {
    return source;
  }

  FileType fileType() {
    return fileType;
  }

  long length() {
    return length;
  }

  /** Whether a retry can send the image again. */
  boolean repeatable() {
    return source.reopenable();
  }

  /** The image from its first byte; fails if it turns out shorter or longer than checked. */
  InputStream open() throws IOException {
    InputStream in;
    if (pending != null) {
      in = pending;
      pending = null;
    } else {
      in = source.open();
    }
    return new ExactLength(in, length);
  }

  /** Fails the upload rather than send a truncated or overlong body under a fixed length. */
  private static final class ExactLength extends FilterInputStream {
    private long remaining;

    ExactLength(InputStream in, long length) {
      super(in);
      this.remaining = length;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (remaining == 0) {
        if (super.read() >= 0) {
          throw new IOException("the image is longer than its declared length");
        }
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, remaining));
      if (n < 0) {
        throw new IOException("the image ended " + remaining + " bytes before its declared length");
      }
      remaining -= n;
      return n;
    }

    @Override
    public long skip(long n) {
      return 0;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
