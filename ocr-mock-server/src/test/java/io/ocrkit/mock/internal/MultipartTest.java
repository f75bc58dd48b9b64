package io.ocrkit.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartTest {

  private static byte[] body(String boundary, byte[] image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"image.png\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(image);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** Hands out at most three bytes per read, so delimiters straddle reads. */
  private static InputStream trickle(byte[] bytes) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws java.io.IOException {
        return super.read(b, off, Math.min(len, 3));
      }
    };
  }

  @Test
  void reads_the_named_part_exactly_even_when_it_holds_cr_lf_and_dashes() throws Exception {
    byte[] image = "\r\n--almost\r\n-\r\r\n--boun!".getBytes(StandardCharsets.US_ASCII);
    byte[] read = Multipart.readPart(trickle(body("bound", image)), "bound", "image", 1000).orElseThrow();
    assertThat(read).isEqualTo(image);
  }

  @Test
  void reads_binary_content_byte_for_byte() throws Exception {
    byte[] image = new byte[200_000];
    new Random(1).nextBytes(image);
    assertThat(Multipart.readPart(new ByteArrayInputStream(body("b0und", image)), "b0und", "image", 200_000))
        .hasValueSatisfying(read -> assertThat(read).isEqualTo(image));
  }

  @Test
  void a_part_over_the_limit_stops_reading_at_the_limit() {
    byte[] image = new byte[5000];
    assertThatThrownBy(() -> Multipart.readPart(new ByteArrayInputStream(body("b", image)), "b", "image", 4999))
        .isInstanceOf(Multipart.TooLarge.class);
  }

  @Test
  void a_body_without_the_named_part_has_none() throws Exception {
    assertThat(Multipart.readPart(new ByteArrayInputStream(body("b", new byte[3])), "b", "file", 10)).isEmpty();
  }

  @Test
  void a_body_cut_short_is_malformed() {
    byte[] whole = body("b", new byte[100]);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 20);
    assertThatThrownBy(() -> Multipart.readPart(new ByteArrayInputStream(cut), "b", "image", 1000))
        .isInstanceOf(Multipart.Malformed.class);
  }

  @Test
  void the_boundary_is_taken_from_the_content_type_quoted_or_not() {
    assertThat(Multipart.boundary("multipart/form-data; boundary=abc")).contains("abc");
    assertThat(Multipart.boundary("multipart/form-data; charset=utf-8; boundary=\"a b\"")).contains("a b");
    assertThat(Multipart.boundary("application/json")).isEmpty();
  }
}
