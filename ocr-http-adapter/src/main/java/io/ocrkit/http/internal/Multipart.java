package io.ocrkit.http.internal;

import io.ocrkit.core.protocol.Protocol;
import io.ocrkit.core.port.out.Wire;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code multipart/form-data} body of a scan, streamed: part headers, the ciphertext as the
 * envelope produces it, the trailer. Nothing is buffered whole, and the length is known up front
 * ({@code Content-Length}), because the ciphertext length follows from the plaintext's.
 */
final class Multipart {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String boundary;
  private final HttpRequest.BodyPublisher publisher;

  private Multipart(String boundary, HttpRequest.BodyPublisher publisher) {
    this.boundary = boundary;
    this.publisher = publisher;
  }

  /**
   * The body for {@code upload}: raw ciphertext in part {@code image}, or its Base64 text when
   * {@code base64} is set.
   */
  static Multipart of(Wire.Upload upload, boolean base64) {
    byte[] random = new byte[12];
    RANDOM.nextBytes(random);
    String boundary = "ocrkit-" + HexFormat.of().formatHex(random);
    String fileName = "image." + upload.fileType().wireName();
    // The part is named after what the plaintext is, as curl -F and NHN's clients do: a server may
    // sniff the part type. Base64 text stays text, the protocol names no type for it.
    String contentType = base64 ? "text/plain; charset=US-ASCII" : upload.fileType().mediaType();
    byte[] head = ("--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"" + Protocol.IMAGE_PART + "\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: " + contentType + "\r\n"
        + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    long partLength = base64 ? base64Length(upload.ciphertextLength()) : upload.ciphertextLength();
    long total = head.length + partLength + tail.length;
    InputStream part = base64 ? new Base64Encoding(upload.ciphertext()) : upload.ciphertext();
    AtomicBoolean taken = new AtomicBoolean();
    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
        HttpRequest.BodyPublishers.ofInputStream(() -> {
          // The ciphertext can be read once; a second subscription would send a short body.
          if (!taken.compareAndSet(false, true)) {
            throw new IllegalStateException("the upload body can be sent once");
          }
          return new SequenceInputStream(java.util.Collections.enumeration(
              List.of(new ByteArrayInputStream(head), part, new ByteArrayInputStream(tail))));
        }), total);
    return new Multipart(boundary, body);
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  HttpRequest.BodyPublisher publisher() {
    return publisher;
  }

  /** Padded standard Base64 of {@code n} bytes. */
  static long base64Length(long n) {
    return (n + 2) / 3 * 4;
  }

  /** Encodes a stream to padded standard Base64 as it is read, three bytes to four characters. */
  static final class Base64Encoding extends InputStream {
    private static final int CHUNK = 3 * 2730; // a multiple of 3: no padding until the very end

    private final InputStream in;
    private byte[] out = new byte[0];
    private int pos;
    private boolean done;

    Base64Encoding(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (pos == out.length) {
        if (done) {
          return -1;
        }
        byte[] chunk = in.readNBytes(CHUNK);
        if (chunk.length < CHUNK) {
          done = true;
        }
        out = Base64.getEncoder().encode(chunk);
        pos = 0;
      }
      int n = Math.min(len, out.length - pos);
      System.arraycopy(out, pos, b, off, n);
      pos += n;
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
