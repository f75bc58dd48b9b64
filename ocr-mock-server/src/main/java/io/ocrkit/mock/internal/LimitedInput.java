package io.ocrkit.mock.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body counted as it is read: past {@code limit} bytes it throws {@link Exceeded}. The
 * one measure of a body whether it came with a Content-Length or chunked, which declares nothing.
 */
final class LimitedInput extends FilterInputStream {

  /** The body passed its limit. */
  static final class Exceeded extends IOException {
    Exceeded() {
      super("the body is over its limit", null);
    }
  }

  private final long limit;
  private long count;

  LimitedInput(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted(skipped);
    return skipped;
  }

  private void counted(long n) throws Exceeded {
    count += n;
    if (count > limit) {
      throw new Exceeded();
    }
  }
}
