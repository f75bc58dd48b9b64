package io.ocrkit.mock.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one walker of image headers, for the mock's reader and the sample kit's writer: PNG chunks
 * and JPEG marker segments, found from their length fields without decoding anything. A walk
 * stops before the first piece that does not fit in the bytes, so callers never index past them.
 */
public final class ImageHeaders {

  /** A whole PNG chunk (length, type, data, CRC) at {@code offset}. */
  public record Chunk(String type, int offset, int dataLength) {
    public int data() {
      return offset + 8;
    }

    public int end() {
      return offset + 12 + dataLength;
    }
  }

  /**
   * The chunks after the signature; {@code complete} when the walk reached {@code IEND} (the last
   * chunk), else it stopped at bytes that are not a whole chunk.
   */
  public record PngChunks(List<Chunk> chunks, boolean complete) {}

  /**
   * A JPEG marker and what belongs to it, {@code offset} to {@code end} (exclusive): a fill byte, a
   * marker without a length, or a segment whose data starts at {@code offset + 4}.
   */
  public record Segment(int marker, int offset, int end) {
    public int data() {
      return offset + 4;
    }
  }

  /** The header segments; {@code stop} is where they end: scan data, the end of image, or bytes that are not a segment. */
  public record JpegSegments(List<Segment> segments, int stop) {}

  private ImageHeaders() {}

  public static PngChunks pngChunks(byte[] png) {
    List<Chunk> chunks = new ArrayList<>();
    int at = 8;
    while (at + 12 <= png.length) {
      long length = int32(png, at) & 0xFFFFFFFFL;
      if (length > png.length - at - 12L) {
        break;
      }
      Chunk chunk = new Chunk(new String(png, at + 4, 4, StandardCharsets.ISO_8859_1), at, (int) length);
      chunks.add(chunk);
      if ("IEND".equals(chunk.type())) {
        return new PngChunks(chunks, true);
      }
      at = chunk.end();
    }
    return new PngChunks(chunks, false);
  }

  /** The segments after {@code SOI}, up to the scan data ({@code SOS}) or the end of image. */
  public static JpegSegments jpegSegments(byte[] jpeg) {
    List<Segment> segments = new ArrayList<>();
    int at = 2;
    while (at + 1 < jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
      int marker = jpeg[at + 1] & 0xFF;
      if (marker == 0xFF) { // a fill byte before the marker
        segments.add(new Segment(marker, at, at + 1));
        at++;
        continue;
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) { // no length follows
        segments.add(new Segment(marker, at, at + 2));
        at += 2;
        continue;
      }
      if (marker == 0xD9 || marker == 0xDA || at + 4 > jpeg.length) {
        break;
      }
      int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
      if (length < 2 || at + 2 + length > jpeg.length) {
        break;
      }
      segments.add(new Segment(marker, at, at + 2 + length));
      at += 2 + length;
    }
    return new JpegSegments(segments, at);
  }

  static int int32(byte[] b, int at) {
    return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
  }
}
