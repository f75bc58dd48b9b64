package io.ocrkit.mock.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ocrkit.mock.samples.SampleImages.ImageFormat;
import io.ocrkit.mock.samples.SampleImages.Size;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SampleImagesTest {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private static final PassportSample PASSPORT = SampleData.passport(1);

  static Stream<Arguments> kindsSizesAndFormats() {
    List<Arguments> all = new ArrayList<>();
    for (SampleCard card : List.of(SampleData.creditCard(1), SampleData.residentCard(1),
        SampleData.driverLicense(1), PASSPORT)) {
      for (Size size : Size.values()) {
        for (ImageFormat format : ImageFormat.values()) {
          all.add(Arguments.of(card.kind(), card, size, format));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {2} {3}")
  @MethodSource("kindsSizesAndFormats")
  void images_decode_at_their_stated_size(String kind, SampleCard card, Size size, ImageFormat format) {
    BufferedImage image = decode(SampleImages.render(card, size, format));
    assertThat(image.getWidth()).isEqualTo(size.width());
    assertThat(image.getHeight()).isEqualTo(size.height());
  }

  @Test
  void sizes_lie_on_both_sides_of_the_recommended_resolution() {
    assertThat(Size.NORMAL.width()).isGreaterThanOrEqualTo(760);
    assertThat(Size.NORMAL.height()).isGreaterThanOrEqualTo(480);
    assertThat(Size.LOW.width()).isLessThan(760);
    assertThat(Size.LOW.height()).isLessThan(480);
  }

  @Test
  void png_starts_with_the_png_signature() {
    byte[] png = SampleImages.render(PASSPORT, Size.LOW, ImageFormat.PNG);
    assertThat(Arrays.copyOf(png, 8))
        .containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
  }

  @Test
  void jpeg_starts_with_ff_d8_ff() {
    byte[] jpeg = SampleImages.render(PASSPORT, Size.LOW, ImageFormat.JPEG);
    assertThat(Arrays.copyOf(jpeg, 3)).containsExactly(0xFF, 0xD8, 0xFF);
  }

  @Test
  void every_image_carries_the_red_sample_banner() {
    BufferedImage image = decode(SampleImages.render(SampleData.creditCard(1), Size.LOW, ImageFormat.PNG));
    Color corner = new Color(image.getRGB(3, 3));
    assertThat(corner.getRed()).isGreaterThan(150);
    assertThat(corner.getGreen()).isLessThan(80);
  }

  @Test
  void png_rendering_is_deterministic() {
    assertThat(SampleImages.render(PASSPORT, Size.NORMAL, ImageFormat.PNG))
        .isEqualTo(SampleImages.render(PASSPORT, Size.NORMAL, ImageFormat.PNG));
  }

  @Test
  void jpeg_rendering_is_deterministic() {
    assertThat(SampleImages.render(PASSPORT, Size.NORMAL, ImageFormat.JPEG))
        .isEqualTo(SampleImages.render(PASSPORT, Size.NORMAL, ImageFormat.JPEG));
  }

  @Test
  void a_bad_variant_looks_different_from_the_valid_card() {
    assertThat(SampleImages.render(PASSPORT.withBadCheckDigit(), Size.LOW, ImageFormat.PNG))
        .isNotEqualTo(SampleImages.render(PASSPORT, Size.LOW, ImageFormat.PNG));
  }

  @Test
  void png_fixture_is_a_text_chunk_with_a_valid_crc_just_before_iend() {
    byte[] png = SampleImages.withFixture(SampleImages.render(PASSPORT, Size.LOW, ImageFormat.PNG), "{\"a\":1}");
    List<Chunk> chunks = chunks(png);
    Chunk text = chunks.get(chunks.size() - 2);
    assertThat(text.type).isEqualTo("tEXt");
    assertThat(new String(text.data, StandardCharsets.ISO_8859_1)).isEqualTo("ocr-mock\0{\"a\":1}");
    assertThat(text.crcValid).isTrue();
    assertThat(chunks.get(chunks.size() - 1).type).isEqualTo("IEND");
  }

  @Test
  void png_with_fixture_still_decodes_to_the_same_pixels() {
    byte[] plain = SampleImages.render(PASSPORT, Size.LOW, ImageFormat.PNG);
    byte[] withFixture = SampleImages.withFixture(plain, SampleFixtures.resultJson(PASSPORT));
    assertThat(pixels(decode(withFixture))).isEqualTo(pixels(decode(plain)));
  }

  @Test
  void fixture_reads_back_from_a_png() {
    byte[] png = SampleImages.renderWithFixture(PASSPORT, Size.LOW, ImageFormat.PNG);
    assertThat(SampleImages.fixture(png)).contains(SampleFixtures.fixtureJson(PASSPORT, true));
  }

  @Test
  void a_second_png_fixture_replaces_the_first() {
    byte[] png = SampleImages.render(PASSPORT, Size.LOW, ImageFormat.PNG);
    byte[] twice = SampleImages.withFixture(SampleImages.withFixture(png, "{\"old\":1}"), "{\"new\":2}");
    assertThat(chunks(twice).stream().filter(c -> c.type.equals("tEXt"))).hasSize(1);
    assertThat(SampleImages.fixture(twice)).contains("{\"new\":2}");
  }

  @Test
  void a_second_jpeg_fixture_replaces_the_first() {
    byte[] jpeg = SampleImages.render(PASSPORT, Size.LOW, ImageFormat.JPEG);
    byte[] once = SampleImages.withFixture(jpeg, "{\"new\":2}");
    byte[] twice = SampleImages.withFixture(SampleImages.withFixture(jpeg, "{\"old\":1}"), "{\"new\":2}");
    assertThat(twice).isEqualTo(once);
  }

  @Test
  void jpeg_with_fixture_still_decodes_to_the_same_pixels() {
    byte[] plain = SampleImages.render(PASSPORT, Size.LOW, ImageFormat.JPEG);
    byte[] withFixture = SampleImages.withFixture(plain, SampleFixtures.resultJson(PASSPORT));
    assertThat(pixels(decode(withFixture))).isEqualTo(pixels(decode(plain)));
  }

  @Test
  void fixture_reads_back_from_a_jpeg() {
    byte[] jpeg = SampleImages.renderWithFixture(PASSPORT, Size.LOW, ImageFormat.JPEG);
    assertThat(SampleImages.fixture(jpeg)).contains(SampleFixtures.fixtureJson(PASSPORT, true));
  }

  @Test
  void an_image_without_fixture_has_none() {
    assertThat(SampleImages.fixture(SampleImages.render(PASSPORT, Size.LOW, ImageFormat.PNG))).isEmpty();
    assertThat(SampleImages.fixture(SampleImages.render(PASSPORT, Size.LOW, ImageFormat.JPEG))).isEmpty();
  }

  @Test
  void fixture_text_outside_latin1_is_refused() {
    byte[] png = SampleImages.render(PASSPORT, Size.LOW, ImageFormat.PNG);
    assertThatThrownBy(() -> SampleImages.withFixture(png, "{\"name\":\"홍길동\"}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bytes_that_are_no_image_are_refused() {
    assertThatThrownBy(() -> SampleImages.withFixture("GIF89a".getBytes(StandardCharsets.US_ASCII), "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image is neither PNG nor JPEG");
  }

  @Test
  void truncated_png_is_refused() {
    byte[] png = SampleImages.render(PASSPORT, Size.LOW, ImageFormat.PNG);
    byte[] truncated = Arrays.copyOf(png, png.length - 20);
    assertThatThrownBy(() -> SampleImages.withFixture(truncated, "{}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static BufferedImage decode(byte[] bytes) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      assertThat(image).as("decoded image").isNotNull();
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int[] pixels(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  private record Chunk(String type, byte[] data, boolean crcValid) {
  }

  /** An independent reading of PNG chunks, so the test does not trust the code under test. */
  private static List<Chunk> chunks(byte[] png) {
    List<Chunk> chunks = new ArrayList<>();
    ByteBuffer buffer = ByteBuffer.wrap(png, 8, png.length - 8);
    while (buffer.remaining() >= 12) {
      int length = buffer.getInt();
      byte[] type = new byte[4];
      buffer.get(type);
      byte[] data = new byte[length];
      buffer.get(data);
      int crc = buffer.getInt();
      CRC32 expected = new CRC32();
      expected.update(type);
      expected.update(data);
      chunks.add(new Chunk(new String(type, StandardCharsets.ISO_8859_1), data, (int) expected.getValue() == crc));
    }
    return chunks;
  }
}
