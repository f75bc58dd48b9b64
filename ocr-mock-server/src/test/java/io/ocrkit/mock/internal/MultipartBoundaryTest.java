package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The skip scan where the delimiter, or a near miss of it, falls across the reader's buffer. */
class MultipartBoundaryTest {

  /** The reader's buffer: 64 KiB, the first two bytes of it the CRLF it reads the body as starting with. */
  private static final int BUFFER = 64 * 1024;
  private static final String BOUNDARY = "----Boundary7MA4YWxkTrZu0gW";

  private static byte[] header() {
    return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.png\"\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] body(byte[] image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(header());
    out.writeBytes(image);
    out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** Content with no CR in it, so only the delimiter the test places can match. */
  private static byte[] content(int size, long seed) {
    byte[] b = new byte[size];
    new Random(seed).nextBytes(b);
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\r') {
        b[i] = 'x';
      }
    }
    return b;
  }

  /** Hands out reads of the given sizes in turn. */
  private static InputStream chunked(byte[] bytes, int... sizes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      private int k;

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, sizes[k++ % sizes.length]));
      }
    };
  }

  private static byte[] read(InputStream in, long bodyLength) throws Exception {
    return Multipart.read(in, BOUNDARY, "image", 1_000_000, bodyLength).orElseThrow().content();
  }

  @Test
  void a_closing_delimiter_at_every_offset_across_the_first_buffer_end_is_found() throws Exception {
    int delimiter = ("\r\n--" + BOUNDARY).length();
    int before = BUFFER - 2 - header().length; // content bytes that fill the first buffer exactly
    for (int size = before - delimiter - 2; size <= before + 2; size++) {
      byte[] image = content(size, size);
      byte[] body = body(image);
      assertThat(read(new ByteArrayInputStream(body), body.length)).as("content of %d", size).isEqualTo(image);
      assertThat(read(new ByteArrayInputStream(body), -1)).as("content of %d, no length", size).isEqualTo(image);
    }
  }

  @Test
  void near_misses_of_the_delimiter_across_buffer_ends_stay_content() throws Exception {
    byte[] miss = ("\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1) + "X").getBytes(StandardCharsets.US_ASCII);
    int delimiter = miss.length;
    int before = BUFFER - 2 - header().length;
    for (int at = before - delimiter - 1; at <= before + 1; at++) {
      byte[] image = content(3 * BUFFER, at);
      System.arraycopy(miss, 0, image, at, miss.length);
      System.arraycopy(miss, 0, image, at + BUFFER, miss.length); // and across a later refill
      byte[] body = body(image);
      assertThat(read(new ByteArrayInputStream(body), body.length)).as("near miss at %d", at).isEqualTo(image);
    }
  }

  @Test
  void odd_read_sizes_and_a_wrong_declared_length_change_nothing() throws Exception {
    byte[] image = content(200 * 1024, 7);
    byte[] partial = ("\r\n--" + BOUNDARY.substring(0, 10)).getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i + partial.length < image.length; i += 9_973) {
      System.arraycopy(partial, 0, image, i, partial.length);
    }
    byte[] body = body(image);
    assertThat(read(chunked(body, 1, 7, 31, 4096, 65_535, 2), body.length)).isEqualTo(image);
    assertThat(read(chunked(body, 29), -1)).isEqualTo(image);
    assertThat(read(new ByteArrayInputStream(body), 10)).as("declared too short").isEqualTo(image);
    assertThat(read(new ByteArrayInputStream(body), 10L * body.length)).as("declared too long").isEqualTo(image);
  }

  @Test
  void a_part_sized_from_the_declared_length_is_held_without_a_spare_copy() throws Exception {
    byte[] image = content(100_000, 3);
    byte[] body = body(image);
    Multipart.Part part = Multipart.read(new ByteArrayInputStream(body), BOUNDARY, "image", 1_000_000, body.length)
        .orElseThrow();
    assertThat(part.buffer().length()).isEqualTo(image.length);
    assertThat(part.buffer().stream().readAllBytes()).isEqualTo(image);
    assertThat(part.content()).isEqualTo(image);
  }

  @Test
  void a_body_that_says_its_length_truly_is_read_whole_and_its_part_is_a_view_of_it() throws Exception {
    byte[] image = content(200 * 1024, 5);
    byte[] body = body(image);
    Multipart.Part part = Multipart.read(chunked(body, 4096, 1, 65_535), BOUNDARY, "image", 1_000_000, body.length)
        .orElseThrow();
    assertThat(part.buffer().isView()).isTrue();
    assertThat(part.buffer().stream().readAllBytes()).isEqualTo(image);
    assertThat(part.content()).isEqualTo(image);
  }

  @Test
  void a_body_longer_than_it_says_or_of_unknown_length_is_read_as_a_stream_into_a_buffer_of_its_own() throws Exception {
    byte[] image = content(200 * 1024, 6);
    byte[] body = body(image);
    for (long declared : new long[] {-1, 10, body.length - 1}) {
      Multipart.Part part = Multipart.read(new ByteArrayInputStream(body), BOUNDARY, "image", 1_000_000, declared)
          .orElseThrow();
      assertThat(part.buffer().isView()).as("declared %d", declared).isFalse();
      assertThat(part.content()).as("declared %d", declared).isEqualTo(image);
    }
  }

  @Test
  void a_part_over_the_limit_is_too_large_read_whole_or_streamed_with_or_without_its_closing_delimiter() {
    byte[] body = body(content(5000, 2));
    // The cut takes the closing delimiter and 5 bytes of content with it; of the 4995 left, a scan
    // that never finds a delimiter counts all but the last delimiter.length - 1 as content.
    byte[] cut = java.util.Arrays.copyOf(body, body.length - 40);
    int counted = 4995 - (("\r\n--" + BOUNDARY).length() - 1);
    for (boolean whole : new boolean[] {true, false}) {
      assertThatThrownBy(() -> Multipart.read(new ByteArrayInputStream(body), BOUNDARY, "image", 4999,
          whole ? body.length : -1)).as("whole %s", whole).isInstanceOf(Multipart.TooLarge.class);
      assertThatThrownBy(() -> Multipart.read(new ByteArrayInputStream(cut), BOUNDARY, "image", counted - 1,
          whole ? cut.length : -1)).as("whole %s", whole).isInstanceOf(Multipart.TooLarge.class);
      assertThatThrownBy(() -> Multipart.read(new ByteArrayInputStream(cut), BOUNDARY, "image", counted,
          whole ? cut.length : -1)).as("whole %s", whole).isInstanceOf(Multipart.Malformed.class);
    }
  }

  @Test
  void the_limit_holds_when_the_declared_length_is_larger() {
    byte[] body = body(content(5000, 1));
    assertThatThrownBy(() -> Multipart.read(new ByteArrayInputStream(body), BOUNDARY, "image", 4999, body.length))
        .isInstanceOf(Multipart.TooLarge.class);
  }
}
