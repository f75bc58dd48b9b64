package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImageHeadersTest {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private static byte[] chunk(String type, int dataLength) {
    byte[] c = new byte[12 + dataLength];
    c[3] = (byte) dataLength;
    System.arraycopy(type.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, c, 4, 4);
    return c;
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void a_png_walk_yields_every_chunk_up_to_iend() {
    byte[] png = concat(SIGNATURE, chunk("IHDR", 13), chunk("tEXt", 5), chunk("IEND", 0), new byte[] {1, 2});
    ImageHeaders.PngChunks walk = ImageHeaders.pngChunks(png);
    assertThat(walk.complete()).isTrue();
    assertThat(walk.chunks()).extracting(ImageHeaders.Chunk::type).containsExactly("IHDR", "tEXt", "IEND");
    assertThat(walk.chunks().get(1).offset()).isEqualTo(8 + 25);
    assertThat(walk.chunks().get(1).dataLength()).isEqualTo(5);
  }

  @Test
  void a_png_walk_stops_before_a_chunk_that_runs_past_the_bytes() {
    byte[] png = concat(SIGNATURE, chunk("IHDR", 13), chunk("tEXt", 5));
    ImageHeaders.PngChunks walk = ImageHeaders.pngChunks(Arrays.copyOf(png, png.length - 1));
    assertThat(walk.complete()).isFalse();
    assertThat(walk.chunks()).extracting(ImageHeaders.Chunk::type).containsExactly("IHDR");
  }

  @Test
  void a_jpeg_walk_passes_fill_bytes_and_markers_without_length_and_stops_at_the_scan() {
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8,
        (byte) 0xFF, (byte) 0xFF, (byte) 0xE0, 0, 4, 1, 2,
        (byte) 0xFF, (byte) 0xD0,
        (byte) 0xFF, (byte) 0xDA, 0, 2, 9, 9};
    ImageHeaders.JpegSegments walk = ImageHeaders.jpegSegments(jpeg);
    assertThat(walk.segments()).extracting(ImageHeaders.Segment::marker).containsExactly(0xFF, 0xE0, 0xD0);
    assertThat(walk.segments().get(1).end()).isEqualTo(9);
    assertThat(walk.stop()).isEqualTo(11);
  }

  @Test
  void a_jpeg_walk_stops_before_a_segment_that_runs_past_the_bytes() {
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 9, 1};
    ImageHeaders.JpegSegments walk = ImageHeaders.jpegSegments(jpeg);
    assertThat(walk.segments()).isEmpty();
    assertThat(walk.stop()).isEqualTo(2);
  }
}
