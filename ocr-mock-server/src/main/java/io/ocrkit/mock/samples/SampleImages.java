package io.ocrkit.mock.samples;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Renders {@link SampleCard}s to PNG or JPEG bytes with Java2D and ImageIO, embeds the
 * {@code ocr-mock} fixture the mock server reads, and writes a small kit with a manifest.
 *
 * <p>Guarantees: rendering needs no display (it works with {@code java.awt.headless=true}); it is
 * deterministic — the same sample, size and format give the same bytes, PNG and JPEG alike, on the
 * same JDK with the same fonts (glyph rasterising depends on both, so bytes may differ between
 * machines; pixel sizes and content never do); an image takes a few tens of milliseconds. Where no
 * Korean font is installed, Korean text is drawn transliterated, and the 견본 mark is always drawn
 * as strokes. All methods are stateless and thread-safe. Failures to encode surface as
 * {@link UncheckedIOException}.
 */
public final class SampleImages {

  /** The two pixel sizes: on either side of the service's recommended 760×480. */
  public enum Size {
    /** 1012×638 — the service reports {@code resolution: normal}. */
    NORMAL(1012, 638),
    /** 506×319 — below 760×480, so the service reports {@code resolution: low}. */
    LOW(506, 319);

    private final int width;
    private final int height;

    Size(int width, int height) {
      this.width = width;
      this.height = height;
    }

    /** {@return the width in pixels} */
    public int width() {
      return width;
    }

    /** {@return the height in pixels} */
    public int height() {
      return height;
    }

    /** {@return {@code normal} or {@code low}, as the service's {@code resolution} field says it} */
    public String wireName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The two image formats the service accepts. */
  public enum ImageFormat {
    /** PNG, lossless. */
    PNG("png", "png"),
    /** JPEG at quality 0.9. */
    JPEG("jpg", "jpeg");

    private final String extension;
    private final String imageIoName;

    ImageFormat(String extension, String imageIoName) {
      this.extension = extension;
      this.imageIoName = imageIoName;
    }

    /** {@return {@code png} or {@code jpg}, as the service's {@code fileType} field says it} */
    public String extension() {
      return extension;
    }
  }

  /** JPEG quality: high enough that the digits stay crisp at the low size. */
  private static final float JPEG_QUALITY = 0.9f;

  private SampleImages() {
  }

  /**
   * The sample drawn at {@code size}, encoded as {@code format}, without a fixture.
   *
   * @param sample what to draw
   * @param size the pixel size
   * @param format the encoding
   * @return the encoded image, a new array
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if encoding fails
   */
  public static byte[] render(SampleCard sample, Size size, ImageFormat format) {
    Objects.requireNonNull(sample, "sample == null");
    Objects.requireNonNull(size, "size == null");
    Objects.requireNonNull(format, "format == null");
    BufferedImage image = CardPainter.paint(sample, size.width(), size.height());
    return format == ImageFormat.PNG ? png(image) : jpeg(image);
  }

  /**
   * {@link #render} with the sample's {@link SampleFixtures#fixtureJson fixture} embedded (see
   * {@link #withFixture}), so the mock server reads back exactly what was drawn.
   *
   * @param sample what to draw
   * @param size the pixel size
   * @param format the encoding
   * @return the encoded image, a new array
   * @throws NullPointerException if an argument is null
   */
  public static byte[] renderWithFixture(SampleCard sample, Size size, ImageFormat format) {
    return withFixture(render(sample, size, format), SampleFixtures.fixtureJson(sample, true));
  }

  /**
   * The same image with {@code json} embedded under the keyword {@code ocr-mock}: in a PNG as a
   * {@code tEXt} chunk placed just before {@code IEND} (with its CRC-32), in a JPEG as a {@code COM}
   * segment right after {@code SOI}; an earlier {@code ocr-mock} fixture is replaced. Decoders
   * ignore both, so the image still decodes to the same pixels.
   *
   * <p>The text must be Latin-1 ({@code tEXt} allows nothing else); write any other character as a
   * JSON {@code \\uXXXX} escape, as {@link SampleFixtures} does.
   *
   * @throws IllegalArgumentException if the bytes are neither PNG nor JPEG, the PNG is malformed,
   *     or the text is not Latin-1
   * @param image a PNG or JPEG
   * @param json the fixture, Latin-1
   * @return a new array; {@code image} is unchanged
   */
  public static byte[] withFixture(byte[] image, String json) {
    Objects.requireNonNull(image, "image == null");
    Objects.requireNonNull(json, "json == null");
    return Fixtures.embed(image, json);
  }

  /**
   * The {@code ocr-mock} fixture text of a PNG or JPEG, if it carries one.
   *
   * @param image a PNG or JPEG
   * @return the text, or empty when it carries none
   * @throws NullPointerException if {@code image} is null
   */
  public static Optional<String> fixture(byte[] image) {
    Objects.requireNonNull(image, "image == null");
    return Fixtures.read(image);
  }

  /**
   * Writes the kit into {@code dir} (created if missing): every kind, valid and with a broken
   * check, at both sizes and in both formats — 32 images, each carrying its fixture — and a
   * manifest {@code samples.json} listing file, kind, variant, size, format and the expected result.
   * Files already there with the same names are overwritten.
   *
   * @param dir the directory to write to
   * @return the manifest's path
   * @throws NullPointerException if {@code dir} is null
   * @throws UncheckedIOException if a file cannot be written
   */
  public static Path writeAll(Path dir) {
    Objects.requireNonNull(dir, "dir == null");
    List<SampleCard> cards = kit();
    List<String> entries = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (SampleCard card : cards) {
        String variant = card.passesChecks() ? "valid" : "bad-check";
        for (Size size : Size.values()) {
          for (ImageFormat format : ImageFormat.values()) {
            String file = card.kind() + "-" + variant + "-" + size.wireName() + "." + format.extension();
            Files.write(dir.resolve(file), renderWithFixture(card, size, format));
            entries.add(manifestEntry(file, card, variant, size, format));
          }
        }
      }
      Path manifest = dir.resolve("samples.json");
      Files.writeString(manifest, "{\"samples\":[\n" + String.join(",\n", entries) + "\n]}\n",
          StandardCharsets.UTF_8);
      return manifest;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the sample kit", e);
    }
  }

  /** The cards of the kit: one of each kind from seed 1, and each with a broken check. */
  static List<SampleCard> kit() {
    long seed = 1;
    List<SampleCard> valid = List.of(SampleData.creditCard(seed), SampleData.residentCard(seed),
        SampleData.driverLicense(seed), SampleData.passport(seed));
    List<SampleCard> all = new ArrayList<>(valid);
    valid.forEach(card -> all.add(card.withBadCheckDigit()));
    return List.copyOf(all);
  }

  private static String manifestEntry(String file, SampleCard card, String variant, Size size,
      ImageFormat format) {
    return "{\"file\":" + SampleFixtures.quote(file)
        + ",\"kind\":" + SampleFixtures.quote(card.kind())
        + ",\"variant\":" + SampleFixtures.quote(variant)
        + ",\"passesChecks\":" + card.passesChecks()
        + ",\"size\":" + SampleFixtures.quote(size.wireName())
        + ",\"width\":" + size.width() + ",\"height\":" + size.height()
        + ",\"format\":" + SampleFixtures.quote(format.extension())
        + ",\"expected\":" + SampleFixtures.resultJson(card) + "}";
  }

  private static byte[] png(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("no PNG writer in this JDK");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode PNG", e);
    }
    return out.toByteArray();
  }

  private static byte[] jpeg(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName(ImageFormat.JPEG.imageIoName).next();
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(JPEG_QUALITY);
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode JPEG", e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
