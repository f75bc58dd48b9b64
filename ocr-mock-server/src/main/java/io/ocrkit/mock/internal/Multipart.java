package io.ocrkit.mock.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one part of a {@code multipart/form-data} body. The wanted part is kept up to
 * {@code maxPartBytes}; one byte more throws {@link TooLarge}. A body that declares a length within
 * the part's limit and 64 KiB is read whole into one array and the part used in place; any other
 * body streams through a window, the part throwing at its first byte over the limit, so an
 * oversized upload is never held in memory. Other parts are skipped without being kept.
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
  public static final class Part {
    private final PartBuffer content;
    private final String contentType;
    private final String fileName;

    Part(PartBuffer content, String contentType, String fileName) {
      this.content = content;
      this.contentType = contentType;
      this.fileName = fileName;
    }

    /** The content in an array of its own length. */
    public byte[] content() {
      return content.toArray();
    }

    /** The content where it was read into: for the mock's body path, which needs no copy of it. */
    PartBuffer buffer() {
      return content;
    }

    public String contentType() {
      return contentType;
    }

    public String fileName() {
      return fileName;
    }
  }

  private static final int MAX_HEADER_LINE = 8 * 1024;
  /** The most of a body read at once; the part itself goes to its own buffer. */
  private static final int READ_BUFFER = 64 * 1024;
  /** A read must have room beyond a kept delimiter's tail, or the scan would not move on. */
  private static final int MIN_READ = 256;

  /** Framing and other parts a body may hold beyond its largest allowed part and still be read whole. */
  private static final long WHOLE_BODY_OVERHEAD = 64 * 1024;

  private final InputStream in;
  private final byte[] delimiter;
  /** Boyer-Moore-Horspool: how far the window moves when its last byte is this one. */
  private final int[] skip = new int[256];
  private final byte[] buf;
  private int pos;
  private int len;
  /**
   * The whole body is in {@code buf}: the wanted part is then a view of it, not a copy, and
   * {@link #fill()} neither reads nor moves anything.
   */
  private boolean whole;

  private Multipart(InputStream in, String boundary, long sizeHint, long maxPartBytes) throws IOException {
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
    int last = delimiter.length - 1;
    Arrays.fill(skip, delimiter.length);
    for (int k = 0; k < last; k++) {
      skip[delimiter[k] & 0xFF] = last - k;
    }
    boolean declared = sizeHint >= 0 && sizeHint <= Math.min(maxPartBytes + WHOLE_BODY_OVERHEAD, Integer.MAX_VALUE - 16);
    // A declared body is read in one go into one array (a spare byte shows whether it said all);
    // otherwise through a window that the scan moves along.
    long wanted = declared ? sizeHint + 3 : READ_BUFFER;
    this.buf = new byte[(int) Math.max(wanted, 2L * delimiter.length + MIN_READ)];
    // The body reads as if it began with CRLF, so that every delimiter, the first too, has one form.
    buf[0] = '\r';
    buf[1] = '\n';
    len = 2;
    if (declared) {
      len += in.readNBytes(buf, 2, buf.length - 2);
      // Filled to the spare byte: the body is longer than it said, and reads on as a stream.
      whole = len < buf.length;
    }
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
    return read(body, boundary, name, maxPartBytes, -1);
  }

  /** As {@link #read}, its buffers sized for a body of {@code bodyLength} bytes (negative: unknown). */
  public static Optional<Part> read(InputStream body, String boundary, String name, long maxPartBytes,
      long bodyLength) throws IOException, TooLarge, Malformed {
    Multipart reader = new Multipart(body, boundary, bodyLength, maxPartBytes);
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
        PartBuffer content = reader.whole ? reader.viewUntilDelimiter(maxPartBytes) : new PartBuffer(bodyLength, maxPartBytes);
        if (content == null || !reader.whole && !reader.copyUntilDelimiter(content, maxPartBytes)) {
          throw new Malformed("multipart body cut short");
        }
        return Optional.of(new Part(content, contentType, fileName));
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
  private boolean copyUntilDelimiter(PartBuffer sink, long max) throws IOException, TooLarge {
    long copied = 0;
    while (true) {
      int found = indexOfDelimiter();
      // Bytes before the last delimiter.length - 1 cannot start a delimiter: they are content.
      int end = found >= 0 ? found : Math.max(pos, len - (delimiter.length - 1));
      int n = end - pos;
      copied += n;
      if (copied > max) {
        throw new TooLarge();
      }
      if (sink != null && n > 0) {
        sink.write(buf, pos, n);
      }
      pos = end;
      if (found >= 0) {
        pos += delimiter.length;
        return true;
      }
      if (!fill()) {
        return false;
      }
    }
  }

  /** The bytes up to the next delimiter, in place, the delimiter consumed; null if there is none. */
  private PartBuffer viewUntilDelimiter(long max) throws TooLarge {
    int found = indexOfDelimiter();
    // Counted as the stream's scan counts: without a delimiter, the last delimiter.length - 1 bytes might begin one.
    if ((found >= 0 ? found : len - (delimiter.length - 1)) - pos > max) {
      throw new TooLarge();
    }
    if (found < 0) {
      return null;
    }
    PartBuffer view = PartBuffer.view(buf, pos, found - pos);
    pos = found + delimiter.length;
    return view;
  }

  /** Where the delimiter starts in {@code buf[pos, len)}, or -1. */
  private int indexOfDelimiter() {
    int last = delimiter.length - 1;
    for (int i = pos; i + last < len; i += skip[buf[i + last] & 0xFF]) {
      int j = last;
      while (buf[i + j] == delimiter[j]) {
        if (j-- == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Moves what is left to the front and reads more after it; false at the end of the stream. */
  private boolean fill() throws IOException {
    if (whole) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, len - pos);
      len -= pos;
      pos = 0;
    }
    int n = in.read(buf, len, buf.length - len);
    if (n <= 0) {
      return false;
    }
    len += n;
    return true;
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
    if (pos == len && !fill()) {
      return -1;
    }
    return buf[pos++] & 0xFF;
  }
}
