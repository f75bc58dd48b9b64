package io.ocrkit.mock.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one part of a {@code multipart/form-data} body as it streams in. The wanted part is kept
 * up to {@code maxPartBytes}; one byte more throws {@link TooLarge} at once, so an oversized upload
 * is never held in memory. Other parts are skipped without being kept.
 */
public final class Multipart {

  /** The part is over the limit (the service's {@code 4131000}). */
  public static final class TooLarge extends Exception {
    public TooLarge() {
      super("the upload is over the size limit", null, false, false);
    }
  }

  /** The body is not multipart, or it is cut short. */
  public static final class Malformed extends Exception {
    public Malformed(String message) {
      super(message, null, false, false);
    }
  }

  /** A part's content and what its headers say about it: declared type and file name, either null. */
  public record Part(byte[] content, String contentType, String fileName) {}

  private static final int MAX_HEADER_LINE = 8 * 1024;

  private final InputStream in;
  private final byte[] delimiter;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int len;
  private int prefix = 2; // the body reads as if it began with CRLF, so every delimiter has one form

  private Multipart(InputStream in, String boundary) {
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
  }

  /** The boundary of a {@code multipart/form-data} content type, if it has one. */
  public static Optional<String> boundary(String contentType) {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      return Optional.empty();
    }
    for (String param : contentType.split(";")) {
      String p = param.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
        String value = p.substring("boundary=".length()).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        return value.isEmpty() || value.length() > 70 ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /**
   * The content of the first part named {@code name}, or empty if there is none.
   *
   * @throws TooLarge once the part passes {@code maxPartBytes}
   * @throws Malformed if the body is not well-formed multipart
   */
  public static Optional<byte[]> readPart(InputStream body, String boundary, String name, long maxPartBytes)
      throws IOException, TooLarge, Malformed {
    return read(body, boundary, name, maxPartBytes).map(Part::content);
  }

  /** As {@link #readPart}, with the part's declared type and file name. */
  public static Optional<Part> read(InputStream body, String boundary, String name, long maxPartBytes)
      throws IOException, TooLarge, Malformed {
    Multipart reader = new Multipart(body, boundary);
    if (!reader.copyUntilDelimiter(null, Long.MAX_VALUE)) { // the preamble
      throw new Malformed("no multipart boundary");
    }
    while (true) {
      int a = reader.read();
      int b = reader.read();
      if (a == '-' && b == '-') {
        return Optional.empty(); // the closing delimiter
      }
      if (a != '\r' || b != '\n') {
        throw new Malformed("bad multipart delimiter line");
      }
      String partName = null;
      String fileName = null;
      String contentType = null;
      for (String line = reader.line(); !line.isEmpty(); line = reader.line()) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-disposition:")) {
          partName = dispositionParam(line, "name");
          fileName = dispositionParam(line, "filename");
        } else if (lower.startsWith("content-type:")) {
          contentType = line.substring("content-type:".length()).strip();
        }
      }
      if (name.equals(partName)) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        if (!reader.copyUntilDelimiter(content, maxPartBytes)) {
          throw new Malformed("multipart body cut short");
        }
        return Optional.of(new Part(content.toByteArray(), contentType, fileName));
      }
      if (!reader.copyUntilDelimiter(null, Long.MAX_VALUE)) {
        throw new Malformed("multipart body cut short");
      }
    }
  }

  private static String dispositionParam(String line, String param) {
    String key = param + "=";
    for (String part : line.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith(key)) {
        String value = p.substring(key.length()).strip();
        return value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2
            ? value.substring(1, value.length() - 1) : value;
      }
    }
    return null;
  }

  /**
   * Copies bytes up to the next delimiter into {@code sink} (or drops them if null) and consumes
   * the delimiter. False if the stream ended first.
   */
  private boolean copyUntilDelimiter(ByteArrayOutputStream sink, long max) throws IOException, TooLarge {
    long copied = 0;
    int matched = 0;
    while (true) {
      if (matched == 0 && prefix == 0 && pos < len) {
        // Fast path: everything before the next CR (the delimiter's first byte) is content.
        int end = pos;
        while (end < len && buf[end] != delimiter[0]) {
          end++;
        }
        int n = end - pos;
        if (n > 0) {
          copied += n;
          if (copied > max) {
            throw new TooLarge();
          }
          if (sink != null) {
            sink.write(buf, pos, n);
          }
          pos = end;
          continue;
        }
      }
      int c = read();
      if (c < 0) {
        return false;
      }
      if (c == (delimiter[matched] & 0xFF)) {
        matched++;
        if (matched == delimiter.length) {
          return true;
        }
        continue;
      }
      if (matched > 0) {
        // Only the delimiter's first byte is CR, so a partial match holds no other start: emit it
        // and look at this byte afresh.
        copied += matched;
        if (copied > max) {
          throw new TooLarge();
        }
        if (sink != null) {
          sink.write(delimiter, 0, matched);
        }
        matched = 0;
        if (c == (delimiter[0] & 0xFF)) {
          matched = 1;
          continue;
        }
      }
      if (++copied > max) {
        throw new TooLarge();
      }
      if (sink != null) {
        sink.write(c);
      }
    }
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    while (true) {
      int c = read();
      if (c < 0) {
        throw new IOException("multipart headers cut short");
      }
      if (c == '\n') {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
      }
      if (line.length() >= MAX_HEADER_LINE) {
        throw new IOException("multipart header line too long");
      }
      line.append((char) c);
    }
  }

  private int read() throws IOException {
    if (prefix > 0) {
      return prefix-- == 2 ? '\r' : '\n';
    }
    if (pos == len) {
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
    }
    return buf[pos++] & 0xFF;
  }
}
