package io.ocrkit.crypto.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Runs a {@link CipherStep} over a stream in large chunks. Unlike {@code javax.crypto.CipherInputStream}
 * it holds one 16 KiB buffer pair whatever the payload's size, and lets decryption failures surface
 * as the step's opaque exception instead of swallowing them.
 */
final class CipherInputStream extends InputStream {

  private static final int CHUNK = 16 * 1024;

  private final InputStream source;
  private final CipherStep step;
  private final byte[] in = new byte[CHUNK];
  private final byte[] out = new byte[CHUNK + 32];
  private int outPos;
  private int outLen;
  private boolean finished;

  CipherInputStream(InputStream source, CipherStep step) {
    this.source = source;
    this.step = step;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (outPos == outLen) {
      if (finished) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, outLen - outPos);
    System.arraycopy(out, outPos, b, off, n);
    outPos += n;
    return n;
  }

  @Override
  public int available() {
    return outLen - outPos;
  }

  private void fill() throws IOException {
    int n = source.read(in, 0, in.length);
    outPos = 0;
    if (n < 0) {
      outLen = step.finish(out, 0);
      finished = true;
    } else {
      outLen = step.update(in, 0, n, out, 0);
    }
  }

  @Override
  public void close() throws IOException {
    // Plaintext passes through these buffers: leave none of it behind.
    Arrays.fill(in, (byte) 0);
    Arrays.fill(out, (byte) 0);
    source.close();
  }
}
